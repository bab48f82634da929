-- Intercultural module: requirements per academic year and cohort, sessions (cohorts, movements,
-- foreign guests), attendance, critical-incident analyses. Runs unchanged on H2 (MODE=LEGACY) and
-- MySQL 8 / MariaDB 10.11.

CREATE TABLE module_requirement (
    id                 BIGINT      AUTO_INCREMENT PRIMARY KEY,
    academic_year_code VARCHAR(9)  NOT NULL,
    campus_code        VARCHAR(20) NOT NULL,
    programme_code     VARCHAR(10) NOT NULL,
    study_year         INT         NOT NULL,
    sessions_required  INT         NOT NULL,
    incidents_required INT         NOT NULL,
    version            BIGINT      NOT NULL,
    CONSTRAINT uq_module_requirement_cohort UNIQUE (academic_year_code, campus_code, programme_code, study_year),
    CONSTRAINT fk_module_requirement_year FOREIGN KEY (academic_year_code) REFERENCES academic_year (code),
    CONSTRAINT fk_module_requirement_campus FOREIGN KEY (campus_code) REFERENCES campus (code),
    CONSTRAINT fk_module_requirement_programme FOREIGN KEY (programme_code) REFERENCES programme (code),
    CONSTRAINT fk_module_requirement_study_year FOREIGN KEY (study_year) REFERENCES study_year (year_number)
);
CREATE INDEX ix_module_requirement_campus ON module_requirement (campus_code, programme_code);

CREATE TABLE module_session (
    id                     BIGINT       AUTO_INCREMENT PRIMARY KEY,
    academic_year_code     VARCHAR(9)   NOT NULL,
    campus_code            VARCHAR(20)  NOT NULL,
    trainer_id             BIGINT       NOT NULL,
    starts_at              DATETIME(6)  NOT NULL,
    title                  VARCHAR(200) NOT NULL,
    session_format         VARCHAR(30)  NOT NULL,
    trainer_notes          TEXT         NULL,
    material_url           VARCHAR(500) NULL,
    attendance_recorded_at DATETIME(6)  NULL,
    created_at             DATETIME(6)  NOT NULL,
    version                BIGINT       NOT NULL,
    CONSTRAINT fk_module_session_year FOREIGN KEY (academic_year_code) REFERENCES academic_year (code),
    CONSTRAINT fk_module_session_campus FOREIGN KEY (campus_code) REFERENCES campus (code),
    CONSTRAINT fk_module_session_trainer FOREIGN KEY (trainer_id) REFERENCES account (id)
);
CREATE INDEX ix_module_session_year ON module_session (academic_year_code, starts_at);
CREATE INDEX ix_module_session_campus ON module_session (campus_code, starts_at);
CREATE INDEX ix_module_session_trainer ON module_session (trainer_id, starts_at);

CREATE TABLE module_session_cohort (
    session_id     BIGINT      NOT NULL,
    programme_code VARCHAR(10) NOT NULL,
    study_year     INT         NOT NULL,
    CONSTRAINT pk_module_session_cohort PRIMARY KEY (session_id, programme_code, study_year),
    CONSTRAINT fk_module_session_cohort_session FOREIGN KEY (session_id) REFERENCES module_session (id),
    CONSTRAINT fk_module_session_cohort_programme FOREIGN KEY (programme_code) REFERENCES programme (code),
    CONSTRAINT fk_module_session_cohort_year FOREIGN KEY (study_year) REFERENCES study_year (year_number)
);
CREATE INDEX ix_module_session_cohort ON module_session_cohort (programme_code, study_year);

CREATE TABLE module_session_movement (
    session_id BIGINT      NOT NULL,
    movement   VARCHAR(30) NOT NULL,
    CONSTRAINT pk_module_session_movement PRIMARY KEY (session_id, movement),
    CONSTRAINT fk_module_session_movement_session FOREIGN KEY (session_id) REFERENCES module_session (id)
);

CREATE TABLE module_guest (
    id           BIGINT       AUTO_INCREMENT PRIMARY KEY,
    session_id   BIGINT       NOT NULL,
    full_name    VARCHAR(120) NOT NULL,
    country_code CHAR(2)      NOT NULL,
    organisation VARCHAR(200) NULL,
    guest_role   VARCHAR(20)  NOT NULL,
    CONSTRAINT fk_module_guest_session FOREIGN KEY (session_id) REFERENCES module_session (id),
    CONSTRAINT fk_module_guest_country FOREIGN KEY (country_code) REFERENCES country (code)
);
CREATE INDEX ix_module_guest_session ON module_guest (session_id);
CREATE INDEX ix_module_guest_country ON module_guest (country_code);

CREATE TABLE module_attendance (
    id                BIGINT      AUTO_INCREMENT PRIMARY KEY,
    session_id        BIGINT      NOT NULL,
    student_id        BIGINT      NOT NULL,
    attendance_status VARCHAR(10) NOT NULL,
    recorded_at       DATETIME(6) NOT NULL,
    recorded_by_id    BIGINT      NULL,
    CONSTRAINT uq_module_attendance UNIQUE (session_id, student_id),
    CONSTRAINT fk_module_attendance_session FOREIGN KEY (session_id) REFERENCES module_session (id),
    CONSTRAINT fk_module_attendance_student FOREIGN KEY (student_id) REFERENCES account (id),
    CONSTRAINT fk_module_attendance_recorder FOREIGN KEY (recorded_by_id) REFERENCES account (id)
);
CREATE INDEX ix_module_attendance_student ON module_attendance (student_id, attendance_status);

CREATE TABLE critical_incident (
    id               BIGINT       AUTO_INCREMENT PRIMARY KEY,
    student_id       BIGINT       NOT NULL,
    campus_code      VARCHAR(20)  NOT NULL,
    title            VARCHAR(200) NOT NULL,
    occurred_on      DATE         NULL,
    during_placement BOOLEAN      NOT NULL,
    situation        TEXT         NULL,
    people_involved  TEXT         NULL,
    reaction         TEXT         NULL,
    own_frame        TEXT         NULL,
    other_frame      TEXT         NULL,
    negotiation      TEXT         NULL,
    learning         TEXT         NULL,
    incident_status  VARCHAR(20)  NOT NULL,
    trainer_comment  TEXT         NULL,
    reviewer_id      BIGINT       NULL,
    submitted_at     DATETIME(6)  NULL,
    reviewed_at      DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT fk_critical_incident_student FOREIGN KEY (student_id) REFERENCES account (id),
    CONSTRAINT fk_critical_incident_campus FOREIGN KEY (campus_code) REFERENCES campus (code),
    CONSTRAINT fk_critical_incident_reviewer FOREIGN KEY (reviewer_id) REFERENCES account (id)
);
CREATE INDEX ix_critical_incident_student ON critical_incident (student_id, incident_status);
CREATE INDEX ix_critical_incident_review ON critical_incident (campus_code, incident_status, submitted_at);
