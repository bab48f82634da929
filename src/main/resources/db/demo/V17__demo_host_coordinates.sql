-- Demo hosts' cities get their coordinates (demo mode only; coordinators type them on a host's page),
-- so the demo's grants show the great-circle distance from the campus and, for international mobility
-- and students with fewer opportunities, the travel support of its band.
UPDATE host_organisation SET latitude = 30.427755, longitude = -9.598107 WHERE city_key = 'agadir';
UPDATE host_organisation SET latitude = 37.983810, longitude = 23.727539 WHERE city_key = 'athenes';
UPDATE host_organisation SET latitude = 41.385064, longitude = 2.173404 WHERE city_key = 'barcelona';
UPDATE host_organisation SET latitude = 52.520008, longitude = 13.404954 WHERE city_key = 'berlin';
UPDATE host_organisation SET latitude = 44.494887, longitude = 11.342616 WHERE city_key = 'bologna';
UPDATE host_organisation SET latitude = 50.850346, longitude = 4.351721 WHERE city_key = 'bruxelles';
UPDATE host_organisation SET latitude = 46.771210, longitude = 23.623635 WHERE city_key = 'clujnapoca';
UPDATE host_organisation SET latitude = 51.896892, longitude = -8.486316 WHERE city_key = 'cork';
UPDATE host_organisation SET latitude = 14.716677, longitude = -17.467686 WHERE city_key = 'dakar';
UPDATE host_organisation SET latitude = 53.349805, longitude = -6.260310 WHERE city_key = 'dublin';
UPDATE host_organisation SET latitude = 41.979401, longitude = 2.821426 WHERE city_key = 'girona';
UPDATE host_organisation SET latitude = 57.708870, longitude = 11.974560 WHERE city_key = 'goteborg';
UPDATE host_organisation SET latitude = 47.158455, longitude = 27.601442 WHERE city_key = 'iasi';
UPDATE host_organisation SET latitude = 50.937531, longitude = 6.960279 WHERE city_key = 'koln';
UPDATE host_organisation SET latitude = 50.064651, longitude = 19.944981 WHERE city_key = 'krakow';
UPDATE host_organisation SET latitude = 50.632557, longitude = 5.579666 WHERE city_key = 'liege';
UPDATE host_organisation SET latitude = 38.722252, longitude = -9.139337 WHERE city_key = 'lisboa';
UPDATE host_organisation SET latitude = 41.617592, longitude = 0.620015 WHERE city_key = 'lleida';
UPDATE host_organisation SET latitude = 55.604981, longitude = 13.003822 WHERE city_key = 'malmo';
UPDATE host_organisation SET latitude = 31.629472, longitude = -7.981084 WHERE city_key = 'marrakech';
UPDATE host_organisation SET latitude = 45.501689, longitude = -73.567256 WHERE city_key = 'montreal';
UPDATE host_organisation SET latitude = 50.467388, longitude = 4.871985 WHERE city_key = 'namur';
UPDATE host_organisation SET latitude = 40.851775, longitude = 14.268124 WHERE city_key = 'napoli';
UPDATE host_organisation SET latitude = 41.157944, longitude = -8.629105 WHERE city_key = 'porto';
UPDATE host_organisation SET latitude = 46.813878, longitude = -71.207981 WHERE city_key = 'quebec';
UPDATE host_organisation SET latitude = 51.924420, longitude = 4.477733 WHERE city_key = 'rotterdam';
UPDATE host_organisation SET latitude = 16.026340, longitude = -16.489620 WHERE city_key = 'saintlouis';
UPDATE host_organisation SET latitude = 34.740556, longitude = 10.760278 WHERE city_key = 'sfax';
UPDATE host_organisation SET latitude = 40.640063, longitude = 22.944419 WHERE city_key = 'thessalonique';
UPDATE host_organisation SET latitude = 45.070312, longitude = 7.686856 WHERE city_key = 'torino';
UPDATE host_organisation SET latitude = 36.806495, longitude = 10.181532 WHERE city_key = 'tunis';
UPDATE host_organisation SET latitude = 52.090737, longitude = 5.121420 WHERE city_key = 'utrecht';
UPDATE host_organisation SET latitude = 39.469907, longitude = -0.376288 WHERE city_key = 'valencia';

-- The demo's rate tables are loaded after the schema's migrations, so they get the travel support
-- bands here (the Programme Guide's amounts, as V27 gave every table that existed then).
INSERT INTO grant_travel_band (table_id, band, standard_amount, green_amount)
SELECT t.id, b.band, b.standard_amount, b.green_amount FROM grant_rate_table t CROSS JOIN (
    SELECT 'KM_10_99' AS band, 28 AS standard_amount, 56 AS green_amount
    UNION ALL SELECT 'KM_100_499', 211, 285
    UNION ALL SELECT 'KM_500_1999', 309, 417
    UNION ALL SELECT 'KM_2000_2999', 395, 535
    UNION ALL SELECT 'KM_3000_3999', 580, 785
    UNION ALL SELECT 'KM_4000_7999', 1188, 0
    UNION ALL SELECT 'KM_8000_PLUS', 1735, 0) b
WHERE NOT EXISTS (SELECT 1 FROM grant_travel_band x WHERE x.table_id = t.id);
