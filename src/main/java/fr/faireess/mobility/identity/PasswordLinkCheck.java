package fr.faireess.mobility.identity;

import java.io.Serializable;

/**
 * What a password link's page may say before the person types anything: its status, and whose
 * account. Serializable: the view-scoped page keeps it, and a session may move to another instance.
 */
public record PasswordLinkCheck(PasswordLinkRule.Status status, PasswordLinkPurpose purpose, String email)
        implements Serializable {

    public static final PasswordLinkCheck UNKNOWN = new PasswordLinkCheck(PasswordLinkRule.Status.UNKNOWN, null, null);

    public boolean usable() {
        return status == PasswordLinkRule.Status.USABLE;
    }
}
