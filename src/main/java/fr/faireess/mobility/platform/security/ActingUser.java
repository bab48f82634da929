package fr.faireess.mobility.platform.security;

import fr.faireess.mobility.platform.audit.AuditLog.Actor;

/**
 * The logged-in person of this request, for the layers below {@code identity} (identity's
 * {@code CurrentUser} is the one bean implementing it). Features above identity inject
 * {@code CurrentUser} itself.
 */
public interface ActingUser {

    /** The logged-in account; pages behind a security constraint always have one. */
    RoleHolder get();

    /** The same person as the audit log names them. */
    Actor actor();
}
