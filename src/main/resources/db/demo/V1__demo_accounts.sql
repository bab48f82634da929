-- Demo accounts (demo mode only). Every demo password is: mobilite2026
-- The hash is PBKDF2-HMAC-SHA256 in Jakarta Security's Pbkdf2PasswordHash format.

INSERT INTO account (email, first_name, last_name, password_hash, campus_code, programme_code, study_year, enabled, preferred_locale, created_at, version) VALUES
    ('sophie.martin@faire-ess.fr', 'Sophie', 'Martin', 'PBKDF2WithHmacSHA256:120000:OzxRsZC/NEW9gjL5F5gSMQ==:mmlHXgSOQLnspU5RnajfpMpfwjNH5YwS9MHfOTW6Ftg=', NULL, NULL, NULL, TRUE, NULL, CURRENT_TIMESTAMP, 0),
    ('nadia.benali@irts-perpignan.fr', 'Nadia', 'Benali', 'PBKDF2WithHmacSHA256:120000:OzxRsZC/NEW9gjL5F5gSMQ==:mmlHXgSOQLnspU5RnajfpMpfwjNH5YwS9MHfOTW6Ftg=', 'PERPIGNAN', NULL, NULL, TRUE, NULL, CURRENT_TIMESTAMP, 0),
    ('julien.roux@irts-montpellier.fr', 'Julien', 'Roux', 'PBKDF2WithHmacSHA256:120000:OzxRsZC/NEW9gjL5F5gSMQ==:mmlHXgSOQLnspU5RnajfpMpfwjNH5YwS9MHfOTW6Ftg=', 'MONTPELLIER', NULL, NULL, TRUE, NULL, CURRENT_TIMESTAMP, 0),
    ('marta.puig@irts-perpignan.fr', 'Marta', 'Puig', 'PBKDF2WithHmacSHA256:120000:OzxRsZC/NEW9gjL5F5gSMQ==:mmlHXgSOQLnspU5RnajfpMpfwjNH5YwS9MHfOTW6Ftg=', 'PERPIGNAN', NULL, NULL, TRUE, NULL, CURRENT_TIMESTAMP, 0),
    ('olivier.garnier@irts-montpellier.fr', 'Olivier', 'Garnier', 'PBKDF2WithHmacSHA256:120000:OzxRsZC/NEW9gjL5F5gSMQ==:mmlHXgSOQLnspU5RnajfpMpfwjNH5YwS9MHfOTW6Ftg=', 'MONTPELLIER', NULL, NULL, TRUE, NULL, CURRENT_TIMESTAMP, 0),
    ('lea.vidal@etudiant.faire-ess.fr', 'Léa', 'Vidal', 'PBKDF2WithHmacSHA256:120000:OzxRsZC/NEW9gjL5F5gSMQ==:mmlHXgSOQLnspU5RnajfpMpfwjNH5YwS9MHfOTW6Ftg=', 'PERPIGNAN', 'ASS', 2, TRUE, NULL, CURRENT_TIMESTAMP, 0),
    ('hugo.pons@etudiant.faire-ess.fr', 'Hugo', 'Pons', 'PBKDF2WithHmacSHA256:120000:OzxRsZC/NEW9gjL5F5gSMQ==:mmlHXgSOQLnspU5RnajfpMpfwjNH5YwS9MHfOTW6Ftg=', 'PERPIGNAN', 'ES', 2, TRUE, NULL, CURRENT_TIMESTAMP, 0),
    ('ines.ferrer@etudiant.faire-ess.fr', 'Inès', 'Ferrer', 'PBKDF2WithHmacSHA256:120000:OzxRsZC/NEW9gjL5F5gSMQ==:mmlHXgSOQLnspU5RnajfpMpfwjNH5YwS9MHfOTW6Ftg=', 'PERPIGNAN', 'EJE', 1, TRUE, NULL, CURRENT_TIMESTAMP, 0),
    ('yasmine.haddad@etudiant.faire-ess.fr', 'Yasmine', 'Haddad', 'PBKDF2WithHmacSHA256:120000:OzxRsZC/NEW9gjL5F5gSMQ==:mmlHXgSOQLnspU5RnajfpMpfwjNH5YwS9MHfOTW6Ftg=', 'MONTPELLIER', 'ASS', 3, TRUE, NULL, CURRENT_TIMESTAMP, 0),
    ('lucas.moreau@etudiant.faire-ess.fr', 'Lucas', 'Moreau', 'PBKDF2WithHmacSHA256:120000:OzxRsZC/NEW9gjL5F5gSMQ==:mmlHXgSOQLnspU5RnajfpMpfwjNH5YwS9MHfOTW6Ftg=', 'MONTPELLIER', 'ES', 2, TRUE, NULL, CURRENT_TIMESTAMP, 0),
    ('chloe.bernard@etudiant.faire-ess.fr', 'Chloé', 'Bernard', 'PBKDF2WithHmacSHA256:120000:OzxRsZC/NEW9gjL5F5gSMQ==:mmlHXgSOQLnspU5RnajfpMpfwjNH5YwS9MHfOTW6Ftg=', 'MONTPELLIER', 'EJE', 1, TRUE, NULL, CURRENT_TIMESTAMP, 0);

INSERT INTO account_role (account_id, role) SELECT id, 'ADMIN' FROM account WHERE email = 'sophie.martin@faire-ess.fr';
INSERT INTO account_role (account_id, role) SELECT id, 'COORDINATOR' FROM account WHERE email = 'nadia.benali@irts-perpignan.fr';
INSERT INTO account_role (account_id, role) SELECT id, 'COORDINATOR' FROM account WHERE email = 'julien.roux@irts-montpellier.fr';
INSERT INTO account_role (account_id, role) SELECT id, 'TRAINER' FROM account WHERE email = 'marta.puig@irts-perpignan.fr';
INSERT INTO account_role (account_id, role) SELECT id, 'TRAINER' FROM account WHERE email = 'olivier.garnier@irts-montpellier.fr';
INSERT INTO account_role (account_id, role) SELECT id, 'STUDENT' FROM account WHERE email = 'lea.vidal@etudiant.faire-ess.fr';
INSERT INTO account_role (account_id, role) SELECT id, 'STUDENT' FROM account WHERE email = 'hugo.pons@etudiant.faire-ess.fr';
INSERT INTO account_role (account_id, role) SELECT id, 'STUDENT' FROM account WHERE email = 'ines.ferrer@etudiant.faire-ess.fr';
INSERT INTO account_role (account_id, role) SELECT id, 'STUDENT' FROM account WHERE email = 'yasmine.haddad@etudiant.faire-ess.fr';
INSERT INTO account_role (account_id, role) SELECT id, 'STUDENT' FROM account WHERE email = 'lucas.moreau@etudiant.faire-ess.fr';
INSERT INTO account_role (account_id, role) SELECT id, 'STUDENT' FROM account WHERE email = 'chloe.bernard@etudiant.faire-ess.fr';
