/**
 * The home page of each role (student, coordinator, trainer, admin): what needs attention now.
 * Each later feature adds its panel here; the pages stay thin and ask the features' services.
 */
package fr.faireess.mobility.home;
