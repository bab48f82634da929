-- API clients (issue #15 items 1-2): other systems of the school (student information system,
-- reporting tools) call the REST API under /api/v1 with a bearer token an administrator issued.
-- The token itself is shown once and never stored: only its SHA-256 (hex), unique, is kept, with
-- its first characters so that an administrator can tell tokens apart. A client acts as one
-- account (its roles and campus rules apply), optionally narrowed to one campus, with scopes
-- "feature:read" / "feature:write" separated by spaces.

CREATE TABLE api_client (
    id            BIGINT        AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(100)  NOT NULL,
    token_hash    CHAR(64)      NOT NULL,
    token_hint    VARCHAR(16)   NOT NULL,
    account_id    BIGINT        NOT NULL,
    campus_code   VARCHAR(20)   NULL,
    scopes        VARCHAR(500)  NOT NULL,
    expires_at    DATETIME(6)   NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    created_by    VARCHAR(254)  NOT NULL,
    revoked_at    DATETIME(6)   NULL,
    revoked_by    VARCHAR(254)  NULL,
    last_used_at  DATETIME(6)   NULL,
    use_count     BIGINT        NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT uq_api_client_token UNIQUE (token_hash),
    CONSTRAINT fk_api_client_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_api_client_campus FOREIGN KEY (campus_code) REFERENCES campus (code)
);
CREATE INDEX ix_api_client_account ON api_client (account_id);
