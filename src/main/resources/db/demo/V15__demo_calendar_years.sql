-- The demo calendar also records by how many academic years the demo's labels were moved (academic-year
-- codes, call years, the years and dates its texts quote: DemoCalendar, DemoTexts). A database that
-- loaded the demo before this column existed moved no label: 0.
ALTER TABLE demo_calendar ADD COLUMN shift_years INT DEFAULT 0 NOT NULL;
