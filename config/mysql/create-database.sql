-- Mobilité FAIRE-ESS: database and user on an existing MySQL 8.x server.
--
-- Run once as an administrator, after replacing 'change-me' with a real
-- password (the same one as MOBILITY_DB_PASSWORD):
--   mysql -u root -p < config/mysql/create-database.sql
--
-- Only the empty database is created here: Flyway, inside the application,
-- creates and migrates the tables when the application starts.
--
-- With docker/compose.yaml this script is not needed: the mysql image
-- creates the database and the user from MYSQL_DATABASE / MYSQL_USER /
-- MYSQL_PASSWORD.

-- utf8mb4 stores every character (accents, other alphabets, emoji);
-- utf8mb4_unicode_ci sorts and compares case- and accent-insensitively.
CREATE DATABASE IF NOT EXISTS mobility
    CHARACTER SET utf8mb4
    COLLATE utf8mb4_unicode_ci;

-- '%' lets the application connect from another host or container; use
-- 'localhost' instead when it runs on the database server itself.
CREATE USER IF NOT EXISTS 'mobility'@'%' IDENTIFIED BY 'change-me';

-- All rights on this database only (Flyway needs CREATE, ALTER, INDEX,
-- REFERENCES... to migrate the schema); none on the rest of the server.
GRANT ALL PRIVILEGES ON mobility.* TO 'mobility'@'%';
