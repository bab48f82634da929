-- The demo's application files were inserted before their copy of the student's names existed
-- (V4, schema V60): fill it, as V60 does for files that were already there.
UPDATE mobility_application SET
    student_last_name = (SELECT s.last_name FROM account s WHERE s.id = mobility_application.student_id),
    student_first_name = (SELECT s.first_name FROM account s WHERE s.id = mobility_application.student_id)
WHERE student_last_name IS NULL;
