-- Demo host organisations (demo mode only): fictional structures, people, e-mails (example.org) and phone
-- numbers, across 15 countries. name_key / city_key follow HostDuplicateRule.key (no case, accents, spaces).

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Casal d''Infants del Raval', 'casaldinfantsdelraval', 'CHILD_PROTECTION', 'NON_PROFIT', 'SMALL', 'Carrer de l''Hospital 45', 'Barcelona', 'barcelona', 'ES', 'https://casal-raval.example.org', 'Accueille deux stagiaires ES par an ; tutrice francophone.', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'ca' FROM host_organisation WHERE name_key = 'casaldinfantsdelraval' AND city_key = 'barcelona';
INSERT INTO host_language (host_id, language_code) SELECT id, 'es' FROM host_organisation WHERE name_key = 'casaldinfantsdelraval' AND city_key = 'barcelona';
INSERT INTO host_theme (host_id, theme) SELECT id, 'protection de l''enfance' FROM host_organisation WHERE name_key = 'casaldinfantsdelraval' AND city_key = 'barcelona';
INSERT INTO host_theme (host_id, theme) SELECT id, 'insertion' FROM host_organisation WHERE name_key = 'casaldinfantsdelraval' AND city_key = 'barcelona';
INSERT INTO host_theme (host_id, theme) SELECT id, 'accompagnement des familles' FROM host_organisation WHERE name_key = 'casaldinfantsdelraval' AND city_key = 'barcelona';
INSERT INTO host_network (host_id, network) SELECT id, 'RETSASO' FROM host_organisation WHERE name_key = 'casaldinfantsdelraval' AND city_key = 'barcelona';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Montserrat Vila', 'Coordinatrice pédagogique', 'm.vila@casal-raval.example.org', '+34 934 000 101', TRUE, 0 FROM host_organisation WHERE name_key = 'casaldinfantsdelraval' AND city_key = 'barcelona';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Fundació Llars Solidàries', 'fundaciollarssolidaries', 'SOCIAL_SERVICES', 'NON_PROFIT', 'LARGE', 'Passeig de Sant Joan 112', 'Barcelona', 'barcelona', 'ES', 'https://llars-solidaries.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'ca' FROM host_organisation WHERE name_key = 'fundaciollarssolidaries' AND city_key = 'barcelona';
INSERT INTO host_language (host_id, language_code) SELECT id, 'es' FROM host_organisation WHERE name_key = 'fundaciollarssolidaries' AND city_key = 'barcelona';
INSERT INTO host_language (host_id, language_code) SELECT id, 'en' FROM host_organisation WHERE name_key = 'fundaciollarssolidaries' AND city_key = 'barcelona';
INSERT INTO host_theme (host_id, theme) SELECT id, 'sans-abrisme' FROM host_organisation WHERE name_key = 'fundaciollarssolidaries' AND city_key = 'barcelona';
INSERT INTO host_theme (host_id, theme) SELECT id, 'insertion' FROM host_organisation WHERE name_key = 'fundaciollarssolidaries' AND city_key = 'barcelona';
INSERT INTO host_theme (host_id, theme) SELECT id, 'logement' FROM host_organisation WHERE name_key = 'fundaciollarssolidaries' AND city_key = 'barcelona';
INSERT INTO host_network (host_id, network) SELECT id, 'RETSASO' FROM host_organisation WHERE name_key = 'fundaciollarssolidaries' AND city_key = 'barcelona';
INSERT INTO host_network (host_id, network) SELECT id, 'PROSPECTSASO' FROM host_organisation WHERE name_key = 'fundaciollarssolidaries' AND city_key = 'barcelona';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Jordi Serra Puig', 'Responsable des stages', 'j.serra@llars-solidaries.example.org', '+34 934 000 202', TRUE, 0 FROM host_organisation WHERE name_key = 'fundaciollarssolidaries' AND city_key = 'barcelona';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Laia Ferrer', 'Assistante de direction', 'l.ferrer@llars-solidaries.example.org', NULL, FALSE, 1 FROM host_organisation WHERE name_key = 'fundaciollarssolidaries' AND city_key = 'barcelona';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Escola Bressol Els Petits Estels', 'escolabressolelspetitsestels', 'EARLY_CHILDHOOD', 'PUBLIC', 'SMALL', 'Carrer de Verdi 18', 'Barcelona', 'barcelona', 'ES', 'https://petits-estels.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'ca' FROM host_organisation WHERE name_key = 'escolabressolelspetitsestels' AND city_key = 'barcelona';
INSERT INTO host_language (host_id, language_code) SELECT id, 'es' FROM host_organisation WHERE name_key = 'escolabressolelspetitsestels' AND city_key = 'barcelona';
INSERT INTO host_theme (host_id, theme) SELECT id, 'petite enfance' FROM host_organisation WHERE name_key = 'escolabressolelspetitsestels' AND city_key = 'barcelona';
INSERT INTO host_theme (host_id, theme) SELECT id, 'parentalité' FROM host_organisation WHERE name_key = 'escolabressolelspetitsestels' AND city_key = 'barcelona';
INSERT INTO host_network (host_id, network) SELECT id, 'RETSASO' FROM host_organisation WHERE name_key = 'escolabressolelspetitsestels' AND city_key = 'barcelona';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Núria Soler', 'Directrice', 'n.soler@petits-estels.example.org', '+34 934 000 303', TRUE, 0 FROM host_organisation WHERE name_key = 'escolabressolelspetitsestels' AND city_key = 'barcelona';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Centre Residencial d''Acció Educativa Montilivi', 'centreresidencialdaccioeducativamontilivi', 'CHILD_PROTECTION', 'PUBLIC', 'SMALL', 'Carrer de Montilivi 7', 'Girona', 'girona', 'ES', 'https://crae-montilivi.example.org', 'Convention-cadre signée avec l''IRTS Perpignan.', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'ca' FROM host_organisation WHERE name_key = 'centreresidencialdaccioeducativamontilivi' AND city_key = 'girona';
INSERT INTO host_language (host_id, language_code) SELECT id, 'es' FROM host_organisation WHERE name_key = 'centreresidencialdaccioeducativamontilivi' AND city_key = 'girona';
INSERT INTO host_theme (host_id, theme) SELECT id, 'protection de l''enfance' FROM host_organisation WHERE name_key = 'centreresidencialdaccioeducativamontilivi' AND city_key = 'girona';
INSERT INTO host_theme (host_id, theme) SELECT id, 'adolescence' FROM host_organisation WHERE name_key = 'centreresidencialdaccioeducativamontilivi' AND city_key = 'girona';
INSERT INTO host_network (host_id, network) SELECT id, 'RETSASO' FROM host_organisation WHERE name_key = 'centreresidencialdaccioeducativamontilivi' AND city_key = 'girona';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Pere Casals', 'Éducateur référent', 'p.casals@crae-montilivi.example.org', '+34 972 000 111', TRUE, 0 FROM host_organisation WHERE name_key = 'centreresidencialdaccioeducativamontilivi' AND city_key = 'girona';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Associació Dau Inclusiu', 'associaciodauinclusiu', 'DISABILITY', 'NON_PROFIT', 'SMALL', 'Avinguda de Sant Narcís 30', 'Girona', 'girona', 'ES', 'https://dau-inclusiu.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'ca' FROM host_organisation WHERE name_key = 'associaciodauinclusiu' AND city_key = 'girona';
INSERT INTO host_language (host_id, language_code) SELECT id, 'es' FROM host_organisation WHERE name_key = 'associaciodauinclusiu' AND city_key = 'girona';
INSERT INTO host_theme (host_id, theme) SELECT id, 'handicap' FROM host_organisation WHERE name_key = 'associaciodauinclusiu' AND city_key = 'girona';
INSERT INTO host_theme (host_id, theme) SELECT id, 'arts et culture' FROM host_organisation WHERE name_key = 'associaciodauinclusiu' AND city_key = 'girona';
INSERT INTO host_theme (host_id, theme) SELECT id, 'loisirs' FROM host_organisation WHERE name_key = 'associaciodauinclusiu' AND city_key = 'girona';
INSERT INTO host_network (host_id, network) SELECT id, 'RETSASO' FROM host_organisation WHERE name_key = 'associaciodauinclusiu' AND city_key = 'girona';
INSERT INTO host_network (host_id, network) SELECT id, 'CLAP_HANDS' FROM host_organisation WHERE name_key = 'associaciodauinclusiu' AND city_key = 'girona';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Marta Roig', 'Coordinatrice artistique', 'm.roig@dau-inclusiu.example.org', '+34 972 000 222', TRUE, 0 FROM host_organisation WHERE name_key = 'associaciodauinclusiu' AND city_key = 'girona';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Servei Comarcal d''Atenció a la Dependència del Segrià', 'serveicomarcaldatencioaladependenciadelsegria', 'SOCIAL_SERVICES', 'PUBLIC', 'LARGE', 'Carrer del Canyeret 12', 'Lleida', 'lleida', 'ES', 'https://segria-dependencia.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'ca' FROM host_organisation WHERE name_key = 'serveicomarcaldatencioaladependenciadelsegria' AND city_key = 'lleida';
INSERT INTO host_language (host_id, language_code) SELECT id, 'es' FROM host_organisation WHERE name_key = 'serveicomarcaldatencioaladependenciadelsegria' AND city_key = 'lleida';
INSERT INTO host_theme (host_id, theme) SELECT id, 'personnes âgées' FROM host_organisation WHERE name_key = 'serveicomarcaldatencioaladependenciadelsegria' AND city_key = 'lleida';
INSERT INTO host_theme (host_id, theme) SELECT id, 'handicap' FROM host_organisation WHERE name_key = 'serveicomarcaldatencioaladependenciadelsegria' AND city_key = 'lleida';
INSERT INTO host_theme (host_id, theme) SELECT id, 'services sociaux de proximité' FROM host_organisation WHERE name_key = 'serveicomarcaldatencioaladependenciadelsegria' AND city_key = 'lleida';
INSERT INTO host_network (host_id, network) SELECT id, 'RETSASO' FROM host_organisation WHERE name_key = 'serveicomarcaldatencioaladependenciadelsegria' AND city_key = 'lleida';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Albert Miró', 'Travailleur social', 'a.miro@segria-dependencia.example.org', '+34 973 000 111', TRUE, 0 FROM host_organisation WHERE name_key = 'serveicomarcaldatencioaladependenciadelsegria' AND city_key = 'lleida';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Fundació Jovent Lleida', 'fundaciojoventlleida', 'CHILD_PROTECTION', 'NON_PROFIT', 'SMALL', 'Carrer Major 64', 'Lleida', 'lleida', 'ES', 'https://jovent-lleida.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'ca' FROM host_organisation WHERE name_key = 'fundaciojoventlleida' AND city_key = 'lleida';
INSERT INTO host_language (host_id, language_code) SELECT id, 'es' FROM host_organisation WHERE name_key = 'fundaciojoventlleida' AND city_key = 'lleida';
INSERT INTO host_theme (host_id, theme) SELECT id, 'jeunes majeurs' FROM host_organisation WHERE name_key = 'fundaciojoventlleida' AND city_key = 'lleida';
INSERT INTO host_theme (host_id, theme) SELECT id, 'sortie de protection de l''enfance' FROM host_organisation WHERE name_key = 'fundaciojoventlleida' AND city_key = 'lleida';
INSERT INTO host_theme (host_id, theme) SELECT id, 'insertion' FROM host_organisation WHERE name_key = 'fundaciojoventlleida' AND city_key = 'lleida';
INSERT INTO host_network (host_id, network) SELECT id, 'RETSASO' FROM host_organisation WHERE name_key = 'fundaciojoventlleida' AND city_key = 'lleida';
INSERT INTO host_network (host_id, network) SELECT id, 'PHILIA_PLUS' FROM host_organisation WHERE name_key = 'fundaciojoventlleida' AND city_key = 'lleida';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Clara Bosch', 'Responsable jeunes majeurs', 'c.bosch@jovent-lleida.example.org', '+34 973 000 222', TRUE, 0 FROM host_organisation WHERE name_key = 'fundaciojoventlleida' AND city_key = 'lleida';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Asociación Aldea Infantil Valencia', 'asociacionaldeainfantilvalencia', 'CHILD_PROTECTION', 'NON_PROFIT', 'SMALL', 'Calle de Colón 20', 'Valencia', 'valencia', 'ES', 'https://aldea-valencia.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'es' FROM host_organisation WHERE name_key = 'asociacionaldeainfantilvalencia' AND city_key = 'valencia';
INSERT INTO host_theme (host_id, theme) SELECT id, 'protection de l''enfance' FROM host_organisation WHERE name_key = 'asociacionaldeainfantilvalencia' AND city_key = 'valencia';
INSERT INTO host_theme (host_id, theme) SELECT id, 'accueil familial' FROM host_organisation WHERE name_key = 'asociacionaldeainfantilvalencia' AND city_key = 'valencia';
INSERT INTO host_network (host_id, network) SELECT id, 'PHILIA_PLUS' FROM host_organisation WHERE name_key = 'asociacionaldeainfantilvalencia' AND city_key = 'valencia';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Lucía Martínez', 'Éducatrice', 'l.martinez@aldea-valencia.example.org', '+34 960 000 111', TRUE, 0 FROM host_organisation WHERE name_key = 'asociacionaldeainfantilvalencia' AND city_key = 'valencia';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Service d''aide à la jeunesse de Liège', 'servicedaidealajeunessedeliege', 'CHILD_PROTECTION', 'PUBLIC', 'SMALL', 'Rue de la Régence 40', 'Liège', 'liege', 'BE', 'https://saj-liege.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'fr' FROM host_organisation WHERE name_key = 'servicedaidealajeunessedeliege' AND city_key = 'liege';
INSERT INTO host_theme (host_id, theme) SELECT id, 'protection de l''enfance' FROM host_organisation WHERE name_key = 'servicedaidealajeunessedeliege' AND city_key = 'liege';
INSERT INTO host_theme (host_id, theme) SELECT id, 'médiation familiale' FROM host_organisation WHERE name_key = 'servicedaidealajeunessedeliege' AND city_key = 'liege';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Sophie Lambert', 'Déléguée', 's.lambert@saj-liege.example.org', '+32 4 000 11 11', TRUE, 0 FROM host_organisation WHERE name_key = 'servicedaidealajeunessedeliege' AND city_key = 'liege';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Crèche Les Lucioles', 'crecheleslucioles', 'EARLY_CHILDHOOD', 'NON_PROFIT', 'SMALL', 'Rue des Tanneurs 9', 'Bruxelles', 'bruxelles', 'BE', 'https://lucioles.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'fr' FROM host_organisation WHERE name_key = 'crecheleslucioles' AND city_key = 'bruxelles';
INSERT INTO host_language (host_id, language_code) SELECT id, 'nl' FROM host_organisation WHERE name_key = 'crecheleslucioles' AND city_key = 'bruxelles';
INSERT INTO host_theme (host_id, theme) SELECT id, 'petite enfance' FROM host_organisation WHERE name_key = 'crecheleslucioles' AND city_key = 'bruxelles';
INSERT INTO host_theme (host_id, theme) SELECT id, 'multilinguisme' FROM host_organisation WHERE name_key = 'crecheleslucioles' AND city_key = 'bruxelles';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Ilse Peeters', 'Directrice', 'i.peeters@lucioles.example.org', '+32 2 000 22 22', TRUE, 0 FROM host_organisation WHERE name_key = 'crecheleslucioles' AND city_key = 'bruxelles';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Centre de jour La Traversée', 'centredejourlatraversee', 'DISABILITY', 'NON_PROFIT', 'SMALL', 'Chaussée de Louvain 210', 'Namur', 'namur', 'BE', 'https://la-traversee.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'fr' FROM host_organisation WHERE name_key = 'centredejourlatraversee' AND city_key = 'namur';
INSERT INTO host_theme (host_id, theme) SELECT id, 'handicap' FROM host_organisation WHERE name_key = 'centredejourlatraversee' AND city_key = 'namur';
INSERT INTO host_theme (host_id, theme) SELECT id, 'arts et culture' FROM host_organisation WHERE name_key = 'centredejourlatraversee' AND city_key = 'namur';
INSERT INTO host_network (host_id, network) SELECT id, 'CLAP_HANDS' FROM host_organisation WHERE name_key = 'centredejourlatraversee' AND city_key = 'namur';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Marc Dubois', 'Éducateur spécialisé', 'm.dubois@la-traversee.example.org', '+32 81 000 333', TRUE, 0 FROM host_organisation WHERE name_key = 'centredejourlatraversee' AND city_key = 'namur';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Anne Hermans', 'Secrétariat', 'a.hermans@la-traversee.example.org', '+32 81 000 334', FALSE, 1 FROM host_organisation WHERE name_key = 'centredejourlatraversee' AND city_key = 'namur';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Cooperativa Sociale Il Girasole', 'cooperativasocialeilgirasole', 'DISABILITY', 'NON_PROFIT', 'SMALL', 'Via San Vitale 55', 'Bologna', 'bologna', 'IT', 'https://il-girasole.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'it' FROM host_organisation WHERE name_key = 'cooperativasocialeilgirasole' AND city_key = 'bologna';
INSERT INTO host_language (host_id, language_code) SELECT id, 'en' FROM host_organisation WHERE name_key = 'cooperativasocialeilgirasole' AND city_key = 'bologna';
INSERT INTO host_theme (host_id, theme) SELECT id, 'handicap' FROM host_organisation WHERE name_key = 'cooperativasocialeilgirasole' AND city_key = 'bologna';
INSERT INTO host_theme (host_id, theme) SELECT id, 'insertion professionnelle' FROM host_organisation WHERE name_key = 'cooperativasocialeilgirasole' AND city_key = 'bologna';
INSERT INTO host_network (host_id, network) SELECT id, 'CLAP_HANDS' FROM host_organisation WHERE name_key = 'cooperativasocialeilgirasole' AND city_key = 'bologna';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Giulia Bianchi', 'Coordinatrice', 'g.bianchi@il-girasole.example.org', '+39 051 000 111', TRUE, 0 FROM host_organisation WHERE name_key = 'cooperativasocialeilgirasole' AND city_key = 'bologna';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Comunità Educativa San Salvario', 'comunitaeducativasansalvario', 'CHILD_PROTECTION', 'NON_PROFIT', 'SMALL', 'Via Nizza 80', 'Torino', 'torino', 'IT', 'https://san-salvario.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'it' FROM host_organisation WHERE name_key = 'comunitaeducativasansalvario' AND city_key = 'torino';
INSERT INTO host_theme (host_id, theme) SELECT id, 'protection de l''enfance' FROM host_organisation WHERE name_key = 'comunitaeducativasansalvario' AND city_key = 'torino';
INSERT INTO host_theme (host_id, theme) SELECT id, 'mineurs non accompagnés' FROM host_organisation WHERE name_key = 'comunitaeducativasansalvario' AND city_key = 'torino';
INSERT INTO host_network (host_id, network) SELECT id, 'PHILIA_PLUS' FROM host_organisation WHERE name_key = 'comunitaeducativasansalvario' AND city_key = 'torino';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Marco Rossi', 'Éducateur', 'm.rossi@san-salvario.example.org', '+39 011 000 222', TRUE, 0 FROM host_organisation WHERE name_key = 'comunitaeducativasansalvario' AND city_key = 'torino';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Servizi Sociali del Comune di Napoli — Municipalità 2', 'servizisocialidelcomunedinapolimunicipalita2', 'SOCIAL_SERVICES', 'PUBLIC', 'LARGE', 'Piazza Dante 93', 'Napoli', 'napoli', 'IT', 'https://napoli-municipalita2.example.org', 'Plus de place en {{year:2026}} : partenariat suspendu.', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'it' FROM host_organisation WHERE name_key = 'servizisocialidelcomunedinapolimunicipalita2' AND city_key = 'napoli';
INSERT INTO host_theme (host_id, theme) SELECT id, 'services sociaux de proximité' FROM host_organisation WHERE name_key = 'servizisocialidelcomunedinapolimunicipalita2' AND city_key = 'napoli';
INSERT INTO host_theme (host_id, theme) SELECT id, 'pauvreté' FROM host_organisation WHERE name_key = 'servizisocialidelcomunedinapolimunicipalita2' AND city_key = 'napoli';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Francesca Esposito', 'Assistante sociale', 'f.esposito@napoli-municipalita2.example.org', NULL, TRUE, 0 FROM host_organisation WHERE name_key = 'servizisocialidelcomunedinapolimunicipalita2' AND city_key = 'napoli';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Associação Casa da Ribeira', 'associacaocasadaribeira', 'SOCIAL_SERVICES', 'NON_PROFIT', 'SMALL', 'Rua de São João 14', 'Porto', 'porto', 'PT', 'https://casa-ribeira.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'pt' FROM host_organisation WHERE name_key = 'associacaocasadaribeira' AND city_key = 'porto';
INSERT INTO host_language (host_id, language_code) SELECT id, 'en' FROM host_organisation WHERE name_key = 'associacaocasadaribeira' AND city_key = 'porto';
INSERT INTO host_theme (host_id, theme) SELECT id, 'sans-abrisme' FROM host_organisation WHERE name_key = 'associacaocasadaribeira' AND city_key = 'porto';
INSERT INTO host_theme (host_id, theme) SELECT id, 'santé mentale' FROM host_organisation WHERE name_key = 'associacaocasadaribeira' AND city_key = 'porto';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Ana Sousa', 'Psychologue, tutrice', 'a.sousa@casa-ribeira.example.org', '+351 22 000 1111', TRUE, 0 FROM host_organisation WHERE name_key = 'associacaocasadaribeira' AND city_key = 'porto';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Centro de Acolhimento Temporário Ajuda de Mãe', 'centrodeacolhimentotemporarioajudademae', 'CHILD_PROTECTION', 'NON_PROFIT', 'SMALL', 'Avenida da Liberdade 150', 'Lisboa', 'lisboa', 'PT', 'https://ajuda-mae.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'pt' FROM host_organisation WHERE name_key = 'centrodeacolhimentotemporarioajudademae' AND city_key = 'lisboa';
INSERT INTO host_theme (host_id, theme) SELECT id, 'protection de l''enfance' FROM host_organisation WHERE name_key = 'centrodeacolhimentotemporarioajudademae' AND city_key = 'lisboa';
INSERT INTO host_theme (host_id, theme) SELECT id, 'parentalité' FROM host_organisation WHERE name_key = 'centrodeacolhimentotemporarioajudademae' AND city_key = 'lisboa';
INSERT INTO host_network (host_id, network) SELECT id, 'PHILIA_PLUS' FROM host_organisation WHERE name_key = 'centrodeacolhimentotemporarioajudademae' AND city_key = 'lisboa';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Rita Fernandes', 'Directrice technique', 'r.fernandes@ajuda-mae.example.org', '+351 21 000 2222', TRUE, 0 FROM host_organisation WHERE name_key = 'centrodeacolhimentotemporarioajudademae' AND city_key = 'lisboa';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Jardim de Infância Os Pequenos Navegadores', 'jardimdeinfanciaospequenosnavegadores', 'EARLY_CHILDHOOD', 'PRIVATE', 'SMALL', 'Rua Augusta 88', 'Lisboa', 'lisboa', 'PT', 'https://pequenos-navegadores.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'pt' FROM host_organisation WHERE name_key = 'jardimdeinfanciaospequenosnavegadores' AND city_key = 'lisboa';
INSERT INTO host_theme (host_id, theme) SELECT id, 'petite enfance' FROM host_organisation WHERE name_key = 'jardimdeinfanciaospequenosnavegadores' AND city_key = 'lisboa';
INSERT INTO host_theme (host_id, theme) SELECT id, 'pédagogie par la nature' FROM host_organisation WHERE name_key = 'jardimdeinfanciaospequenosnavegadores' AND city_key = 'lisboa';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Inês Costa', 'Éducatrice de jeunes enfants', 'i.costa@pequenos-navegadores.example.org', NULL, TRUE, 0 FROM host_organisation WHERE name_key = 'jardimdeinfanciaospequenosnavegadores' AND city_key = 'lisboa';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Dublin Youth Housing Project', 'dublinyouthhousingproject', 'SOCIAL_SERVICES', 'NON_PROFIT', 'SMALL', '12 Gardiner Street', 'Dublin', 'dublin', 'IE', 'https://dublin-youth-housing.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'en' FROM host_organisation WHERE name_key = 'dublinyouthhousingproject' AND city_key = 'dublin';
INSERT INTO host_language (host_id, language_code) SELECT id, 'ga' FROM host_organisation WHERE name_key = 'dublinyouthhousingproject' AND city_key = 'dublin';
INSERT INTO host_theme (host_id, theme) SELECT id, 'jeunes majeurs' FROM host_organisation WHERE name_key = 'dublinyouthhousingproject' AND city_key = 'dublin';
INSERT INTO host_theme (host_id, theme) SELECT id, 'logement' FROM host_organisation WHERE name_key = 'dublinyouthhousingproject' AND city_key = 'dublin';
INSERT INTO host_theme (host_id, theme) SELECT id, 'sortie de protection de l''enfance' FROM host_organisation WHERE name_key = 'dublinyouthhousingproject' AND city_key = 'dublin';
INSERT INTO host_network (host_id, network) SELECT id, 'PHILIA_PLUS' FROM host_organisation WHERE name_key = 'dublinyouthhousingproject' AND city_key = 'dublin';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Siobhan Murphy', 'Project leader', 's.murphy@dublin-youth-housing.example.org', '+353 1 000 1111', TRUE, 0 FROM host_organisation WHERE name_key = 'dublinyouthhousingproject' AND city_key = 'dublin';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Cork Family Resource Centre', 'corkfamilyresourcecentre', 'SOCIAL_SERVICES', 'NON_PROFIT', 'SMALL', '4 Shandon Street', 'Cork', 'cork', 'IE', 'https://cork-family.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'en' FROM host_organisation WHERE name_key = 'corkfamilyresourcecentre' AND city_key = 'cork';
INSERT INTO host_theme (host_id, theme) SELECT id, 'accompagnement des familles' FROM host_organisation WHERE name_key = 'corkfamilyresourcecentre' AND city_key = 'cork';
INSERT INTO host_theme (host_id, theme) SELECT id, 'parentalité' FROM host_organisation WHERE name_key = 'corkfamilyresourcecentre' AND city_key = 'cork';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Patrick O''Brien', 'Family support worker', 'p.obrien@cork-family.example.org', '+353 21 000 2222', TRUE, 0 FROM host_organisation WHERE name_key = 'corkfamilyresourcecentre' AND city_key = 'cork';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Asociația Copiii Speranței', 'asociatiacopiiisperantei', 'CHILD_PROTECTION', 'NON_PROFIT', 'SMALL', 'Strada Memorandumului 21', 'Cluj-Napoca', 'clujnapoca', 'RO', 'https://copiii-sperantei.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'ro' FROM host_organisation WHERE name_key = 'asociatiacopiiisperantei' AND city_key = 'clujnapoca';
INSERT INTO host_language (host_id, language_code) SELECT id, 'en' FROM host_organisation WHERE name_key = 'asociatiacopiiisperantei' AND city_key = 'clujnapoca';
INSERT INTO host_theme (host_id, theme) SELECT id, 'protection de l''enfance' FROM host_organisation WHERE name_key = 'asociatiacopiiisperantei' AND city_key = 'clujnapoca';
INSERT INTO host_theme (host_id, theme) SELECT id, 'roms et gens du voyage' FROM host_organisation WHERE name_key = 'asociatiacopiiisperantei' AND city_key = 'clujnapoca';
INSERT INTO host_network (host_id, network) SELECT id, 'PHILIA_PLUS' FROM host_organisation WHERE name_key = 'asociatiacopiiisperantei' AND city_key = 'clujnapoca';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Ioana Popescu', 'Assistante sociale', 'i.popescu@copiii-sperantei.example.org', '+40 264 000 111', TRUE, 0 FROM host_organisation WHERE name_key = 'asociatiacopiiisperantei' AND city_key = 'clujnapoca';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Centrul de Zi Lumina', 'centruldezilumina', 'DISABILITY', 'PUBLIC', 'SMALL', 'Bulevardul Carol I 8', 'Iași', 'iasi', 'RO', 'https://centrul-lumina.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'ro' FROM host_organisation WHERE name_key = 'centruldezilumina' AND city_key = 'iasi';
INSERT INTO host_theme (host_id, theme) SELECT id, 'handicap' FROM host_organisation WHERE name_key = 'centruldezilumina' AND city_key = 'iasi';
INSERT INTO host_theme (host_id, theme) SELECT id, 'arts et culture' FROM host_organisation WHERE name_key = 'centruldezilumina' AND city_key = 'iasi';
INSERT INTO host_network (host_id, network) SELECT id, 'CLAP_HANDS' FROM host_organisation WHERE name_key = 'centruldezilumina' AND city_key = 'iasi';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Andrei Ionescu', 'Ergothérapeute', 'a.ionescu@centrul-lumina.example.org', NULL, TRUE, 0 FROM host_organisation WHERE name_key = 'centruldezilumina' AND city_key = 'iasi';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Association Amal pour l''enfance', 'associationamalpourlenfance', 'CHILD_PROTECTION', 'NON_PROFIT', 'SMALL', 'Avenue Hassan II 120', 'Agadir', 'agadir', 'MA', 'https://amal-enfance.example.org', 'Membre fondateur de la plateforme d''accueil des stagiaires.', TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'ar' FROM host_organisation WHERE name_key = 'associationamalpourlenfance' AND city_key = 'agadir';
INSERT INTO host_language (host_id, language_code) SELECT id, 'fr' FROM host_organisation WHERE name_key = 'associationamalpourlenfance' AND city_key = 'agadir';
INSERT INTO host_theme (host_id, theme) SELECT id, 'protection de l''enfance' FROM host_organisation WHERE name_key = 'associationamalpourlenfance' AND city_key = 'agadir';
INSERT INTO host_theme (host_id, theme) SELECT id, 'enfants en situation de rue' FROM host_organisation WHERE name_key = 'associationamalpourlenfance' AND city_key = 'agadir';
INSERT INTO host_network (host_id, network) SELECT id, 'AGADIR_PLATFORM' FROM host_organisation WHERE name_key = 'associationamalpourlenfance' AND city_key = 'agadir';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Fatima Zahra Idrissi', 'Directrice', 'f.idrissi@amal-enfance.example.org', '+212 528 000 111', TRUE, 0 FROM host_organisation WHERE name_key = 'associationamalpourlenfance' AND city_key = 'agadir';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Youssef Amrani', 'Éducateur', 'y.amrani@amal-enfance.example.org', '+212 528 000 112', FALSE, 1 FROM host_organisation WHERE name_key = 'associationamalpourlenfance' AND city_key = 'agadir';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Centre de sauvegarde de l''enfance d''Agadir', 'centredesauvegardedelenfancedagadir', 'CHILD_PROTECTION', 'PUBLIC', 'SMALL', 'Quartier Talborjt', 'Agadir', 'agadir', 'MA', 'https://sauvegarde-agadir.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'ar' FROM host_organisation WHERE name_key = 'centredesauvegardedelenfancedagadir' AND city_key = 'agadir';
INSERT INTO host_language (host_id, language_code) SELECT id, 'fr' FROM host_organisation WHERE name_key = 'centredesauvegardedelenfancedagadir' AND city_key = 'agadir';
INSERT INTO host_theme (host_id, theme) SELECT id, 'protection de l''enfance' FROM host_organisation WHERE name_key = 'centredesauvegardedelenfancedagadir' AND city_key = 'agadir';
INSERT INTO host_theme (host_id, theme) SELECT id, 'justice des mineurs' FROM host_organisation WHERE name_key = 'centredesauvegardedelenfancedagadir' AND city_key = 'agadir';
INSERT INTO host_network (host_id, network) SELECT id, 'AGADIR_PLATFORM' FROM host_organisation WHERE name_key = 'centredesauvegardedelenfancedagadir' AND city_key = 'agadir';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Rachid Benjelloun', 'Chef de service', 'r.benjelloun@sauvegarde-agadir.example.org', '+212 528 000 222', TRUE, 0 FROM host_organisation WHERE name_key = 'centredesauvegardedelenfancedagadir' AND city_key = 'agadir';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Maison des jeunes Souss', 'maisondesjeunessouss', 'SOCIAL_SERVICES', 'PUBLIC', 'SMALL', 'Rue du 29 Février', 'Agadir', 'agadir', 'MA', 'https://mj-souss.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'ar' FROM host_organisation WHERE name_key = 'maisondesjeunessouss' AND city_key = 'agadir';
INSERT INTO host_language (host_id, language_code) SELECT id, 'fr' FROM host_organisation WHERE name_key = 'maisondesjeunessouss' AND city_key = 'agadir';
INSERT INTO host_theme (host_id, theme) SELECT id, 'animation socioculturelle' FROM host_organisation WHERE name_key = 'maisondesjeunessouss' AND city_key = 'agadir';
INSERT INTO host_theme (host_id, theme) SELECT id, 'jeunesse' FROM host_organisation WHERE name_key = 'maisondesjeunessouss' AND city_key = 'agadir';
INSERT INTO host_network (host_id, network) SELECT id, 'AGADIR_PLATFORM' FROM host_organisation WHERE name_key = 'maisondesjeunessouss' AND city_key = 'agadir';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Khadija Ouali', 'Animatrice', 'k.ouali@mj-souss.example.org', NULL, TRUE, 0 FROM host_organisation WHERE name_key = 'maisondesjeunessouss' AND city_key = 'agadir';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Association Tifawine handicap et inclusion', 'associationtifawinehandicapetinclusion', 'DISABILITY', 'NON_PROFIT', 'SMALL', 'Hay Dakhla', 'Agadir', 'agadir', 'MA', 'https://tifawine.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'ar' FROM host_organisation WHERE name_key = 'associationtifawinehandicapetinclusion' AND city_key = 'agadir';
INSERT INTO host_language (host_id, language_code) SELECT id, 'fr' FROM host_organisation WHERE name_key = 'associationtifawinehandicapetinclusion' AND city_key = 'agadir';
INSERT INTO host_theme (host_id, theme) SELECT id, 'handicap' FROM host_organisation WHERE name_key = 'associationtifawinehandicapetinclusion' AND city_key = 'agadir';
INSERT INTO host_theme (host_id, theme) SELECT id, 'inclusion scolaire' FROM host_organisation WHERE name_key = 'associationtifawinehandicapetinclusion' AND city_key = 'agadir';
INSERT INTO host_network (host_id, network) SELECT id, 'AGADIR_PLATFORM' FROM host_organisation WHERE name_key = 'associationtifawinehandicapetinclusion' AND city_key = 'agadir';
INSERT INTO host_network (host_id, network) SELECT id, 'CLAP_HANDS' FROM host_organisation WHERE name_key = 'associationtifawinehandicapetinclusion' AND city_key = 'agadir';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Said Aït Lahcen', 'Coordinateur', 's.aitlahcen@tifawine.example.org', '+212 528 000 444', TRUE, 0 FROM host_organisation WHERE name_key = 'associationtifawinehandicapetinclusion' AND city_key = 'agadir';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Foyer Dar Al Atfal', 'foyerdaralatfal', 'CHILD_PROTECTION', 'NON_PROFIT', 'SMALL', 'Derb Dabachi', 'Marrakech', 'marrakech', 'MA', 'https://dar-al-atfal.example.org', 'Ne répond plus depuis {{year:2025}}.', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'ar' FROM host_organisation WHERE name_key = 'foyerdaralatfal' AND city_key = 'marrakech';
INSERT INTO host_language (host_id, language_code) SELECT id, 'fr' FROM host_organisation WHERE name_key = 'foyerdaralatfal' AND city_key = 'marrakech';
INSERT INTO host_theme (host_id, theme) SELECT id, 'protection de l''enfance' FROM host_organisation WHERE name_key = 'foyerdaralatfal' AND city_key = 'marrakech';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Nadia Alaoui', 'Directrice', 'n.alaoui@dar-al-atfal.example.org', '+212 524 000 555', TRUE, 0 FROM host_organisation WHERE name_key = 'foyerdaralatfal' AND city_key = 'marrakech';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Kinder- und Jugendhilfe Kreuzberg', 'kinderundjugendhilfekreuzberg', 'CHILD_PROTECTION', 'NON_PROFIT', 'LARGE', 'Oranienstraße 60', 'Berlin', 'berlin', 'DE', 'https://kjh-kreuzberg.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'de' FROM host_organisation WHERE name_key = 'kinderundjugendhilfekreuzberg' AND city_key = 'berlin';
INSERT INTO host_language (host_id, language_code) SELECT id, 'en' FROM host_organisation WHERE name_key = 'kinderundjugendhilfekreuzberg' AND city_key = 'berlin';
INSERT INTO host_theme (host_id, theme) SELECT id, 'protection de l''enfance' FROM host_organisation WHERE name_key = 'kinderundjugendhilfekreuzberg' AND city_key = 'berlin';
INSERT INTO host_theme (host_id, theme) SELECT id, 'mineurs non accompagnés' FROM host_organisation WHERE name_key = 'kinderundjugendhilfekreuzberg' AND city_key = 'berlin';
INSERT INTO host_network (host_id, network) SELECT id, 'PHILIA_PLUS' FROM host_organisation WHERE name_key = 'kinderundjugendhilfekreuzberg' AND city_key = 'berlin';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Katrin Schulz', 'Sozialarbeiterin', 'k.schulz@kjh-kreuzberg.example.org', '+49 30 000 1111', TRUE, 0 FROM host_organisation WHERE name_key = 'kinderundjugendhilfekreuzberg' AND city_key = 'berlin';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Werkstätten am Rhein Köln', 'werkstattenamrheinkoln', 'DISABILITY', 'NON_PROFIT', 'LARGE', 'Venloer Straße 300', 'Köln', 'koln', 'DE', 'https://werkstaetten-rhein.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'de' FROM host_organisation WHERE name_key = 'werkstattenamrheinkoln' AND city_key = 'koln';
INSERT INTO host_theme (host_id, theme) SELECT id, 'handicap' FROM host_organisation WHERE name_key = 'werkstattenamrheinkoln' AND city_key = 'koln';
INSERT INTO host_theme (host_id, theme) SELECT id, 'insertion professionnelle' FROM host_organisation WHERE name_key = 'werkstattenamrheinkoln' AND city_key = 'koln';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Thomas Becker', 'Leiter Sozialdienst', 't.becker@werkstaetten-rhein.example.org', NULL, TRUE, 0 FROM host_organisation WHERE name_key = 'werkstattenamrheinkoln' AND city_key = 'koln';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Buurtteam Rotterdam-Zuid', 'buurtteamrotterdamzuid', 'SOCIAL_SERVICES', 'PUBLIC', 'SMALL', 'Beijerlandselaan 40', 'Rotterdam', 'rotterdam', 'NL', 'https://buurtteam-zuid.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'nl' FROM host_organisation WHERE name_key = 'buurtteamrotterdamzuid' AND city_key = 'rotterdam';
INSERT INTO host_language (host_id, language_code) SELECT id, 'en' FROM host_organisation WHERE name_key = 'buurtteamrotterdamzuid' AND city_key = 'rotterdam';
INSERT INTO host_theme (host_id, theme) SELECT id, 'services sociaux de proximité' FROM host_organisation WHERE name_key = 'buurtteamrotterdamzuid' AND city_key = 'rotterdam';
INSERT INTO host_theme (host_id, theme) SELECT id, 'pauvreté' FROM host_organisation WHERE name_key = 'buurtteamrotterdamzuid' AND city_key = 'rotterdam';
INSERT INTO host_theme (host_id, theme) SELECT id, 'migrations' FROM host_organisation WHERE name_key = 'buurtteamrotterdamzuid' AND city_key = 'rotterdam';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Sanne de Vries', 'Maatschappelijk werker', 's.devries@buurtteam-zuid.example.org', '+31 10 000 1111', TRUE, 0 FROM host_organisation WHERE name_key = 'buurtteamrotterdamzuid' AND city_key = 'rotterdam';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Kinderdagverblijf De Regenboog', 'kinderdagverblijfderegenboog', 'EARLY_CHILDHOOD', 'PRIVATE', 'SMALL', 'Oudegracht 150', 'Utrecht', 'utrecht', 'NL', 'https://de-regenboog.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'nl' FROM host_organisation WHERE name_key = 'kinderdagverblijfderegenboog' AND city_key = 'utrecht';
INSERT INTO host_theme (host_id, theme) SELECT id, 'petite enfance' FROM host_organisation WHERE name_key = 'kinderdagverblijfderegenboog' AND city_key = 'utrecht';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Eva Jansen', 'Pedagogisch medewerker', 'e.jansen@de-regenboog.example.org', NULL, TRUE, 0 FROM host_organisation WHERE name_key = 'kinderdagverblijfderegenboog' AND city_key = 'utrecht';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Malmö Stad Socialtjänst Centrum', 'malmostadsocialtjanstcentrum', 'SOCIAL_SERVICES', 'PUBLIC', 'LARGE', 'Södergatan 20', 'Malmö', 'malmo', 'SE', 'https://malmo-socialtjanst.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'sv' FROM host_organisation WHERE name_key = 'malmostadsocialtjanstcentrum' AND city_key = 'malmo';
INSERT INTO host_language (host_id, language_code) SELECT id, 'en' FROM host_organisation WHERE name_key = 'malmostadsocialtjanstcentrum' AND city_key = 'malmo';
INSERT INTO host_theme (host_id, theme) SELECT id, 'services sociaux de proximité' FROM host_organisation WHERE name_key = 'malmostadsocialtjanstcentrum' AND city_key = 'malmo';
INSERT INTO host_theme (host_id, theme) SELECT id, 'migrations' FROM host_organisation WHERE name_key = 'malmostadsocialtjanstcentrum' AND city_key = 'malmo';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Karin Lindqvist', 'Socionom', 'k.lindqvist@malmo-socialtjanst.example.org', '+46 40 000 111', TRUE, 0 FROM host_organisation WHERE name_key = 'malmostadsocialtjanstcentrum' AND city_key = 'malmo';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Föreningen Kulturverket Göteborg', 'foreningenkulturverketgoteborg', 'DISABILITY', 'NON_PROFIT', 'SMALL', 'Järntorget 4', 'Göteborg', 'goteborg', 'SE', 'https://kulturverket.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'sv' FROM host_organisation WHERE name_key = 'foreningenkulturverketgoteborg' AND city_key = 'goteborg';
INSERT INTO host_language (host_id, language_code) SELECT id, 'en' FROM host_organisation WHERE name_key = 'foreningenkulturverketgoteborg' AND city_key = 'goteborg';
INSERT INTO host_theme (host_id, theme) SELECT id, 'handicap' FROM host_organisation WHERE name_key = 'foreningenkulturverketgoteborg' AND city_key = 'goteborg';
INSERT INTO host_theme (host_id, theme) SELECT id, 'arts et culture' FROM host_organisation WHERE name_key = 'foreningenkulturverketgoteborg' AND city_key = 'goteborg';
INSERT INTO host_network (host_id, network) SELECT id, 'CLAP_HANDS' FROM host_organisation WHERE name_key = 'foreningenkulturverketgoteborg' AND city_key = 'goteborg';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Erik Nilsson', 'Projektledare', 'e.nilsson@kulturverket.example.org', NULL, TRUE, 0 FROM host_organisation WHERE name_key = 'foreningenkulturverketgoteborg' AND city_key = 'goteborg';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Fundacja Dom Nadziei', 'fundacjadomnadziei', 'CHILD_PROTECTION', 'NON_PROFIT', 'SMALL', 'ul. Długa 15', 'Kraków', 'krakow', 'PL', 'https://dom-nadziei.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'pl' FROM host_organisation WHERE name_key = 'fundacjadomnadziei' AND city_key = 'krakow';
INSERT INTO host_language (host_id, language_code) SELECT id, 'en' FROM host_organisation WHERE name_key = 'fundacjadomnadziei' AND city_key = 'krakow';
INSERT INTO host_theme (host_id, theme) SELECT id, 'protection de l''enfance' FROM host_organisation WHERE name_key = 'fundacjadomnadziei' AND city_key = 'krakow';
INSERT INTO host_theme (host_id, theme) SELECT id, 'accueil familial' FROM host_organisation WHERE name_key = 'fundacjadomnadziei' AND city_key = 'krakow';
INSERT INTO host_network (host_id, network) SELECT id, 'PHILIA_PLUS' FROM host_organisation WHERE name_key = 'fundacjadomnadziei' AND city_key = 'krakow';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Agnieszka Nowak', 'Pedagog', 'a.nowak@dom-nadziei.example.org', '+48 12 000 1111', TRUE, 0 FROM host_organisation WHERE name_key = 'fundacjadomnadziei' AND city_key = 'krakow';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Kentro Koinonikis Frontidas Thessalonikis', 'kentrokoinonikisfrontidasthessalonikis', 'SOCIAL_SERVICES', 'PUBLIC', 'SMALL', 'Odos Egnatia 100', 'Thessalonique', 'thessalonique', 'GR', 'https://kkf-thessaloniki.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'el' FROM host_organisation WHERE name_key = 'kentrokoinonikisfrontidasthessalonikis' AND city_key = 'thessalonique';
INSERT INTO host_language (host_id, language_code) SELECT id, 'en' FROM host_organisation WHERE name_key = 'kentrokoinonikisfrontidasthessalonikis' AND city_key = 'thessalonique';
INSERT INTO host_theme (host_id, theme) SELECT id, 'migrations' FROM host_organisation WHERE name_key = 'kentrokoinonikisfrontidasthessalonikis' AND city_key = 'thessalonique';
INSERT INTO host_theme (host_id, theme) SELECT id, 'accueil des réfugiés' FROM host_organisation WHERE name_key = 'kentrokoinonikisfrontidasthessalonikis' AND city_key = 'thessalonique';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Eleni Papadopoulou', 'Koinoniki leitourgos', 'e.papadopoulou@kkf-thessaloniki.example.org', NULL, TRUE, 0 FROM host_organisation WHERE name_key = 'kentrokoinonikisfrontidasthessalonikis' AND city_key = 'thessalonique';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('ONG Mikro Spiti Athènes', 'ongmikrospitiathenes', 'NGO', 'NON_PROFIT', 'SMALL', 'Odos Patision 50', 'Athènes', 'athenes', 'GR', 'https://mikro-spiti.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'el' FROM host_organisation WHERE name_key = 'ongmikrospitiathenes' AND city_key = 'athenes';
INSERT INTO host_language (host_id, language_code) SELECT id, 'en' FROM host_organisation WHERE name_key = 'ongmikrospitiathenes' AND city_key = 'athenes';
INSERT INTO host_theme (host_id, theme) SELECT id, 'sans-abrisme' FROM host_organisation WHERE name_key = 'ongmikrospitiathenes' AND city_key = 'athenes';
INSERT INTO host_theme (host_id, theme) SELECT id, 'santé mentale' FROM host_organisation WHERE name_key = 'ongmikrospitiathenes' AND city_key = 'athenes';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Nikos Georgiou', 'Coordinateur', 'n.georgiou@mikro-spiti.example.org', '+30 210 000 111', TRUE, 0 FROM host_organisation WHERE name_key = 'ongmikrospitiathenes' AND city_key = 'athenes';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Association tunisienne d''aide aux enfants', 'associationtunisiennedaideauxenfants', 'CHILD_PROTECTION', 'NON_PROFIT', 'SMALL', 'Avenue Habib Bourguiba 30', 'Tunis', 'tunis', 'TN', 'https://atae.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'ar' FROM host_organisation WHERE name_key = 'associationtunisiennedaideauxenfants' AND city_key = 'tunis';
INSERT INTO host_language (host_id, language_code) SELECT id, 'fr' FROM host_organisation WHERE name_key = 'associationtunisiennedaideauxenfants' AND city_key = 'tunis';
INSERT INTO host_theme (host_id, theme) SELECT id, 'protection de l''enfance' FROM host_organisation WHERE name_key = 'associationtunisiennedaideauxenfants' AND city_key = 'tunis';
INSERT INTO host_theme (host_id, theme) SELECT id, 'scolarisation' FROM host_organisation WHERE name_key = 'associationtunisiennedaideauxenfants' AND city_key = 'tunis';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Leïla Ben Salah', 'Directrice', 'l.bensalah@atae.example.org', '+216 71 000 111', TRUE, 0 FROM host_organisation WHERE name_key = 'associationtunisiennedaideauxenfants' AND city_key = 'tunis';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Centre de rééducation pour enfants handicapés de Sfax', 'centredereeducationpourenfantshandicapesdesfax', 'HEALTH', 'PUBLIC', 'SMALL', 'Route de Tunis km 3', 'Sfax', 'sfax', 'TN', 'https://creh-sfax.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'ar' FROM host_organisation WHERE name_key = 'centredereeducationpourenfantshandicapesdesfax' AND city_key = 'sfax';
INSERT INTO host_language (host_id, language_code) SELECT id, 'fr' FROM host_organisation WHERE name_key = 'centredereeducationpourenfantshandicapesdesfax' AND city_key = 'sfax';
INSERT INTO host_theme (host_id, theme) SELECT id, 'handicap' FROM host_organisation WHERE name_key = 'centredereeducationpourenfantshandicapesdesfax' AND city_key = 'sfax';
INSERT INTO host_theme (host_id, theme) SELECT id, 'santé' FROM host_organisation WHERE name_key = 'centredereeducationpourenfantshandicapesdesfax' AND city_key = 'sfax';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Mohamed Trabelsi', 'Kinésithérapeute', 'm.trabelsi@creh-sfax.example.org', NULL, TRUE, 0 FROM host_organisation WHERE name_key = 'centredereeducationpourenfantshandicapesdesfax' AND city_key = 'sfax';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Maison d''accueil Keur Xaleyi', 'maisondaccueilkeurxaleyi', 'CHILD_PROTECTION', 'NON_PROFIT', 'SMALL', 'Rue Carnot 12', 'Dakar', 'dakar', 'SN', 'https://keur-xaleyi.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'fr' FROM host_organisation WHERE name_key = 'maisondaccueilkeurxaleyi' AND city_key = 'dakar';
INSERT INTO host_language (host_id, language_code) SELECT id, 'wo' FROM host_organisation WHERE name_key = 'maisondaccueilkeurxaleyi' AND city_key = 'dakar';
INSERT INTO host_theme (host_id, theme) SELECT id, 'enfants en situation de rue' FROM host_organisation WHERE name_key = 'maisondaccueilkeurxaleyi' AND city_key = 'dakar';
INSERT INTO host_theme (host_id, theme) SELECT id, 'protection de l''enfance' FROM host_organisation WHERE name_key = 'maisondaccueilkeurxaleyi' AND city_key = 'dakar';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Aminata Diop', 'Éducatrice', 'a.diop@keur-xaleyi.example.org', '+221 33 000 1111', TRUE, 0 FROM host_organisation WHERE name_key = 'maisondaccueilkeurxaleyi' AND city_key = 'dakar';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Case des tout-petits de Saint-Louis', 'casedestoutpetitsdesaintlouis', 'EARLY_CHILDHOOD', 'PUBLIC', 'SMALL', 'Quartier Sor', 'Saint-Louis', 'saintlouis', 'SN', 'https://case-tout-petits.example.org', NULL, FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'fr' FROM host_organisation WHERE name_key = 'casedestoutpetitsdesaintlouis' AND city_key = 'saintlouis';
INSERT INTO host_language (host_id, language_code) SELECT id, 'wo' FROM host_organisation WHERE name_key = 'casedestoutpetitsdesaintlouis' AND city_key = 'saintlouis';
INSERT INTO host_theme (host_id, theme) SELECT id, 'petite enfance' FROM host_organisation WHERE name_key = 'casedestoutpetitsdesaintlouis' AND city_key = 'saintlouis';
INSERT INTO host_theme (host_id, theme) SELECT id, 'nutrition' FROM host_organisation WHERE name_key = 'casedestoutpetitsdesaintlouis' AND city_key = 'saintlouis';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Mamadou Ndiaye', 'Animateur', 'm.ndiaye@case-tout-petits.example.org', NULL, TRUE, 0 FROM host_organisation WHERE name_key = 'casedestoutpetitsdesaintlouis' AND city_key = 'saintlouis';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Centre jeunesse de Montréal — Foyer Ahuntsic', 'centrejeunessedemontrealfoyerahuntsic', 'CHILD_PROTECTION', 'PUBLIC', 'LARGE', '1001 boulevard de Maisonneuve Est', 'Montréal', 'montreal', 'CA', 'https://cj-montreal.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'fr' FROM host_organisation WHERE name_key = 'centrejeunessedemontrealfoyerahuntsic' AND city_key = 'montreal';
INSERT INTO host_language (host_id, language_code) SELECT id, 'en' FROM host_organisation WHERE name_key = 'centrejeunessedemontrealfoyerahuntsic' AND city_key = 'montreal';
INSERT INTO host_theme (host_id, theme) SELECT id, 'protection de l''enfance' FROM host_organisation WHERE name_key = 'centrejeunessedemontrealfoyerahuntsic' AND city_key = 'montreal';
INSERT INTO host_theme (host_id, theme) SELECT id, 'adolescence' FROM host_organisation WHERE name_key = 'centrejeunessedemontrealfoyerahuntsic' AND city_key = 'montreal';
INSERT INTO host_network (host_id, network) SELECT id, 'PHILIA_PLUS' FROM host_organisation WHERE name_key = 'centrejeunessedemontrealfoyerahuntsic' AND city_key = 'montreal';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Geneviève Tremblay', 'Intervenante', 'g.tremblay@cj-montreal.example.org', '+1 514 000 1111', TRUE, 0 FROM host_organisation WHERE name_key = 'centrejeunessedemontrealfoyerahuntsic' AND city_key = 'montreal';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('Maison de la famille de Québec', 'maisondelafamilledequebec', 'SOCIAL_SERVICES', 'NON_PROFIT', 'SMALL', '250 rue Saint-Vallier', 'Québec', 'quebec', 'CA', 'https://maison-famille-quebec.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'fr' FROM host_organisation WHERE name_key = 'maisondelafamilledequebec' AND city_key = 'quebec';
INSERT INTO host_theme (host_id, theme) SELECT id, 'accompagnement des familles' FROM host_organisation WHERE name_key = 'maisondelafamilledequebec' AND city_key = 'quebec';
INSERT INTO host_theme (host_id, theme) SELECT id, 'parentalité' FROM host_organisation WHERE name_key = 'maisondelafamilledequebec' AND city_key = 'quebec';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Julie Gagnon', 'Travailleuse sociale', 'j.gagnon@maison-famille-quebec.example.org', NULL, TRUE, 0 FROM host_organisation WHERE name_key = 'maisondelafamilledequebec' AND city_key = 'quebec';

INSERT INTO host_organisation (name, name_key, host_type, legal_status, size_class, address, city, city_key, country_code, website, notes, active, created_at, updated_at, version) VALUES
    ('École de la deuxième chance de Namur', 'ecoledeladeuxiemechancedenamur', 'SCHOOL', 'NON_PROFIT', 'SMALL', 'Rue de Fer 25', 'Namur', 'namur', 'BE', 'https://e2c-namur.example.org', NULL, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO host_language (host_id, language_code) SELECT id, 'fr' FROM host_organisation WHERE name_key = 'ecoledeladeuxiemechancedenamur' AND city_key = 'namur';
INSERT INTO host_theme (host_id, theme) SELECT id, 'insertion' FROM host_organisation WHERE name_key = 'ecoledeladeuxiemechancedenamur' AND city_key = 'namur';
INSERT INTO host_theme (host_id, theme) SELECT id, 'décrochage scolaire' FROM host_organisation WHERE name_key = 'ecoledeladeuxiemechancedenamur' AND city_key = 'namur';
INSERT INTO host_network (host_id, network) SELECT id, 'OTHER' FROM host_organisation WHERE name_key = 'ecoledeladeuxiemechancedenamur' AND city_key = 'namur';
INSERT INTO host_contact (host_id, full_name, job_title, email, phone, mentor, list_index) SELECT id, 'Luc Janssens', 'Formateur', 'l.janssens@e2c-namur.example.org', NULL, TRUE, 0 FROM host_organisation WHERE name_key = 'ecoledeladeuxiemechancedenamur' AND city_key = 'namur';
