/**
 * Reporting to the EU: the Beneficiary Module file of a call year's mobilities (CSV and XLSX), one
 * row per placement, filled into the BM template an administrator uploaded for the year or written
 * in a default layout. What each column holds is the dictionary {@link fr.faireess.mobility.reporting.BmField},
 * built in plain Java from the placements and their grants: only its fields leave the application,
 * never a stop reason, a motivation or any other text that could reveal health or other
 * special-category data.
 */
package fr.faireess.mobility.reporting;
