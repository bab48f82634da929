-- The retention purge (privacy): one row per run, nightly or started by an administrator, with how
-- many records of each type it deleted. Counts only: what was deleted is gone, on purpose.

CREATE TABLE privacy_purge_run (
    id          BIGINT       AUTO_INCREMENT PRIMARY KEY,
    started_at  DATETIME(6)  NOT NULL,
    finished_at DATETIME(6)  NOT NULL,
    as_of       DATE         NOT NULL,
    run_by      VARCHAR(254) NOT NULL,
    failures    INT          NOT NULL
);
CREATE INDEX ix_privacy_purge_run_finished ON privacy_purge_run (finished_at);

CREATE TABLE privacy_purge_count (
    run_id      BIGINT      NOT NULL,
    record_type VARCHAR(40) NOT NULL,
    purged      INT         NOT NULL,
    PRIMARY KEY (run_id, record_type),
    CONSTRAINT fk_privacy_purge_count_run FOREIGN KEY (run_id) REFERENCES privacy_purge_run (id)
);
