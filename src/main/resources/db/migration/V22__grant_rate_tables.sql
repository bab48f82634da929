-- Erasmus+ grant rate tables, one per call year: per country group the National Agency's monthly
-- range and the rate the school applies inside it (whole euros), the top-ups, the grant agreement
-- number of the year's project. Editable by an administrator until locked (locked_at set once).

CREATE TABLE grant_rate_table (
    id                          BIGINT        AUTO_INCREMENT PRIMARY KEY,
    call_year                   INT           NOT NULL,
    agreement_number            VARCHAR(40)   NULL,
    traineeship_top_up          INT           NOT NULL,
    fewer_opportunities_top_up  INT           NOT NULL,
    green_travel_top_up         INT           NOT NULL,
    green_travel_days           INT           NOT NULL,
    locked_at                   DATETIME(6)   NULL,
    locked_by                   VARCHAR(254)  NULL,
    created_at                  DATETIME(6)   NOT NULL,
    updated_at                  DATETIME(6)   NOT NULL,
    version                     BIGINT        NOT NULL,
    CONSTRAINT uq_grant_rate_table_year UNIQUE (call_year)
);

CREATE TABLE grant_rate (
    id             BIGINT       AUTO_INCREMENT PRIMARY KEY,
    table_id       BIGINT       NOT NULL,
    erasmus_group  VARCHAR(13)  NOT NULL,
    min_monthly    INT          NOT NULL,
    max_monthly    INT          NOT NULL,
    monthly_rate   INT          NOT NULL,
    CONSTRAINT uq_grant_rate_group UNIQUE (table_id, erasmus_group),
    CONSTRAINT fk_grant_rate_table FOREIGN KEY (table_id) REFERENCES grant_rate_table (id)
);
