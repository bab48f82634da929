-- The review list's order by name (last name, first name, then id) read in an index of that very
-- order. The names belong to the student's account, another table: no index could give the files in
-- that order, so MariaDB sorted every listed file (Using temporary; Using filesort: 400 ms at 100,000
-- files). Each file now carries a copy of its student's names, written when the file is created and
-- rewritten when the account is renamed (StudentNameCopies); files inserted by SQL (the demo) are
-- filled by the same statement as below.
ALTER TABLE mobility_application ADD COLUMN student_last_name VARCHAR(80);
ALTER TABLE mobility_application ADD COLUMN student_first_name VARCHAR(80);
UPDATE mobility_application SET
    student_last_name = (SELECT s.last_name FROM account s WHERE s.id = mobility_application.student_id),
    student_first_name = (SELECT s.first_name FROM account s WHERE s.id = mobility_application.student_id);
CREATE INDEX ix_application_student_name ON mobility_application (student_last_name, student_first_name, id);
