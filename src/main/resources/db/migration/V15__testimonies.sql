-- Testimonies: what students made of their mobility (films, articles, photo reports...), the
-- consent of every identifiable person, the coordinator's moderation and the public showcase.
-- Country, host, programme and year are copied from the mobility when the testimony is created
-- (derived, never typed), so the public showcase filters without reaching into applications.

CREATE TABLE testimony (
    id             BIGINT        AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    student_id     BIGINT        NOT NULL,
    testimony_type VARCHAR(20)   NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    summary        VARCHAR(2000) NULL,
    body           TEXT          NULL,
    language_code  VARCHAR(5)    NULL,
    link           VARCHAR(500)  NULL,
    status         VARCHAR(20)   NOT NULL,
    country_code   CHAR(2)       NULL,
    host_id        BIGINT        NULL,
    programme_code VARCHAR(10)   NULL,
    mobility_year  INT           NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    submitted_at   DATETIME(6)   NULL,
    published_at   DATETIME(6)   NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT fk_testimony_application FOREIGN KEY (application_id) REFERENCES mobility_application (id),
    CONSTRAINT fk_testimony_student FOREIGN KEY (student_id) REFERENCES account (id),
    CONSTRAINT fk_testimony_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT fk_testimony_host FOREIGN KEY (host_id) REFERENCES host_organisation (id),
    CONSTRAINT fk_testimony_programme FOREIGN KEY (programme_code) REFERENCES programme (code)
);
CREATE INDEX ix_testimony_status ON testimony (status, published_at);
CREATE INDEX ix_testimony_student ON testimony (student_id);
CREATE INDEX ix_testimony_application ON testimony (application_id);
CREATE INDEX ix_testimony_country ON testimony (country_code);
CREATE INDEX ix_testimony_programme ON testimony (programme_code);
CREATE INDEX ix_testimony_year ON testimony (mobility_year);
CREATE INDEX ix_testimony_type ON testimony (testimony_type);

-- Other students who made the testimony with its owner.
CREATE TABLE testimony_coauthor (
    testimony_id BIGINT NOT NULL,
    account_id   BIGINT NOT NULL,
    PRIMARY KEY (testimony_id, account_id),
    CONSTRAINT fk_coauthor_testimony FOREIGN KEY (testimony_id) REFERENCES testimony (id),
    CONSTRAINT fk_coauthor_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_coauthor_account ON testimony_coauthor (account_id);

-- The optional file (PDF, JPEG or PNG, checked by content), stored in the database.
CREATE TABLE testimony_file (
    id           BIGINT       AUTO_INCREMENT PRIMARY KEY,
    testimony_id BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    size_bytes   INT          NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_testimony_file UNIQUE (testimony_id),
    CONSTRAINT fk_testimony_file_testimony FOREIGN KEY (testimony_id) REFERENCES testimony (id)
);

-- Moderation comments, which the student sees.
CREATE TABLE testimony_comment (
    id           BIGINT        AUTO_INCREMENT PRIMARY KEY,
    testimony_id BIGINT        NOT NULL,
    author_id    BIGINT        NOT NULL,
    body         VARCHAR(2000) NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_tcomment_testimony FOREIGN KEY (testimony_id) REFERENCES testimony (id),
    CONSTRAINT fk_tcomment_author FOREIGN KEY (author_id) REFERENCES account (id)
);
CREATE INDEX ix_tcomment_testimony ON testimony_comment (testimony_id, created_at);

-- One record per identifiable person: a student author (given in the application, account_id set)
-- or a third party / the guardian of a minor (recorded by a coordinator with the signed form).
CREATE TABLE testimony_consent (
    id            BIGINT       AUTO_INCREMENT PRIMARY KEY,
    testimony_id  BIGINT       NOT NULL,
    person_kind   VARCHAR(20)  NOT NULL,
    account_id    BIGINT       NULL,
    person_name   VARCHAR(160) NOT NULL,
    signed_by     VARCHAR(160) NULL,
    medium_web    BOOLEAN      NOT NULL,
    medium_print  BOOLEAN      NOT NULL,
    medium_event  BOOLEAN      NOT NULL,
    given_on      DATE         NOT NULL,
    valid_until   DATE         NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    recorded_by   BIGINT       NOT NULL,
    withdrawn_at  DATETIME(6)  NULL,
    form_name     VARCHAR(255) NULL,
    form_type     VARCHAR(40)  NULL,
    form_content  LONGBLOB     NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uq_consent_author UNIQUE (testimony_id, account_id),
    CONSTRAINT fk_consent_testimony FOREIGN KEY (testimony_id) REFERENCES testimony (id),
    CONSTRAINT fk_consent_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_consent_recorder FOREIGN KEY (recorded_by) REFERENCES account (id)
);
CREATE INDEX ix_consent_testimony ON testimony_consent (testimony_id);
