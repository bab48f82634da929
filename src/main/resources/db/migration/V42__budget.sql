-- Budget per beneficiary and call year (issue #13 item 2, issue #12 item 4). A beneficiary holds a
-- KA131 grant: one school, or a consortium whose sending organisations are both campuses. Each call
-- year it has its grant agreement number and the award the National Agency granted (entered by an
-- administrator). Payments to students (pre-financing, balance, recoveries as negative amounts) are
-- recorded per placement.

CREATE TABLE beneficiary (
    id          BIGINT        AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(120)  NOT NULL,
    kind        VARCHAR(12)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT uq_beneficiary_name UNIQUE (name)
);

CREATE TABLE beneficiary_campus (
    beneficiary_id  BIGINT       NOT NULL,
    campus_code     VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_beneficiary_campus PRIMARY KEY (beneficiary_id, campus_code),
    CONSTRAINT fk_beneficiary_campus_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id),
    CONSTRAINT fk_beneficiary_campus_campus FOREIGN KEY (campus_code) REFERENCES campus (code)
);

CREATE TABLE budget (
    id                BIGINT         AUTO_INCREMENT PRIMARY KEY,
    beneficiary_id    BIGINT         NOT NULL,
    call_year         INT            NOT NULL,
    agreement_number  VARCHAR(40)    NULL,
    awarded           DECIMAL(12,2)  NOT NULL,
    created_at        DATETIME(6)    NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    version           BIGINT         NOT NULL,
    CONSTRAINT uq_budget_year UNIQUE (beneficiary_id, call_year),
    CONSTRAINT fk_budget_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES beneficiary (id)
);
CREATE INDEX ix_budget_call_year ON budget (call_year);

CREATE TABLE grant_payment (
    id            BIGINT         AUTO_INCREMENT PRIMARY KEY,
    placement_id  BIGINT         NOT NULL,
    kind          VARCHAR(14)    NOT NULL,
    paid_on       DATE           NOT NULL,
    amount        DECIMAL(12,2)  NOT NULL,
    note          VARCHAR(200)   NULL,
    recorded_by   VARCHAR(254)   NOT NULL,
    recorded_at   DATETIME(6)    NOT NULL,
    CONSTRAINT fk_grant_payment_placement FOREIGN KEY (placement_id) REFERENCES placement (id)
);
CREATE INDEX ix_grant_payment_placement ON grant_payment (placement_id);
CREATE INDEX ix_grant_payment_paid_on ON grant_payment (paid_on);
