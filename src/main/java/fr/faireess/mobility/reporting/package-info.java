/**
 * Reporting to the EU: the Beneficiary Module export of a call year's mobilities (CSV and XLSX),
 * built in plain Java ({@link fr.faireess.mobility.reporting.BeneficiaryExport}) from the placements
 * and their grants. Only the columns listed there leave the application: never a stop reason, a
 * motivation or any other text that could reveal health or other special-category data.
 */
package fr.faireess.mobility.reporting;
