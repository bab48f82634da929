-- Rate tables per beneficiary, demo data (demo mode only; DEMO FIGURES, NOT OFFICIAL RATES OR NUMBERS).
-- Both cases a federation may have:
--  * the first call year (2025 as written): the FAIRE-ESS consortium holds the KA131 grant for both
--    campuses — one rate table, one agreement number, one BM file (its table, inserted before any
--    beneficiary existed, is assigned to it here);
--  * the next call year (2026, the draft): each school holds its own grant — "IRTS Perpignan" and
--    "IRTS Montpellier", each with its budget (32,000 and 28,000 EUR instead of the consortium's
--    60,000), its agreement number and its rate table: Montpellier's is the demo's draft as it was,
--    Perpignan's a second draft with rates of its own (800 / 790 / 700 / 700 EUR a month) and its
--    agreement number already entered. Yanis Serra (Montpellier) and Maëlys Vila (Perpignan) are
--    each in their school's file.
-- Years, dates and numbers are read from the rows already there (moved with the demo whether this
-- runs with the first load or later): nothing here writes a year or a date of its own.

UPDATE grant_rate_table SET beneficiary_id = (SELECT b.id FROM beneficiary b WHERE b.name = 'FAIRE-ESS (consortium)')
 WHERE beneficiary_id IS NULL;

INSERT INTO beneficiary (name, kind, created_at, updated_at, version)
SELECT s.name, 'SCHOOL', t.created_at, t.created_at, 0
  FROM grant_rate_table t JOIN beneficiary c ON c.id = t.beneficiary_id AND c.name = 'FAIRE-ESS (consortium)'
 CROSS JOIN (SELECT 'IRTS Perpignan' AS name UNION ALL SELECT 'IRTS Montpellier') s
 WHERE t.call_year = (SELECT MIN(g.call_year) + 1 FROM budget g WHERE g.beneficiary_id = c.id)
   AND NOT EXISTS (SELECT 1 FROM beneficiary o WHERE o.name = s.name);
INSERT INTO beneficiary_campus (beneficiary_id, campus_code) SELECT b.id, 'PERPIGNAN' FROM beneficiary b WHERE b.name = 'IRTS Perpignan';
INSERT INTO beneficiary_campus (beneficiary_id, campus_code) SELECT b.id, 'MONTPELLIER' FROM beneficiary b WHERE b.name = 'IRTS Montpellier';

-- The consortium's budget of the next year gives way to the schools' (its creation line goes with it).
DELETE FROM audit_entry WHERE subject_type = 'BUDGET' AND subject_id IN (
    SELECT CONCAT(g.id, '') FROM budget g JOIN beneficiary c ON c.id = g.beneficiary_id AND c.name = 'FAIRE-ESS (consortium)'
     WHERE g.call_year = (SELECT MIN(t.call_year) + 1 FROM grant_rate_table t WHERE t.beneficiary_id = c.id));
INSERT INTO budget (beneficiary_id, call_year, agreement_number, awarded, created_at, updated_at, version)
SELECT s.id, g.call_year, CONCAT(g.call_year, CASE WHEN s.name = 'IRTS Perpignan' THEN '-1-FR01-KA131-HED-000099002' ELSE '-1-FR01-KA131-HED-000099003' END),
       CASE WHEN s.name = 'IRTS Perpignan' THEN 32000.00 ELSE 28000.00 END, g.created_at, g.created_at, 0
  FROM budget g JOIN beneficiary c ON c.id = g.beneficiary_id AND c.name = 'FAIRE-ESS (consortium)'
  JOIN beneficiary s ON s.name IN ('IRTS Perpignan', 'IRTS Montpellier')
 WHERE g.call_year = (SELECT MIN(t.call_year) + 1 FROM grant_rate_table t WHERE t.beneficiary_id = c.id);
DELETE FROM budget WHERE beneficiary_id = (SELECT c.id FROM beneficiary c WHERE c.name = 'FAIRE-ESS (consortium)')
   AND call_year = (SELECT MIN(t.call_year) + 1 FROM grant_rate_table t JOIN beneficiary c ON c.id = t.beneficiary_id
                     WHERE c.name = 'FAIRE-ESS (consortium)');

-- The next year's draft table is now Montpellier's; Perpignan gets its own.
UPDATE grant_rate_table SET beneficiary_id = (SELECT b.id FROM beneficiary b WHERE b.name = 'IRTS Montpellier')
 WHERE call_year = (SELECT g.call_year FROM budget g JOIN beneficiary b ON b.id = g.beneficiary_id AND b.name = 'IRTS Montpellier')
   AND beneficiary_id = (SELECT b.id FROM beneficiary b WHERE b.name = 'FAIRE-ESS (consortium)');
INSERT INTO grant_rate_table (beneficiary_id, call_year, agreement_number, traineeship_top_up, fewer_opportunities_top_up, green_travel_top_up, green_travel_days, locked_at, locked_by, created_at, updated_at, version)
SELECT p.id, t.call_year, CONCAT(t.call_year, '-1-FR01-KA131-HED-000099002'), t.traineeship_top_up, t.fewer_opportunities_top_up,
       t.green_travel_top_up, t.green_travel_days, NULL, NULL, TIMESTAMPADD(DAY, 2, t.created_at), TIMESTAMPADD(DAY, 2, t.created_at), 0
  FROM grant_rate_table t JOIN beneficiary m ON m.id = t.beneficiary_id AND m.name = 'IRTS Montpellier'
  JOIN beneficiary p ON p.name = 'IRTS Perpignan';
INSERT INTO grant_rate (table_id, erasmus_group, min_monthly, max_monthly, monthly_rate)
SELECT t.id, r.erasmus_group, r.min_monthly, r.max_monthly,
       CASE r.erasmus_group WHEN 'GROUP_1' THEN 800 WHEN 'GROUP_2' THEN 790 WHEN 'GROUP_3' THEN 700 ELSE r.monthly_rate END
  FROM grant_rate_table t JOIN beneficiary p ON p.id = t.beneficiary_id AND p.name = 'IRTS Perpignan'
  JOIN grant_rate_table m ON m.call_year = t.call_year JOIN beneficiary mb ON mb.id = m.beneficiary_id AND mb.name = 'IRTS Montpellier'
  JOIN grant_rate r ON r.table_id = m.id;
INSERT INTO grant_travel_band (table_id, band, standard_amount, green_amount)
SELECT t.id, b.band, b.standard_amount, b.green_amount
  FROM grant_rate_table t JOIN beneficiary p ON p.id = t.beneficiary_id AND p.name = 'IRTS Perpignan'
  JOIN grant_rate_table m ON m.call_year = t.call_year JOIN beneficiary mb ON mb.id = m.beneficiary_id AND mb.name = 'IRTS Montpellier'
  JOIN grant_travel_band b ON b.table_id = m.id;

INSERT INTO audit_entry (occurred_at, actor_id, actor_email, action, subject_type, subject_id, from_state, to_state, detail)
SELECT b.created_at, (SELECT id FROM account WHERE email = 'sophie.martin@faire-ess.fr'), 'sophie.martin@faire-ess.fr', 'BENEFICIARY_CREATED', 'BENEFICIARY', CONCAT(b.id, ''), NULL, NULL,
       CONCAT(b.name, ' (SCHOOL : ', CASE WHEN b.name = 'IRTS Perpignan' THEN 'PERPIGNAN' ELSE 'MONTPELLIER' END, ')')
  FROM beneficiary b WHERE b.name IN ('IRTS Perpignan', 'IRTS Montpellier');
INSERT INTO audit_entry (occurred_at, actor_id, actor_email, action, subject_type, subject_id, from_state, to_state, detail)
SELECT g.created_at, (SELECT id FROM account WHERE email = 'sophie.martin@faire-ess.fr'), 'sophie.martin@faire-ess.fr', 'BUDGET_SAVED', 'BUDGET', CONCAT(g.id, ''), NULL, NULL,
       CONCAT(b.name, ' ; — → ', g.call_year, ' ; ', g.agreement_number, ' ; ', g.awarded, ' €')
  FROM budget g JOIN beneficiary b ON b.id = g.beneficiary_id WHERE b.name IN ('IRTS Perpignan', 'IRTS Montpellier');
INSERT INTO audit_entry (occurred_at, actor_id, actor_email, action, subject_type, subject_id, from_state, to_state, detail)
SELECT t.created_at, (SELECT id FROM account WHERE email = 'sophie.martin@faire-ess.fr'), 'sophie.martin@faire-ess.fr', 'RATE_TABLE_CREATED', 'GRANT_RATE_TABLE', CONCAT(t.id, ''), NULL, 'UNLOCKED',
       CONCAT(t.call_year, ' ; IRTS Perpignan')
  FROM grant_rate_table t JOIN beneficiary p ON p.id = t.beneficiary_id AND p.name = 'IRTS Perpignan';
