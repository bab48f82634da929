-- Budget demo data (demo mode only). DEMO FIGURES, NOT OFFICIAL AWARDS. The federation holds one
-- KA131 grant per call year as a consortium (FAIRE-ESS) sending for both campuses; its budgets follow
-- the demo's rate tables (call years read from grant_rate_table, so they are the moved years whether
-- this runs with the first load or later) and so do their agreement numbers (the first year's, none
-- yet for the next): 28,000 EUR awarded the first year, 60,000 EUR the next. Nothing here writes a
-- year of its own: a later load would not move it.
-- Payments: pre-financing of 80 % of the planned grant on the day of departure (Emma Garcia, Nathan
-- Martinez, Camille Roussel, Théo Mercier), Emma's balance two weeks after her certificate's end,
-- and the recovery of what Nathan was paid beyond his final grant a month after his interruption.
-- Dates are taken from the placements (moved with them); the amounts are figures as written.

INSERT INTO beneficiary (name, kind, created_at, updated_at, version) VALUES
    ('FAIRE-ESS (consortium)', 'CONSORTIUM', '2025-06-12 09:00:00', '2025-06-12 09:00:00', 0);
INSERT INTO beneficiary_campus (beneficiary_id, campus_code) SELECT b.id, 'PERPIGNAN' FROM beneficiary b WHERE b.name = 'FAIRE-ESS (consortium)';
INSERT INTO beneficiary_campus (beneficiary_id, campus_code) SELECT b.id, 'MONTPELLIER' FROM beneficiary b WHERE b.name = 'FAIRE-ESS (consortium)';

INSERT INTO budget (beneficiary_id, call_year, agreement_number, awarded, created_at, updated_at, version)
SELECT b.id, t.call_year,
       t.agreement_number,
       CASE WHEN t.call_year = (SELECT MIN(call_year) FROM grant_rate_table) THEN 28000.00 ELSE 60000.00 END,
       t.created_at, t.created_at, 0
  FROM beneficiary b, grant_rate_table t WHERE b.name = 'FAIRE-ESS (consortium)';

INSERT INTO audit_entry (occurred_at, actor_id, actor_email, action, subject_type, subject_id, from_state, to_state, detail)
SELECT b.created_at, (SELECT id FROM account WHERE email = 'sophie.martin@faire-ess.fr'), 'sophie.martin@faire-ess.fr', 'BENEFICIARY_CREATED', 'BENEFICIARY', CONCAT(b.id, ''), NULL, NULL, 'FAIRE-ESS (consortium) (CONSORTIUM : MONTPELLIER, PERPIGNAN)'
  FROM beneficiary b WHERE b.name = 'FAIRE-ESS (consortium)';
INSERT INTO audit_entry (occurred_at, actor_id, actor_email, action, subject_type, subject_id, from_state, to_state, detail)
SELECT g.created_at, (SELECT id FROM account WHERE email = 'sophie.martin@faire-ess.fr'), 'sophie.martin@faire-ess.fr', 'BUDGET_SAVED', 'BUDGET', CONCAT(g.id, ''), NULL, NULL,
       CONCAT('FAIRE-ESS (consortium) ; — → ', g.awarded, ' €')
  FROM budget g;

INSERT INTO grant_payment (placement_id, kind, paid_on, amount, note, recorded_by, recorded_at)
SELECT p.id, 'PREFINANCING', p.planned_start, 2297.06, NULL, 'nadia.benali@irts-perpignan.fr', CAST(p.planned_start AS DATETIME)
  FROM placement p JOIN account s ON s.id = p.student_id WHERE s.email = 'emma.garcia@etudiant.faire-ess.fr' AND p.state = 'COMPLETED';
INSERT INTO grant_payment (placement_id, kind, paid_on, amount, note, recorded_by, recorded_at)
SELECT p.id, 'BALANCE', TIMESTAMPADD(DAY, 14, p.actual_end), 512.94, 'Solde après attestation', 'nadia.benali@irts-perpignan.fr', CAST(TIMESTAMPADD(DAY, 14, p.actual_end) AS DATETIME)
  FROM placement p JOIN account s ON s.id = p.student_id WHERE s.email = 'emma.garcia@etudiant.faire-ess.fr' AND p.state = 'COMPLETED';
INSERT INTO grant_payment (placement_id, kind, paid_on, amount, note, recorded_by, recorded_at)
SELECT p.id, 'PREFINANCING', p.planned_start, 2328.00, NULL, 'julien.roux@irts-montpellier.fr', CAST(p.planned_start AS DATETIME)
  FROM placement p JOIN account s ON s.id = p.student_id WHERE s.email = 'nathan.martinez@etudiant.faire-ess.fr' AND p.state = 'INTERRUPTED';
INSERT INTO grant_payment (placement_id, kind, paid_on, amount, note, recorded_by, recorded_at)
SELECT p.id, 'RECOVERY', TIMESTAMPADD(DAY, 30, p.stopped_on), -1034.67, 'Retour anticipé : trop-perçu', 'julien.roux@irts-montpellier.fr', CAST(TIMESTAMPADD(DAY, 30, p.stopped_on) AS DATETIME)
  FROM placement p JOIN account s ON s.id = p.student_id WHERE s.email = 'nathan.martinez@etudiant.faire-ess.fr' AND p.state = 'INTERRUPTED';
INSERT INTO grant_payment (placement_id, kind, paid_on, amount, note, recorded_by, recorded_at)
SELECT p.id, 'PREFINANCING', p.planned_start, 3104.00, NULL, 'nadia.benali@irts-perpignan.fr', CAST(p.planned_start AS DATETIME)
  FROM placement p JOIN account s ON s.id = p.student_id WHERE s.email = 'camille.roussel@etudiant.faire-ess.fr' AND p.state = 'IN_PROGRESS';
INSERT INTO grant_payment (placement_id, kind, paid_on, amount, note, recorded_by, recorded_at)
SELECT p.id, 'PREFINANCING', p.planned_start, 3800.00, NULL, 'julien.roux@irts-montpellier.fr', CAST(p.planned_start AS DATETIME)
  FROM placement p JOIN account s ON s.id = p.student_id WHERE s.email = 'theo.mercier@etudiant.faire-ess.fr' AND p.state = 'IN_PROGRESS';

INSERT INTO audit_entry (occurred_at, actor_id, actor_email, action, subject_type, subject_id, from_state, to_state, detail)
SELECT g.recorded_at, (SELECT id FROM account WHERE email = g.recorded_by), g.recorded_by, 'PAYMENT_RECORDED', 'PLACEMENT', CONCAT(g.placement_id, ''), NULL, NULL,
       CONCAT(g.kind, ' ; ', g.amount, ' €', CASE WHEN g.note IS NULL THEN '' ELSE CONCAT(' ; ', g.note) END)
  FROM grant_payment g;
