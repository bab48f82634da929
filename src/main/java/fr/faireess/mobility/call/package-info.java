/**
 * Calls for applications: the academic year, the campuses, programmes and study years that may
 * apply, the opening and closing date-times (Europe/Paris), the number of places, and whether the
 * intercultural module must be completed first. Coordinators create, edit and close them; students
 * see the open calls they are eligible for.
 */
package fr.faireess.mobility.call;
