-- Indexes the review list's plans asked for at 100,000 applications (ScaleBenchmark, EXPLAIN on
-- MariaDB 10.11; README, Benchmarks):
-- * "by score" (score descending, then first submitted, then id) sorted every listed file (filesort
--   of ~53,000 rows, 230 ms): an index in that very order lets the database read the first page in
--   order and stop after 25 rows;
-- * the count (status <> DRAFT, joined to the student) read the whole table: with the student in the
--   status index, the count reads the index only.
CREATE INDEX ix_application_score ON mobility_application (score DESC, submitted_at, id);
CREATE INDEX ix_application_status_student ON mobility_application (status, student_id);
