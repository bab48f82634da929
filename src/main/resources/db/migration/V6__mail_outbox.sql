-- The mail outbox: every e-mail the application sends is first a row here, written in the same
-- transaction as the change it announces, then sent by a background worker (platform.mail).
-- Without an SMTP server the rows are HELD and stay readable by administrators.

CREATE TABLE mail_outbox (
    id              BIGINT        AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(255)  NOT NULL,
    body            TEXT          NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    mail_state      VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    sent_at         DATETIME(6)   NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT ck_mail_outbox_state CHECK (mail_state IN ('QUEUED', 'SENT', 'FAILED', 'HELD'))
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (mail_state, next_attempt_at);
CREATE INDEX ix_mail_outbox_recipient ON mail_outbox (recipient);
CREATE INDEX ix_mail_outbox_created ON mail_outbox (created_at);
