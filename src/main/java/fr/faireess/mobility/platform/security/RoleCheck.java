package fr.faireess.mobility.platform.security;

import fr.faireess.mobility.platform.audit.AuditLog.Actor;

/**
 * Reloads the person an {@link Actor} names and checks their roles (identity's
 * {@code AccountService} implements it): for platform services that receive an audit actor.
 */
public interface RoleCheck {

    /** The actor's account when it is enabled and holds one of the roles; otherwise {@link AccessDeniedException}. */
    RoleHolder requireRole(Actor actor, Role... anyOf);
}
