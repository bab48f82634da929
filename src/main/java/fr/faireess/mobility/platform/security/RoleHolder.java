package fr.faireess.mobility.platform.security;

import fr.faireess.mobility.platform.audit.AuditLog.Actor;

/**
 * Someone who may act, as the layers below {@code identity} see them (the account entity implements
 * it). Roles live below every feature so that the reference maintenance and the mail admin pages can
 * check them without importing the identity feature, which sits above them.
 */
public interface RoleHolder {

    Long getId();

    String getEmail();

    boolean isEnabled();

    boolean hasRole(Role role);

    /** This person as the audit log names them (the one place an account becomes an audit actor). */
    default Actor actor() {
        return new Actor(getId(), getEmail());
    }
}
