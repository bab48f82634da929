-- Every stored file (application documents, testimony files, session materials, placement scans)
-- is one embedded StoredFile with the same columns; placement scans had no hash. Rows stored
-- before keep a null hash (SHA-256 cannot be computed by the same SQL on H2 and MySQL); new scans
-- get theirs from the application.
ALTER TABLE placement_document ADD COLUMN sha256 VARCHAR(64);
