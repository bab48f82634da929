/**
 * Reference data that every feature relies on: the two FAIRE-ESS campuses, the three programmes
 * (ASS, ES, EJE), study years, countries with their Erasmus+ group, academic years. Loaded by
 * migrations, read-only for the application; cached because it hardly ever changes.
 */
package fr.faireess.mobility.reference;
