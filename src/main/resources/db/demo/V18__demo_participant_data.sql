-- Participant data of the demo students for the EU documents (V30): date of birth, nationality,
-- gender. Birth dates are written for the demo's anchor week (19 to 22 years before 23 November 2026)
-- and move with the demo: a first load shifts them with every other date (DemoCalendar); a database
-- that loaded the demo earlier moves them here by the shift it recorded, so students keep their age.
-- Each student: birth date, nationality, gender.
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2006-09-12'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'adam.benhaddou@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2005-07-18'), nationality_code = 'ES', gender = 'MALE' WHERE email = 'adam.castell@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2007-01-02'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'anais.lopez@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2005-12-31'), nationality_code = 'FR', gender = 'UNDEFINED' WHERE email = 'camille.roussel@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2004-11-02'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'chloe.bernard@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2006-03-06'), nationality_code = 'ES', gender = 'FEMALE' WHERE email = 'clara.pujol@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2004-02-06'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'emma.fabre@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2006-02-20'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'emma.garcia@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2006-09-29'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'enzo.guerin@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2005-07-29'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'eva.durand@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2006-08-14'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'hugo.mercier@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2005-04-25'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'hugo.pons@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2004-01-18'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'ilyes.nicolas@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2004-11-07'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'ines.ferrer@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2006-07-04'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'jade.marty@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2006-02-05'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'jade.roig@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2004-12-12'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'lea.vidal@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2005-12-10'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'lena.faure@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2005-03-20'), nationality_code = 'MA', gender = 'FEMALE' WHERE email = 'lina.benkirane@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2004-05-14'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'lina.roche@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2005-02-26'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'louis.bonnet@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2004-06-15'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'louis.marty@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2006-12-01'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'lucas.moreau@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2005-12-05'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'maelys.vila@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2006-04-22'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'manon.fabre@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2004-07-11'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'manon.garcia@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2004-02-22'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'mathis.sanchez@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2004-05-18'), nationality_code = 'PT', gender = 'MALE' WHERE email = 'nathan.costa@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2006-11-22'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'nathan.martinez@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2005-04-16'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'noah.rey@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2004-07-19'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'rayan.ortiz@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2006-05-31'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'samuel.perez@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2006-07-11'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'sarah.blanc@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2004-09-01'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'sarah.elamrani@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2006-05-30'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'theo.mercier@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2004-10-17'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'theo.sanchez@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2005-10-16'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'tom.aitsaid@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2004-12-14'), nationality_code = 'FR', gender = 'MALE' WHERE email = 'yanis.serra@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2004-04-29'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'yasmine.haddad@etudiant.faire-ess.fr';
UPDATE account SET birth_date = TIMESTAMPADD(DAY, COALESCE((SELECT MAX(shift_days) FROM demo_calendar), 0), DATE '2004-12-30'), nationality_code = 'FR', gender = 'FEMALE' WHERE email = 'zoe.gimenez@etudiant.faire-ess.fr';

-- The sending institutions' details the Learning Agreement's header prints (demo values).
UPDATE campus SET erasmus_code = 'F  PERPIGN09', department = 'Formations en travail social — relations internationales', address = '1 rue Pierre Ronsard, 66000', phone = '+33 4 68 00 00 00' WHERE code = 'PERPIGNAN';
UPDATE campus SET erasmus_code = 'F  MONTPEL59', department = 'Formations en travail social — relations internationales', address = '1011 rue du Pont de Lavérune, 34070', phone = '+33 4 67 00 00 00' WHERE code = 'MONTPELLIER';

-- The new fields of the agreements (V31), as the school fills them in: a grade on the certificate and
-- the report, the school's accident (both covers) and liability insurance; the host's accident cover
-- where it insures the trainee.
UPDATE learning_agreement SET grade_certificate = TRUE, grade_report = TRUE, sending_accident = TRUE, sending_accident_travel = TRUE, sending_accident_commute = TRUE, sending_liability = TRUE WHERE recognition = 'EMBEDDED';
UPDATE learning_agreement SET host_accident_travel = TRUE, host_accident_commute = TRUE WHERE accident_insurance = TRUE;
