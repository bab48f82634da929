-- One row per background job that must run once per cluster, not once per instance (several
-- application instances may share this database, see README "Running several instances"). An
-- instance runs the job only after it has claimed the row: an UPDATE that succeeds only when the
-- previous lease has run out (or the instance already holds it). Times are epoch milliseconds from
-- the application's clock, so that instances in other time zones compare the same numbers.
-- claims counts successful claims (renewals included): what the cluster test counts.

CREATE TABLE job_lock (
    job_name     VARCHAR(60)   NOT NULL PRIMARY KEY,
    owner        VARCHAR(120)  NULL,
    lease_until  BIGINT        NOT NULL,
    claimed_at   BIGINT        NOT NULL,
    claims       BIGINT        NOT NULL
);

INSERT INTO job_lock (job_name, owner, lease_until, claimed_at, claims) VALUES ('mail-outbox', NULL, 0, 0, 0);
INSERT INTO job_lock (job_name, owner, lease_until, claimed_at, claims) VALUES ('retention-purge', NULL, 0, 0, 0);
INSERT INTO job_lock (job_name, owner, lease_until, claimed_at, claims) VALUES ('consent-expiry', NULL, 0, 0, 0);
INSERT INTO job_lock (job_name, owner, lease_until, claimed_at, claims) VALUES ('academic-years', NULL, 0, 0, 0);
