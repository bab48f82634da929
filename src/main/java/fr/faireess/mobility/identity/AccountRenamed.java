package fr.faireess.mobility.identity;

/**
 * Fired (synchronously, in the renaming transaction, after the account's new names are flushed) when
 * an account's first or last name changed, for the copies other features keep of them.
 */
public record AccountRenamed(long accountId, String firstName, String lastName) {
}
