/**
 * The intercultural module that first-year students follow before going abroad (Margalit
 * Cohen-Emerique's approach: decentring, discovering the other's frame of reference,
 * negotiation/mediation): the requirements set per academic year and cohort, the sessions trainers
 * run (with their foreign guests), attendance, the students' critical-incident analyses and their
 * review, and each student's completion, which other features use as an eligibility gate
 * ({@link fr.faireess.mobility.module.ModuleCompletion}).
 */
package fr.faireess.mobility.module;
