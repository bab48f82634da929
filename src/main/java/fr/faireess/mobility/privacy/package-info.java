/**
 * Personal data (GDPR): a person's export of everything the application holds about them (a ZIP with
 * {@code donnees.json} and their own files), produced for the student or, on a data-subject request,
 * by an administrator; and the retention table with the nightly purge that deletes what is past its
 * period. The purge's rule is plain Java ({@link fr.faireess.mobility.privacy.RetentionRule}); the
 * export's file format is plain Java too ({@link fr.faireess.mobility.privacy.PersonalDataJson}).
 */
package fr.faireess.mobility.privacy;
