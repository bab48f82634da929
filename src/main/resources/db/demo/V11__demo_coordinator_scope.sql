-- Coordinator campus scope in the demo (demo mode only): Nadia Benali (Perpignan) is allowed to
-- see both campuses; Julien Roux (Montpellier) keeps to Montpellier's files.
UPDATE account SET sees_both_campuses = TRUE WHERE email = 'nadia.benali@irts-perpignan.fr';
