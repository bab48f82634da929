-- Consent periods: the last day every consent a testimony needs on the web is valid, kept by the
-- application at each consent change and publication. The public showcase shows a published
-- testimony only while this day has not passed (Europe/Paris), and a daily job unpublishes it.
ALTER TABLE testimony ADD COLUMN web_consent_until DATE NULL;
CREATE INDEX ix_testimony_consent_until ON testimony (status, web_consent_until);

-- Testimonies published before this column: the earliest end among their web consents still in
-- force (never later than the exact rule; the daily job, which also runs shortly after start-up,
-- recomputes it exactly once that day has passed).
UPDATE testimony SET web_consent_until = (
    SELECT MIN(c.valid_until) FROM testimony_consent c
    WHERE c.testimony_id = testimony.id AND c.medium_web = TRUE AND c.withdrawn_at IS NULL)
WHERE status = 'PUBLISHED';
