/**
 * Mobility applications (candidatures): the student's file from draft to the coordinator's
 * decision — wishes, desired period, language, motivation, documents — its state machine
 * ({@link fr.faireess.mobility.application.ApplicationStatus}), the review (comments, score,
 * decisions within the call's quota) and the audit timeline.
 */
package fr.faireess.mobility.application;
