/**
 * Reference data that every feature relies on: the two FAIRE-ESS campuses, the three programmes
 * (ASS, ES, EJE), study years, countries with their Erasmus+ group, academic years. Loaded by
 * migrations and read through {@link fr.faireess.mobility.reference.ReferenceData}; cached because it
 * hardly ever changes. Administrators correct what the Programme Guide or the reporting rules may
 * move ({@link fr.faireess.mobility.reference.ReferenceMaintenance}: a country's group and EEA flag,
 * a programme's ISCED-F code and diploma names) and add the next academic year — in this one place,
 * so callers never change.
 */
package fr.faireess.mobility.reference;
