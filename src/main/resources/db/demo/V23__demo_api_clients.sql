-- API clients of the demo (demo mode only; issue #15). Their tokens are PUBLIC (README, tests):
-- they exist so that the demo and the HTTP tests can call the REST API at once. An installation that
-- loads the demo for a trial must revoke them (Administration -> Clients de l'API) before real use.
-- Only the SHA-256 of each token is stored, as for any client; the token is in the comment above its row.

-- mfe_demoAdminallxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
INSERT INTO api_client (name, token_hash, token_hint, account_id, campus_code, scopes, expires_at, created_at, created_by, revoked_at, revoked_by, last_used_at, use_count, version)
SELECT 'Démo — administration, tous droits', '0ffb5b95f5fe81c276a254716bce1c24c6ba162afe55ca5b96447517fb823555', 'mfe_demoAd…', a.id, NULL, 'calls:read applications:read placements:read hosts:read hosts:write module:read module:write testimonies:read students:write', '2099-12-31 00:00:00', '2026-11-16 09:00:00', 'sophie.martin@faire-ess.fr', NULL, NULL, NULL, 0, 0 FROM account a WHERE a.email = 'sophie.martin@faire-ess.fr';

-- mfe_demoAdminperpignanxxxxxxxxxxxxxxxxxxxxxxxxx
INSERT INTO api_client (name, token_hash, token_hint, account_id, campus_code, scopes, expires_at, created_at, created_by, revoked_at, revoked_by, last_used_at, use_count, version)
SELECT 'Démo — scolarité Perpignan (import)', 'c3dc39eb6fc1aae50e178462a32bb23450748deebb97190b50c94fa96c6938f7', 'mfe_demoAd…', a.id, 'PERPIGNAN', 'hosts:read students:write', '2099-12-31 00:00:00', '2026-11-16 09:00:00', 'sophie.martin@faire-ess.fr', NULL, NULL, NULL, 0, 0 FROM account a WHERE a.email = 'sophie.martin@faire-ess.fr';

-- mfe_demoCoordbothxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
INSERT INTO api_client (name, token_hash, token_hint, account_id, campus_code, scopes, expires_at, created_at, created_by, revoked_at, revoked_by, last_used_at, use_count, version)
SELECT 'Démo — pilotage (deux campus)', '658fc06c4c7e4c44426e1af5670365abeb3e8b9db5484e99b99a097863f89fb3', 'mfe_demoCo…', a.id, NULL, 'calls:read applications:read placements:read hosts:read hosts:write module:read testimonies:read', '2099-12-31 00:00:00', '2026-11-16 09:00:00', 'sophie.martin@faire-ess.fr', NULL, NULL, NULL, 0, 0 FROM account a WHERE a.email = 'nadia.benali@irts-perpignan.fr';

-- mfe_demoCoordperpignanxxxxxxxxxxxxxxxxxxxxxxxxx
INSERT INTO api_client (name, token_hash, token_hint, account_id, campus_code, scopes, expires_at, created_at, created_by, revoked_at, revoked_by, last_used_at, use_count, version)
SELECT 'Démo — pilotage Perpignan', '4fb6181cfa5f406feacaf27e35d9d94d80861d3097a44702e63df5a28a24f61c', 'mfe_demoCo…', a.id, 'PERPIGNAN', 'calls:read applications:read placements:read hosts:read module:read testimonies:read', '2099-12-31 00:00:00', '2026-11-16 09:00:00', 'sophie.martin@faire-ess.fr', NULL, NULL, NULL, 0, 0 FROM account a WHERE a.email = 'nadia.benali@irts-perpignan.fr';

-- mfe_demoCoordmontpellierxxxxxxxxxxxxxxxxxxxxxxx
INSERT INTO api_client (name, token_hash, token_hint, account_id, campus_code, scopes, expires_at, created_at, created_by, revoked_at, revoked_by, last_used_at, use_count, version)
SELECT 'Démo — pilotage Montpellier', '630f71f04bfdb39ee283a04a6ce9e3f3af6468944eca1f3afc9201d580efca51', 'mfe_demoCo…', a.id, NULL, 'calls:read applications:read placements:read hosts:read module:read testimonies:read', '2099-12-31 00:00:00', '2026-11-16 09:00:00', 'sophie.martin@faire-ess.fr', NULL, NULL, NULL, 0, 0 FROM account a WHERE a.email = 'julien.roux@irts-montpellier.fr';

-- mfe_demoTrainerxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
INSERT INTO api_client (name, token_hash, token_hint, account_id, campus_code, scopes, expires_at, created_at, created_by, revoked_at, revoked_by, last_used_at, use_count, version)
SELECT 'Démo — émargement Perpignan', '27d39832642c6aaf7608aae68cf9d7f7261d4d0245dc51fa744821a38ebf99a7', 'mfe_demoTr…', a.id, NULL, 'hosts:read module:read module:write', '2099-12-31 00:00:00', '2026-11-16 09:00:00', 'sophie.martin@faire-ess.fr', NULL, NULL, NULL, 0, 0 FROM account a WHERE a.email = 'marta.puig@irts-perpignan.fr';

-- mfe_demoWebsitexxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
INSERT INTO api_client (name, token_hash, token_hint, account_id, campus_code, scopes, expires_at, created_at, created_by, revoked_at, revoked_by, last_used_at, use_count, version)
SELECT 'Démo — site web (témoignages)', 'f97158fe4575639588b1a19145695c3499f7ad4328812171ce699ba9cb3866d6', 'mfe_demoWe…', a.id, NULL, 'testimonies:read', '2099-12-31 00:00:00', '2026-11-16 09:00:00', 'sophie.martin@faire-ess.fr', NULL, NULL, NULL, 0, 0 FROM account a WHERE a.email = 'nadia.benali@irts-perpignan.fr';

-- mfe_demoExpiredxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
INSERT INTO api_client (name, token_hash, token_hint, account_id, campus_code, scopes, expires_at, created_at, created_by, revoked_at, revoked_by, last_used_at, use_count, version)
SELECT 'Démo — client expiré', 'ed534906914a4f88c150f905fcb1c8d6a89fd1818f4e1d515be29c891d0090ba', 'mfe_demoEx…', a.id, NULL, 'calls:read applications:read placements:read hosts:read module:read testimonies:read', '2001-01-01 00:00:00', '2026-11-16 09:00:00', 'sophie.martin@faire-ess.fr', NULL, NULL, NULL, 0, 0 FROM account a WHERE a.email = 'nadia.benali@irts-perpignan.fr';

-- mfe_demoRevokedxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
INSERT INTO api_client (name, token_hash, token_hint, account_id, campus_code, scopes, expires_at, created_at, created_by, revoked_at, revoked_by, last_used_at, use_count, version)
SELECT 'Démo — client révoqué', 'ef2e6446ab073f374b56d094abb46a4aada92f6e4a1b73e7d2e3e4246b1d61d9', 'mfe_demoRe…', a.id, NULL, 'calls:read applications:read placements:read hosts:read module:read testimonies:read', '2099-12-31 00:00:00', '2026-11-16 09:00:00', 'sophie.martin@faire-ess.fr', '2026-11-20 10:00:00', 'sophie.martin@faire-ess.fr', NULL, 0, 0 FROM account a WHERE a.email = 'nadia.benali@irts-perpignan.fr';
-- mfe_demoRatelimitxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
INSERT INTO api_client (name, token_hash, token_hint, account_id, campus_code, scopes, expires_at, created_at, created_by, revoked_at, revoked_by, last_used_at, use_count, version)
SELECT 'Démo — test de la limite de débit', '836539702b0ffd209b4c11b0f8dd7a5e994b46939eb14c246607656aeefbae6f', 'mfe_demoRa…', a.id, NULL, 'testimonies:read', '2099-12-31 00:00:00', '2026-11-16 09:00:00', 'sophie.martin@faire-ess.fr', NULL, NULL, NULL, 0, 0 FROM account a WHERE a.email = 'nadia.benali@irts-perpignan.fr';
