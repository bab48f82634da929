-- Demo host contacts' languages (issue #12), by where their organisation is: Spanish in Spain (Montserrat
-- Vila, noted as French-speaking, in French; Pere Casals in Catalan), French in Wallonia, Brussels, the
-- Maghreb, Senegal and Quebec, the country's language in Italy, Portugal, Germany and the Netherlands,
-- English in Ireland. Elsewhere (Greece, Poland, Romania, Sweden) the language stays unknown: English.
UPDATE host_contact SET language_code = 'es'
    WHERE host_id IN (SELECT id FROM host_organisation WHERE country_code = 'ES');
UPDATE host_contact SET language_code = 'fr'
    WHERE host_id IN (SELECT id FROM host_organisation WHERE country_code IN ('BE', 'MA', 'TN', 'SN', 'CA'));
UPDATE host_contact SET language_code = 'it'
    WHERE host_id IN (SELECT id FROM host_organisation WHERE country_code = 'IT');
UPDATE host_contact SET language_code = 'pt'
    WHERE host_id IN (SELECT id FROM host_organisation WHERE country_code = 'PT');
UPDATE host_contact SET language_code = 'de'
    WHERE host_id IN (SELECT id FROM host_organisation WHERE country_code = 'DE');
UPDATE host_contact SET language_code = 'nl'
    WHERE host_id IN (SELECT id FROM host_organisation WHERE country_code = 'NL');
UPDATE host_contact SET language_code = 'en'
    WHERE host_id IN (SELECT id FROM host_organisation WHERE country_code = 'IE');
UPDATE host_contact SET language_code = 'fr' WHERE email = 'm.vila@casal-raval.example.org';
UPDATE host_contact SET language_code = 'ca' WHERE email = 'p.casals@crae-montilivi.example.org';
