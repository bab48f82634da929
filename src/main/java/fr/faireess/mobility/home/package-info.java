/**
 * The home page of each role (student, coordinator, trainer, admin): what needs attention now.
 * The to-do lists ({@link fr.faireess.mobility.home.TodoService}) are counted in the database for
 * the reader's own scope — a student's own files, a coordinator's campuses, a trainer's sessions and
 * campus — and each item links to the page where it is done, so it disappears once done. The menu
 * shows the same counts. Each later feature adds its panel here; the pages stay thin.
 */
package fr.faireess.mobility.home;
