-- The demo calendar (demo mode only): how many days the demo's dates were moved when this database
-- loaded the demo (DemoCalendar: whole weeks from the week of 2026-11-23 to the day of the load), so
-- that later demo migrations and tests can move their own literal dates the same way. The row is
-- written by the application right after a first load; a database that loaded the demo before this
-- table existed has no row (its dates were not moved).
CREATE TABLE demo_calendar (
    loaded_on  DATE NOT NULL PRIMARY KEY,
    shift_days INT  NOT NULL
);
