-- Grant demo data (demo mode only). DEMO FIGURES, NOT OFFICIAL RATES: plausible amounts inside the
-- ranges domain.md quotes for scale (traineeship ~750–820 €/month for groups 1–2, ~600–750 for
-- group 3); the grant agreement numbers are made up. The 2025 table (mobilities of 2025-2026) is
-- locked; the 2026 one is a draft an administrator can still edit (no agreement number yet, so it
-- cannot be locked as it is). Emma Garcia travelled by train (green travel, 2 funded travel days);
-- Théo Mercier's host closed for 10 days (interruption) and his application carries the
-- fewer-opportunities flag.

INSERT INTO grant_rate_table (call_year, agreement_number, traineeship_top_up, fewer_opportunities_top_up, green_travel_top_up, green_travel_days, locked_at, locked_by, created_at, updated_at, version) VALUES
    (2025, '{{year:2025}}-1-FR01-KA131-HED-000099001', 150, 250, 50, 4, '2025-06-20 10:00:00', 'sophie.martin@faire-ess.fr', '2025-06-12 09:00:00', '2025-06-20 10:00:00', 2),
    (2026, NULL, 150, 250, 50, 4, NULL, NULL, '2026-06-10 09:00:00', '2026-06-10 09:00:00', 0);

INSERT INTO grant_rate (table_id, erasmus_group, min_monthly, max_monthly, monthly_rate) SELECT t.id, 'GROUP_1', 750, 820, 820 FROM grant_rate_table t WHERE t.call_year IN (2025, 2026);
INSERT INTO grant_rate (table_id, erasmus_group, min_monthly, max_monthly, monthly_rate) SELECT t.id, 'GROUP_2', 750, 820, 770 FROM grant_rate_table t WHERE t.call_year IN (2025, 2026);
INSERT INTO grant_rate (table_id, erasmus_group, min_monthly, max_monthly, monthly_rate) SELECT t.id, 'GROUP_3', 600, 750, 680 FROM grant_rate_table t WHERE t.call_year IN (2025, 2026);
INSERT INTO grant_rate (table_id, erasmus_group, min_monthly, max_monthly, monthly_rate) SELECT t.id, 'INTERNATIONAL', 700, 700, 700 FROM grant_rate_table t WHERE t.call_year IN (2025, 2026);

INSERT INTO audit_entry (occurred_at, actor_id, actor_email, action, subject_type, subject_id, from_state, to_state, detail) SELECT '2025-06-12 09:00:00', (SELECT id FROM account WHERE email = 'sophie.martin@faire-ess.fr'), 'sophie.martin@faire-ess.fr', 'RATE_TABLE_CREATED', 'GRANT_RATE_TABLE', CONCAT(t.id, ''), NULL, 'UNLOCKED', '{{year:2025}}' FROM grant_rate_table t WHERE t.call_year = 2025;
INSERT INTO audit_entry (occurred_at, actor_id, actor_email, action, subject_type, subject_id, from_state, to_state, detail) SELECT '2025-06-20 10:00:00', (SELECT id FROM account WHERE email = 'sophie.martin@faire-ess.fr'), 'sophie.martin@faire-ess.fr', 'RATE_TABLE_LOCKED', 'GRANT_RATE_TABLE', CONCAT(t.id, ''), 'UNLOCKED', 'LOCKED', '{{year:2025}} ; {{year:2025}}-1-FR01-KA131-HED-000099001' FROM grant_rate_table t WHERE t.call_year = 2025;
INSERT INTO audit_entry (occurred_at, actor_id, actor_email, action, subject_type, subject_id, from_state, to_state, detail) SELECT '2026-06-10 09:00:00', (SELECT id FROM account WHERE email = 'sophie.martin@faire-ess.fr'), 'sophie.martin@faire-ess.fr', 'RATE_TABLE_CREATED', 'GRANT_RATE_TABLE', CONCAT(t.id, ''), NULL, 'UNLOCKED', '{{year:2026}}' FROM grant_rate_table t WHERE t.call_year = 2026;

INSERT INTO grant_facts (placement_id, green_travel, travel_days, interruption_days, updated_at, version) SELECT p.id, TRUE, 2, 0, '2026-02-10 10:00:00', 0 FROM placement p JOIN account s ON s.id = p.student_id WHERE s.email = 'emma.garcia@etudiant.faire-ess.fr' AND p.state = 'COMPLETED';
INSERT INTO grant_facts (placement_id, green_travel, travel_days, interruption_days, updated_at, version) SELECT p.id, FALSE, 0, 10, '2026-09-20 10:00:00', 0 FROM placement p JOIN account s ON s.id = p.student_id WHERE s.email = 'theo.mercier@etudiant.faire-ess.fr' AND p.state = 'IN_PROGRESS';
UPDATE mobility_application SET fewer_opportunities = TRUE WHERE id IN (SELECT p.application_id FROM placement p JOIN account s ON s.id = p.student_id WHERE s.email = 'theo.mercier@etudiant.faire-ess.fr');

INSERT INTO audit_entry (occurred_at, actor_id, actor_email, action, subject_type, subject_id, from_state, to_state, detail) SELECT '2026-02-10 10:00:00', (SELECT id FROM account WHERE email = 'nadia.benali@irts-perpignan.fr'), 'nadia.benali@irts-perpignan.fr', 'GRANT_FACTS_EDITED', 'PLACEMENT', CONCAT(p.id, ''), NULL, NULL, 'Voyage vert : oui ; jours de voyage financés : 2 ; jours d''interruption : 0' FROM placement p JOIN account s ON s.id = p.student_id WHERE s.email = 'emma.garcia@etudiant.faire-ess.fr' AND p.state = 'COMPLETED';
INSERT INTO audit_entry (occurred_at, actor_id, actor_email, action, subject_type, subject_id, from_state, to_state, detail) SELECT '2026-09-20 10:00:00', (SELECT id FROM account WHERE email = 'julien.roux@irts-montpellier.fr'), 'julien.roux@irts-montpellier.fr', 'GRANT_FACTS_EDITED', 'PLACEMENT', CONCAT(p.id, ''), NULL, NULL, 'Voyage vert : non ; jours de voyage financés : 0 ; jours d''interruption : 10' FROM placement p JOIN account s ON s.id = p.student_id WHERE s.email = 'theo.mercier@etudiant.faire-ess.fr' AND p.state = 'IN_PROGRESS';
