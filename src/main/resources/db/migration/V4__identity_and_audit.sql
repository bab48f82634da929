-- Accounts, their roles, login throttling and the audit log.

CREATE TABLE account (
    id               BIGINT       AUTO_INCREMENT PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    first_name       VARCHAR(80)  NOT NULL,
    last_name        VARCHAR(80)  NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    campus_code      VARCHAR(20)  NULL,
    programme_code   VARCHAR(10)  NULL,
    study_year       INT          NULL,
    enabled          BOOLEAN      NOT NULL,
    preferred_locale VARCHAR(5)   NULL,
    created_at       DATETIME(6)  NOT NULL,
    last_login_at    DATETIME(6)  NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT fk_account_campus FOREIGN KEY (campus_code) REFERENCES campus (code),
    CONSTRAINT fk_account_programme FOREIGN KEY (programme_code) REFERENCES programme (code),
    CONSTRAINT fk_account_study_year FOREIGN KEY (study_year) REFERENCES study_year (year_number)
);
CREATE INDEX ix_account_name ON account (last_name, first_name);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_account_role_role ON account_role (role);

-- Failed logins are counted per e-mail typed, whether or not an account exists, so that the
-- lock-out behaves the same for unknown addresses and does not reveal which accounts exist.
CREATE TABLE login_throttle (
    email        VARCHAR(254) NOT NULL PRIMARY KEY,
    failures     INT          NOT NULL,
    last_failure DATETIME(6)  NOT NULL,
    locked_until DATETIME(6)  NULL
);

CREATE TABLE audit_entry (
    id           BIGINT        AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)   NOT NULL,
    actor_id     BIGINT        NULL,
    actor_email  VARCHAR(254)  NULL,
    action       VARCHAR(60)   NOT NULL,
    subject_type VARCHAR(60)   NOT NULL,
    subject_id   VARCHAR(60)   NULL,
    from_state   VARCHAR(40)   NULL,
    to_state     VARCHAR(40)   NULL,
    detail       VARCHAR(2000) NULL
);
CREATE INDEX ix_audit_subject ON audit_entry (subject_type, subject_id);
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);
