-- Intercultural module: files attached to a session (PDF, images, office documents), stored in the
-- database like application documents. Runs unchanged on H2 (MODE=LEGACY) and MySQL 8 / MariaDB.

CREATE TABLE module_material (
    id             BIGINT       AUTO_INCREMENT PRIMARY KEY,
    session_id     BIGINT       NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    material_kind  VARCHAR(10)  NOT NULL,
    size_bytes     INT          NOT NULL,
    sha256         CHAR(64)     NOT NULL,
    content        LONGBLOB     NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    uploaded_by_id BIGINT       NOT NULL,
    CONSTRAINT fk_module_material_session FOREIGN KEY (session_id) REFERENCES module_session (id),
    CONSTRAINT fk_module_material_uploader FOREIGN KEY (uploaded_by_id) REFERENCES account (id)
);
CREATE INDEX ix_module_material_session ON module_material (session_id, uploaded_at);
