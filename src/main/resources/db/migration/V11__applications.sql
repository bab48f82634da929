-- Mobility applications: the student's file, its wishes, documents and comment thread.
-- Documents are stored in the database (never under the web root): they commit or roll back with
-- the file, are backed up with it, and are only ever read through an access-checked query.

CREATE TABLE mobility_application (
    id                  BIGINT        AUTO_INCREMENT PRIMARY KEY,
    call_id             BIGINT        NOT NULL,
    student_id          BIGINT        NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    start_on            DATE          NULL,
    end_on              DATE          NULL,
    working_language    VARCHAR(5)    NULL,
    cefr_level          VARCHAR(2)    NULL,
    motivation          MEDIUMTEXT    NULL,
    fewer_opportunities BOOLEAN       NOT NULL,
    score               INT           NULL,
    first_country_code  CHAR(2)       NULL,
    withdrawal_reason   VARCHAR(1000) NULL,
    created_at          DATETIME(6)   NOT NULL,
    submitted_at        DATETIME(6)   NULL,
    decided_at          DATETIME(6)   NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uq_application_student_call UNIQUE (call_id, student_id),
    CONSTRAINT fk_application_call FOREIGN KEY (call_id) REFERENCES mobility_call (id),
    CONSTRAINT fk_application_student FOREIGN KEY (student_id) REFERENCES account (id),
    CONSTRAINT fk_application_country FOREIGN KEY (first_country_code) REFERENCES country (code)
);
CREATE INDEX ix_application_status ON mobility_application (status);
CREATE INDEX ix_application_student ON mobility_application (student_id);
CREATE INDEX ix_application_country ON mobility_application (first_country_code);
CREATE INDEX ix_application_submitted ON mobility_application (submitted_at);

CREATE TABLE application_wish (
    id             BIGINT        AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    wish_rank      INT           NOT NULL,
    host_id        BIGINT        NULL,
    country_code   CHAR(2)       NOT NULL,
    city           VARCHAR(120)  NULL,
    host_type      VARCHAR(30)   NULL,
    reason         VARCHAR(1000) NULL,
    CONSTRAINT uq_wish_rank UNIQUE (application_id, wish_rank),
    CONSTRAINT fk_wish_application FOREIGN KEY (application_id) REFERENCES mobility_application (id),
    CONSTRAINT fk_wish_host FOREIGN KEY (host_id) REFERENCES host_organisation (id),
    CONSTRAINT fk_wish_country FOREIGN KEY (country_code) REFERENCES country (code)
);

CREATE TABLE application_document (
    id             BIGINT       AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT       NOT NULL,
    kind           VARCHAR(10)  NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    size_bytes     INT          NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    content        LONGBLOB     NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_document_kind UNIQUE (application_id, kind),
    CONSTRAINT fk_document_application FOREIGN KEY (application_id) REFERENCES mobility_application (id)
);

CREATE TABLE application_comment (
    id             BIGINT        AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    author_id      BIGINT        NOT NULL,
    body           VARCHAR(4000) NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_comment_application FOREIGN KEY (application_id) REFERENCES mobility_application (id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES account (id)
);
CREATE INDEX ix_comment_application ON application_comment (application_id, created_at);
