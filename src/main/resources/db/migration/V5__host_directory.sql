-- Host organisation directory: organisations, their tags (languages, themes, partner networks) and
-- their contacts / mentors (staff only). name_key and city_key hold the name and city without case,
-- accents, spaces or punctuation (HostDuplicateRule.key): duplicate detection and text search use them.

CREATE TABLE host_organisation (
    id           BIGINT        AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    name_key     VARCHAR(200)  NOT NULL,
    host_type    VARCHAR(20)   NOT NULL,
    legal_status VARCHAR(12)   NOT NULL,
    size_class   VARCHAR(8)    NOT NULL,
    address      VARCHAR(255)  NULL,
    city         VARCHAR(100)  NOT NULL,
    city_key     VARCHAR(100)  NOT NULL,
    country_code CHAR(2)       NOT NULL,
    website      VARCHAR(255)  NULL,
    notes        VARCHAR(4000) NULL,
    active       BOOLEAN       NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT fk_host_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT ck_host_type CHECK (host_type IN ('CHILD_PROTECTION', 'DISABILITY', 'EARLY_CHILDHOOD',
        'SOCIAL_SERVICES', 'HEALTH', 'NGO', 'SCHOOL', 'OTHER')),
    CONSTRAINT ck_host_legal_status CHECK (legal_status IN ('PUBLIC', 'PRIVATE', 'NON_PROFIT')),
    CONSTRAINT ck_host_size CHECK (size_class IN ('SMALL', 'LARGE'))
);
CREATE INDEX ix_host_name ON host_organisation (name);
CREATE INDEX ix_host_duplicate ON host_organisation (name_key, city_key);
CREATE INDEX ix_host_city_key ON host_organisation (city_key);
CREATE INDEX ix_host_country ON host_organisation (country_code);
CREATE INDEX ix_host_type ON host_organisation (host_type);
CREATE INDEX ix_host_active ON host_organisation (active, name);

CREATE TABLE host_language (
    host_id       BIGINT     NOT NULL,
    language_code VARCHAR(2) NOT NULL,
    CONSTRAINT pk_host_language PRIMARY KEY (host_id, language_code),
    CONSTRAINT fk_host_language_host FOREIGN KEY (host_id) REFERENCES host_organisation (id)
);
CREATE INDEX ix_host_language_code ON host_language (language_code);

CREATE TABLE host_theme (
    host_id BIGINT      NOT NULL,
    theme   VARCHAR(60) NOT NULL,
    CONSTRAINT pk_host_theme PRIMARY KEY (host_id, theme),
    CONSTRAINT fk_host_theme_host FOREIGN KEY (host_id) REFERENCES host_organisation (id)
);
CREATE INDEX ix_host_theme_theme ON host_theme (theme);

CREATE TABLE host_network (
    host_id BIGINT      NOT NULL,
    network VARCHAR(20) NOT NULL,
    CONSTRAINT pk_host_network PRIMARY KEY (host_id, network),
    CONSTRAINT fk_host_network_host FOREIGN KEY (host_id) REFERENCES host_organisation (id)
);
CREATE INDEX ix_host_network_network ON host_network (network);

CREATE TABLE host_contact (
    id         BIGINT       AUTO_INCREMENT PRIMARY KEY,
    host_id    BIGINT       NOT NULL,
    full_name  VARCHAR(120) NOT NULL,
    job_title  VARCHAR(120) NULL,
    email      VARCHAR(254) NULL,
    phone      VARCHAR(40)  NULL,
    mentor     BOOLEAN      NOT NULL,
    list_index INT          NOT NULL,
    CONSTRAINT fk_host_contact_host FOREIGN KEY (host_id) REFERENCES host_organisation (id)
);
CREATE INDEX ix_host_contact_host ON host_contact (host_id, list_index);
