-- The grant facts of a placement now tell a host's closure (days that count: the stay goes on)
-- from an interruption (days that do not count), record force majeure with its explanation (it
-- lifts the 60-day minimum: the stay is paid for the days actually spent, as the Beneficiary Module
-- reports it), and the one-way distance to the host in km when the coordinator enters it (the
-- travel support's distance band; otherwise computed from the two cities' coordinates).
ALTER TABLE grant_facts ADD COLUMN closure_days INT DEFAULT 0 NOT NULL;
ALTER TABLE grant_facts ADD COLUMN force_majeure BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE grant_facts ADD COLUMN force_majeure_explanation VARCHAR(1000) NULL;
ALTER TABLE grant_facts ADD COLUMN distance_km INT NULL;
