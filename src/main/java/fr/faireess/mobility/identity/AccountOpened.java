package fr.faireess.mobility.identity;

import fr.faireess.mobility.platform.audit.AuditLog.Actor;

/**
 * Fired (synchronously, in the creating transaction) when an administrator opened an account without
 * a password: {@link PasswordLinkService} sends its welcome e-mail, so the account and its mail
 * commit or roll back together.
 */
public record AccountOpened(long accountId, Actor actor) {
}
