-- Placements (stages) created from selected applications, their Learning Agreement versions, the
-- personal signing links e-mailed to host mentors, and scanned documents (signed agreements,
-- traineeship certificates). Documents are stored in the database like application documents.

CREATE TABLE placement (
    id                    BIGINT        AUTO_INCREMENT PRIMARY KEY,
    application_id        BIGINT        NOT NULL,
    student_id            BIGINT        NOT NULL,
    host_id               BIGINT        NOT NULL,
    department            VARCHAR(200)  NULL,
    mentor_id             BIGINT        NOT NULL,
    referent_id           BIGINT        NOT NULL,
    planned_start         DATE          NOT NULL,
    planned_end           DATE          NOT NULL,
    hours_per_week        INT           NOT NULL,
    working_language      VARCHAR(5)    NOT NULL,
    state                 VARCHAR(20)   NOT NULL,
    stop_reason           VARCHAR(1000) NULL,
    stopped_on            DATE          NULL,
    convention_signed_on  DATE          NULL,
    insurance_on          DATE          NULL,
    language_assessed_on  DATE          NULL,
    travel_booked_on      DATE          NULL,
    actual_start          DATE          NULL,
    actual_end            DATE          NULL,
    cert_tasks            TEXT          NULL,
    cert_outcomes         TEXT          NULL,
    cert_evaluation       TEXT          NULL,
    cert_by               VARCHAR(200)  NULL,
    cert_at               DATETIME(6)   NULL,
    created_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT fk_placement_application FOREIGN KEY (application_id) REFERENCES mobility_application (id),
    CONSTRAINT fk_placement_student FOREIGN KEY (student_id) REFERENCES account (id),
    CONSTRAINT fk_placement_host FOREIGN KEY (host_id) REFERENCES host_organisation (id),
    CONSTRAINT fk_placement_mentor FOREIGN KEY (mentor_id) REFERENCES host_contact (id),
    CONSTRAINT fk_placement_referent FOREIGN KEY (referent_id) REFERENCES account (id)
);
CREATE INDEX ix_placement_application ON placement (application_id);
CREATE INDEX ix_placement_student ON placement (student_id);
CREATE INDEX ix_placement_host ON placement (host_id);
CREATE INDEX ix_placement_state ON placement (state);
CREATE INDEX ix_placement_start ON placement (planned_start);
CREATE INDEX ix_placement_end ON placement (planned_end);
CREATE INDEX ix_placement_referent ON placement (referent_id);

-- One row per version of the Learning Agreement for Traineeships: version 1 is the original,
-- later ones are amendments (Table A2). A version with any signature is frozen.
CREATE TABLE learning_agreement (
    id                    BIGINT        AUTO_INCREMENT PRIMARY KEY,
    placement_id          BIGINT        NOT NULL,
    version_number        INT           NOT NULL,
    planned_start         DATE          NOT NULL,
    planned_end           DATE          NOT NULL,
    traineeship_title     VARCHAR(200)  NULL,
    hours_per_week        INT           NOT NULL,
    detailed_programme    TEXT          NULL,
    skills                TEXT          NULL,
    monitoring_plan       TEXT          NULL,
    evaluation_plan       TEXT          NULL,
    language_level        VARCHAR(2)    NULL,
    digital_skills        BOOLEAN       NOT NULL,
    change_reason         TEXT          NULL,
    recognition           VARCHAR(20)   NULL,
    ects_credits          INT           NULL,
    financial_support     VARCHAR(500)  NULL,
    in_kind_support       VARCHAR(500)  NULL,
    accident_insurance    BOOLEAN       NOT NULL,
    liability_insurance   BOOLEAN       NOT NULL,
    student_signed_by     VARCHAR(200)  NULL,
    student_signed_at     DATETIME(6)   NULL,
    coordinator_signed_by VARCHAR(200)  NULL,
    coordinator_signed_at DATETIME(6)   NULL,
    mentor_signed_by      VARCHAR(200)  NULL,
    mentor_signed_at      DATETIME(6)   NULL,
    mentor_sign_mode      VARCHAR(10)   NULL,
    created_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT uq_agreement_version UNIQUE (placement_id, version_number),
    CONSTRAINT fk_agreement_placement FOREIGN KEY (placement_id) REFERENCES placement (id)
);

-- Personal links e-mailed to a host mentor: only the SHA-256 of the token is stored.
CREATE TABLE placement_link (
    id            BIGINT        AUTO_INCREMENT PRIMARY KEY,
    placement_id  BIGINT        NOT NULL,
    agreement_id  BIGINT        NULL,
    purpose       VARCHAR(20)   NOT NULL,
    token_hash    CHAR(64)      NOT NULL,
    sent_to       VARCHAR(254)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    expires_at    DATETIME(6)   NOT NULL,
    used_at       DATETIME(6)   NULL,
    CONSTRAINT uq_placement_link_token UNIQUE (token_hash),
    CONSTRAINT fk_placement_link_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT fk_placement_link_agreement FOREIGN KEY (agreement_id) REFERENCES learning_agreement (id)
);
CREATE INDEX ix_placement_link_placement ON placement_link (placement_id);

CREATE TABLE placement_document (
    id            BIGINT        AUTO_INCREMENT PRIMARY KEY,
    placement_id  BIGINT        NOT NULL,
    agreement_id  BIGINT        NULL,
    kind          VARCHAR(20)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    size_bytes    INT           NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    CONSTRAINT fk_placement_document_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT fk_placement_document_agreement FOREIGN KEY (agreement_id) REFERENCES learning_agreement (id)
);
CREATE INDEX ix_placement_document_placement ON placement_document (placement_id);
