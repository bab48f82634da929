-- One private calendar feed per account: the secret of its address is kept as a SHA-256 only.

CREATE TABLE calendar_feed (
    account_id  BIGINT       NOT NULL PRIMARY KEY,
    token_hash  CHAR(64)     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_account FOREIGN KEY (account_id) REFERENCES account (id)
);
