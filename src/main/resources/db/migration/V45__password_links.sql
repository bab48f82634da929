-- Password links (self-service reset, welcome e-mail of a new account) and the request budgets that
-- throttle reset requests per address typed and per client address. Only the token's SHA-256 is kept.

CREATE TABLE password_link (
    id          BIGINT       AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6)  NULL,
    CONSTRAINT uq_password_link_token UNIQUE (token_hash),
    CONSTRAINT fk_password_link_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_password_link_account ON password_link (account_id, used_at);

CREATE TABLE request_budget (
    budget_key     VARCHAR(300) NOT NULL PRIMARY KEY,
    request_count  INT          NOT NULL,
    window_start   DATETIME(6)  NOT NULL
);
CREATE INDEX ix_request_budget_window ON request_budget (window_start);
