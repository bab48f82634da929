-- Administrators now correct reference data in the application: a country's Erasmus+ group and
-- EEA flag (when a new call year's Programme Guide moves a country), a programme's ISCED-F code and
-- diploma names. Both rows get a version for optimistic locking, so two administrators editing the
-- same row cannot silently overwrite each other. Academic years are only added, never edited.
ALTER TABLE country ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE programme ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
