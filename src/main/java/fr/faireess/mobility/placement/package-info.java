/**
 * Placements (stages) abroad, from a selected application to the traineeship certificate: the
 * placement and its state machine ({@link fr.faireess.mobility.placement.PlacementState}), the
 * Erasmus+ duration and study-cycle rules ({@link fr.faireess.mobility.placement.PlacementDuration}),
 * the versioned Learning Agreement for Traineeships (Tables A, A2, B, C; a signed version is frozen,
 * changes are amendments), the host mentor's personal single-use links, Table D (certificate), the
 * student's pre-departure checklist and the PDF documents (agreement, convention de stage).
 */
package fr.faireess.mobility.placement;
