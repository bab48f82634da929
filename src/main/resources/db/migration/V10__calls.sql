-- Calls for applications (appels à candidatures): who may apply, when, for how many places.

CREATE TABLE mobility_call (
    id                 BIGINT        AUTO_INCREMENT PRIMARY KEY,
    title              VARCHAR(200)  NOT NULL,
    academic_year_code VARCHAR(9)    NOT NULL,
    description        MEDIUMTEXT    NULL,
    opens_at           DATETIME(6)   NOT NULL,
    closes_at          DATETIME(6)   NOT NULL,
    places             INT           NOT NULL,
    requires_module    BOOLEAN       NOT NULL,
    closed_early_at    DATETIME(6)   NULL,
    created_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT fk_call_academic_year FOREIGN KEY (academic_year_code) REFERENCES academic_year (code)
);
CREATE INDEX ix_call_closes ON mobility_call (closes_at);
CREATE INDEX ix_call_year ON mobility_call (academic_year_code);

CREATE TABLE call_campus (
    call_id     BIGINT      NOT NULL,
    campus_code VARCHAR(20) NOT NULL,
    PRIMARY KEY (call_id, campus_code),
    CONSTRAINT fk_call_campus_call FOREIGN KEY (call_id) REFERENCES mobility_call (id),
    CONSTRAINT fk_call_campus_campus FOREIGN KEY (campus_code) REFERENCES campus (code)
);

CREATE TABLE call_programme (
    call_id        BIGINT      NOT NULL,
    programme_code VARCHAR(10) NOT NULL,
    PRIMARY KEY (call_id, programme_code),
    CONSTRAINT fk_call_programme_call FOREIGN KEY (call_id) REFERENCES mobility_call (id),
    CONSTRAINT fk_call_programme_programme FOREIGN KEY (programme_code) REFERENCES programme (code)
);

CREATE TABLE call_study_year (
    call_id    BIGINT NOT NULL,
    study_year INT    NOT NULL,
    PRIMARY KEY (call_id, study_year),
    CONSTRAINT fk_call_study_year_call FOREIGN KEY (call_id) REFERENCES mobility_call (id),
    CONSTRAINT fk_call_study_year_year FOREIGN KEY (study_year) REFERENCES study_year (year_number)
);
