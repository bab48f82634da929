-- Reference data every installation needs (not demo data).

INSERT INTO campus (code, name, city, erasmus_pic) VALUES
    ('PERPIGNAN', 'IRTS Perpignan', 'Perpignan', NULL),
    ('MONTPELLIER', 'IRTS Montpellier', 'Montpellier', NULL);

-- Three-year level-6 programmes (180 ECTS, "grade de licence"); ISCED-F 0923 = social work and counselling.
INSERT INTO programme (code, name_fr, name_en, diploma_fr, diploma_en, diploma_acronym, placement_hours, ects, isced_code, eqf_level) VALUES
    ('ASS', 'Assistant·e de service social', 'Social worker',
     'Diplôme d''État d''assistant de service social', 'State diploma in social work', 'DEASS', 1820, 180, '0923', 6),
    ('ES', 'Éducateur·rice spécialisé·e', 'Specialised educator',
     'Diplôme d''État d''éducateur spécialisé', 'State diploma in specialised education', 'DEES', 2100, 180, '0923', 6),
    ('EJE', 'Éducateur·rice de jeunes enfants', 'Early childhood educator',
     'Diplôme d''État d''éducateur de jeunes enfants', 'State diploma in early childhood education', 'DEEJE', 2100, 180, '0923', 6);

INSERT INTO study_year (year_number, label_fr, label_en) VALUES
    (1, '1re année', 'Year 1'),
    (2, '2e année', 'Year 2'),
    (3, '3e année', 'Year 3');

INSERT INTO academic_year (code, starts_on, ends_on) VALUES
    ('2024-2025', '2024-09-01', '2025-08-31'),
    ('2025-2026', '2025-09-01', '2026-08-31'),
    ('2026-2027', '2026-09-01', '2027-08-31'),
    ('2027-2028', '2027-09-01', '2028-08-31');
