package fr.faireess.mobility.identity;

/** What a password link's page may say before the person types anything: its status, and whose account. */
public record PasswordLinkCheck(PasswordLinkRule.Status status, PasswordLinkPurpose purpose, String email) {

    public static final PasswordLinkCheck UNKNOWN = new PasswordLinkCheck(PasswordLinkRule.Status.UNKNOWN, null, null);

    public boolean usable() {
        return status == PasswordLinkRule.Status.USABLE;
    }
}
