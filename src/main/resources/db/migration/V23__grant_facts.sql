-- What the coordinator records per placement for its grant and the Beneficiary Module: green
-- travel, the extra travel days funded for it, days of interruption. No row: none of them.

CREATE TABLE grant_facts (
    placement_id       BIGINT       NOT NULL PRIMARY KEY,
    green_travel       BOOLEAN      NOT NULL,
    travel_days        INT          NOT NULL,
    interruption_days  INT          NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT fk_grant_facts_placement FOREIGN KEY (placement_id) REFERENCES placement (id)
);
