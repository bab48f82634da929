-- Reference data tables: campuses, programmes, study years, countries, academic years.
-- Natural keys (codes) so that rows read well in SQL, URLs and exports.
-- Every migration must run unchanged on H2 (MODE=LEGACY) and MySQL 8 / MariaDB 10.11.

CREATE TABLE campus (
    code        VARCHAR(20)  NOT NULL PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    city        VARCHAR(80)  NOT NULL,
    erasmus_pic VARCHAR(20)  NULL
);

CREATE TABLE programme (
    code            VARCHAR(10)  NOT NULL PRIMARY KEY,
    name_fr         VARCHAR(120) NOT NULL,
    name_en         VARCHAR(120) NOT NULL,
    diploma_fr      VARCHAR(200) NOT NULL,
    diploma_en      VARCHAR(200) NOT NULL,
    diploma_acronym VARCHAR(10)  NOT NULL,
    placement_hours INT          NOT NULL,
    ects            INT          NOT NULL,
    isced_code      VARCHAR(10)  NOT NULL,
    eqf_level       INT          NOT NULL
);

CREATE TABLE study_year (
    year_number INT         NOT NULL PRIMARY KEY,
    label_fr    VARCHAR(40) NOT NULL,
    label_en    VARCHAR(40) NOT NULL
);

CREATE TABLE country (
    code          CHAR(2)      NOT NULL PRIMARY KEY,
    name_fr       VARCHAR(100) NOT NULL,
    name_en       VARCHAR(100) NOT NULL,
    erasmus_group VARCHAR(13)  NOT NULL,
    eea           BOOLEAN      NOT NULL
);
CREATE INDEX ix_country_group ON country (erasmus_group);

CREATE TABLE academic_year (
    code      VARCHAR(9) NOT NULL PRIMARY KEY,
    starts_on DATE       NOT NULL,
    ends_on   DATE       NOT NULL
);
