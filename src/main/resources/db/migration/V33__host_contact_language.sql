-- The language a host contact is written to in (issue #12): the mentor's e-mails and the pages of their
-- personal links use it. ISO 639-1 code (en, fr, es, ca, it, de, pt, nl); NULL is unknown, read as English.
ALTER TABLE host_contact ADD COLUMN language_code VARCHAR(2) NULL;
