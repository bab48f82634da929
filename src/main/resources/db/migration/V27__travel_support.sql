-- Travel support per call year: per distance band of the Programme Guide a standard and a green
-- amount (whole euros, once per mobility), part of the call year's rate table and edited with it
-- until the table is locked. Every existing table gets the seven bands with the amounts of the
-- 2021-2027 Programme Guide for long-term student mobility (verify against the call year's Guide;
-- bands from 4,000 km have no green amount). Campuses and host organisations get optional
-- coordinates (decimal degrees), from which the great-circle distance is computed when the
-- coordinator has not entered one.
CREATE TABLE grant_travel_band (
    id               BIGINT       AUTO_INCREMENT PRIMARY KEY,
    table_id         BIGINT       NOT NULL,
    band             VARCHAR(16)  NOT NULL,
    standard_amount  INT          NOT NULL,
    green_amount     INT          NOT NULL,
    CONSTRAINT uq_grant_travel_band UNIQUE (table_id, band),
    CONSTRAINT fk_grant_travel_band_table FOREIGN KEY (table_id) REFERENCES grant_rate_table (id)
);

INSERT INTO grant_travel_band (table_id, band, standard_amount, green_amount)
SELECT t.id, b.band, b.standard_amount, b.green_amount FROM grant_rate_table t CROSS JOIN (
    SELECT 'KM_10_99' AS band, 28 AS standard_amount, 56 AS green_amount
    UNION ALL SELECT 'KM_100_499', 211, 285
    UNION ALL SELECT 'KM_500_1999', 309, 417
    UNION ALL SELECT 'KM_2000_2999', 395, 535
    UNION ALL SELECT 'KM_3000_3999', 580, 785
    UNION ALL SELECT 'KM_4000_7999', 1188, 0
    UNION ALL SELECT 'KM_8000_PLUS', 1735, 0) b;

ALTER TABLE campus ADD COLUMN latitude DECIMAL(9,6) NULL;
ALTER TABLE campus ADD COLUMN longitude DECIMAL(9,6) NULL;
ALTER TABLE host_organisation ADD COLUMN latitude DECIMAL(9,6) NULL;
ALTER TABLE host_organisation ADD COLUMN longitude DECIMAL(9,6) NULL;

-- The two campuses' cities (reference data, not demo).
UPDATE campus SET latitude = 42.698611, longitude = 2.895556 WHERE city = 'Perpignan';
UPDATE campus SET latitude = 43.611944, longitude = 3.877222 WHERE city = 'Montpellier';
