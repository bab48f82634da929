/**
 * Who uses the application and what they may do: accounts (the e-mail is the login), roles
 * (student, coordinator, trainer, admin), password hashing with Jakarta Security's PBKDF2, form
 * login with a lock-out after repeated failures, and the account administration pages.
 */
package fr.faireess.mobility.identity;
