-- Théo Mercier's 10 days were his host's holiday closure, which the Programme Guide counts in a
-- traineeship's period: they move from "interruption" to "closure" (the grant and the duration
-- count them now).
UPDATE grant_facts SET closure_days = interruption_days, interruption_days = 0
 WHERE interruption_days = 10 AND placement_id IN (SELECT p.id FROM placement p JOIN account s ON s.id = p.student_id WHERE s.email = 'theo.mercier@etudiant.faire-ess.fr');
