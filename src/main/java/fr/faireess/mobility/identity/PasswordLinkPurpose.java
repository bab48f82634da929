package fr.faireess.mobility.identity;

/**
 * Why a password link was sent: a person who forgot their password asked for it (short-lived), or
 * an administrator opened the account, or sent the link again (longer-lived: a new student may read
 * the welcome mail days later).
 */
public enum PasswordLinkPurpose {
    RESET,
    WELCOME
}
