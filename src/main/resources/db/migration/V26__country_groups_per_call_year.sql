-- Erasmus+ country groups per call year (a country can move: the United Kingdom, a partner country
-- until the 2026 call, rejoins the programme with the 2027 call). Seeded from the Programme Guide
-- (2021-2027, verify each call year) for calls 2021 to 2027; a later call year takes the latest
-- earlier year's groups until an administrator corrects one of its countries, which copies that
-- year's groups forward first (reference.CountryGroups). Administrators correct a year's group on
-- the country's page (audited).
--
-- First the countries' own classification, which the seed copies:
-- Andorra, Monaco, San Marino and the Vatican take group 2 (with the traineeship top-up), not
-- international mobility; the outermost regions (Guadeloupe, French Guiana, Martinique, Réunion,
-- Mayotte, Saint-Martin) and Åland are EU territory: their member state's group, inside the EEA;
-- overseas countries and territories follow their member state's rules (its group), outside the EU.
UPDATE country SET erasmus_group = 'GROUP_2' WHERE code IN ('AD', 'MC', 'SM', 'VA');
UPDATE country SET erasmus_group = 'GROUP_2', eea = TRUE WHERE code IN ('GP', 'GF', 'MQ', 'RE', 'YT', 'MF');
UPDATE country SET erasmus_group = 'GROUP_1', eea = TRUE WHERE code = 'AX';
UPDATE country SET erasmus_group = 'GROUP_2' WHERE code IN ('PF', 'NC', 'PM', 'WF', 'BL', 'TF', 'AW', 'CW', 'SX', 'BQ');
UPDATE country SET erasmus_group = 'GROUP_1' WHERE code = 'GL';

CREATE TABLE country_group_year (
    call_year      INT           NOT NULL,
    country_code   VARCHAR(2)    NOT NULL,
    erasmus_group  VARCHAR(13)   NOT NULL,
    version        BIGINT        DEFAULT 0 NOT NULL,
    PRIMARY KEY (call_year, country_code),
    CONSTRAINT fk_country_group_year_country FOREIGN KEY (country_code) REFERENCES country (code)
);

INSERT INTO country_group_year (call_year, country_code, erasmus_group)
SELECT y.call_year, c.code, c.erasmus_group FROM country c CROSS JOIN (
    SELECT 2021 AS call_year UNION ALL SELECT 2022 UNION ALL SELECT 2023 UNION ALL SELECT 2024
    UNION ALL SELECT 2025 UNION ALL SELECT 2026 UNION ALL SELECT 2027) y;

-- The United Kingdom: a partner country (international mobility) until the 2026 call.
UPDATE country_group_year SET erasmus_group = 'INTERNATIONAL' WHERE country_code = 'GB' AND call_year < 2027;
