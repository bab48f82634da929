-- The Beneficiary Module's empty export for a call year, uploaded by an administrator and filled by
-- the BM download (one per call year, replaced by a new upload). Runs unchanged on H2 (MODE=LEGACY)
-- and MySQL 8 / MariaDB.

CREATE TABLE bm_template (
    call_year      INT          NOT NULL PRIMARY KEY,
    file_name      VARCHAR(255) NOT NULL,
    file_format    VARCHAR(4)   NOT NULL,
    size_bytes     INT          NOT NULL,
    content        LONGBLOB     NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    uploaded_by_id BIGINT       NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_bm_template_uploader FOREIGN KEY (uploaded_by_id) REFERENCES account (id)
);
