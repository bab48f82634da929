-- Rate tables per beneficiary (issue #12): each beneficiary holding its own KA131 grant has its own
-- rate table per call year (one per beneficiary and year instead of one per year). Existing tables
-- are kept and moved to their beneficiary:
--  1. the beneficiary budgeted that call year (the one whose budget has the table's agreement
--     number first, else the first budgeted), e.g. the demo's consortium;
--  2. a call year nobody is budgeted for goes to a default beneficiary "Bénéficiaire par défaut"
--     (consortium of every campus), created here only if needed — rename or complete it on the
--     Beneficiaries page;
--  3. every other beneficiary budgeted that year, whose placements the one table served until now,
--     gets a copy (rates, travel bands, lock) with its budget's agreement number (else the table's),
--     so no grant changes.
-- The column stays nullable: the demo's data scripts insert tables before creating beneficiaries and
-- assign them afterwards (db/demo V24); the application always writes one.

ALTER TABLE grant_rate_table ADD COLUMN beneficiary_id BIGINT NULL;
ALTER TABLE grant_rate_table DROP CONSTRAINT uq_grant_rate_table_year;
ALTER TABLE grant_rate_table ADD CONSTRAINT uq_grant_rate_table_beneficiary_year UNIQUE (beneficiary_id, call_year);
ALTER TABLE grant_rate_table ADD CONSTRAINT fk_grant_rate_table_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id);
CREATE INDEX ix_grant_rate_table_call_year ON grant_rate_table (call_year);

UPDATE grant_rate_table SET beneficiary_id = COALESCE(
    (SELECT MIN(g.beneficiary_id) FROM budget g WHERE g.call_year = grant_rate_table.call_year
        AND g.agreement_number = grant_rate_table.agreement_number),
    (SELECT MIN(g.beneficiary_id) FROM budget g WHERE g.call_year = grant_rate_table.call_year))
 WHERE beneficiary_id IS NULL;

INSERT INTO beneficiary (name, kind, created_at, updated_at, version)
SELECT 'Bénéficiaire par défaut', 'CONSORTIUM', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
  FROM (SELECT 1 AS one) x
 WHERE EXISTS (SELECT 1 FROM grant_rate_table t WHERE t.beneficiary_id IS NULL)
   AND NOT EXISTS (SELECT 1 FROM beneficiary b WHERE b.name = 'Bénéficiaire par défaut');
INSERT INTO beneficiary_campus (beneficiary_id, campus_code)
SELECT b.id, c.code FROM beneficiary b, campus c
 WHERE b.name = 'Bénéficiaire par défaut'
   AND EXISTS (SELECT 1 FROM grant_rate_table t WHERE t.beneficiary_id IS NULL)
   AND NOT EXISTS (SELECT 1 FROM beneficiary_campus x WHERE x.beneficiary_id = b.id);
UPDATE grant_rate_table SET beneficiary_id = (SELECT MIN(b.id) FROM beneficiary b WHERE b.name = 'Bénéficiaire par défaut')
 WHERE beneficiary_id IS NULL;

INSERT INTO grant_rate_table (beneficiary_id, call_year, agreement_number, traineeship_top_up, fewer_opportunities_top_up,
                              green_travel_top_up, green_travel_days, locked_at, locked_by, created_at, updated_at, version)
SELECT g.beneficiary_id, t.call_year, COALESCE(g.agreement_number, t.agreement_number), t.traineeship_top_up,
       t.fewer_opportunities_top_up, t.green_travel_top_up, t.green_travel_days, t.locked_at, t.locked_by, t.created_at,
       t.updated_at, 0
  FROM grant_rate_table t JOIN budget g ON g.call_year = t.call_year AND g.beneficiary_id <> t.beneficiary_id
 WHERE NOT EXISTS (SELECT 1 FROM grant_rate_table o WHERE o.beneficiary_id = g.beneficiary_id AND o.call_year = t.call_year);

INSERT INTO grant_rate (table_id, erasmus_group, min_monthly, max_monthly, monthly_rate)
SELECT c.id, r.erasmus_group, r.min_monthly, r.max_monthly, r.monthly_rate
  FROM grant_rate_table c JOIN grant_rate_table s ON s.call_year = c.call_year AND s.id <> c.id
  JOIN grant_rate r ON r.table_id = s.id
 WHERE NOT EXISTS (SELECT 1 FROM grant_rate x WHERE x.table_id = c.id);

INSERT INTO grant_travel_band (table_id, band, standard_amount, green_amount)
SELECT c.id, b.band, b.standard_amount, b.green_amount
  FROM grant_rate_table c JOIN grant_rate_table s ON s.call_year = c.call_year AND s.id <> c.id
  JOIN grant_travel_band b ON b.table_id = s.id
 WHERE NOT EXISTS (SELECT 1 FROM grant_travel_band x WHERE x.table_id = c.id);
