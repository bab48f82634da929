-- The administrator corrects a campus's sending-institution details (Erasmus code, department,
-- address, phone) on its own page: the row gets a version so that two concurrent saves are detected.
ALTER TABLE campus ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
