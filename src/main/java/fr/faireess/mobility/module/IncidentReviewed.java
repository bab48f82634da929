package fr.faireess.mobility.module;

/**
 * Fired inside the transaction of a review of a critical incident (validated or sent back), so that
 * the student's e-mail commits or rolls back with the review, as applications and testimonies do.
 */
public record IncidentReviewed(long incidentId, IncidentStatus to, String reviewerName, String comment) {
}
