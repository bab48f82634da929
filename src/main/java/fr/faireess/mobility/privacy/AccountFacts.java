package fr.faireess.mobility.privacy;

import java.time.LocalDate;
import java.util.Set;

import fr.faireess.mobility.platform.security.Role;

/**
 * What the retention rule needs to know about an account (days in Paris time).
 *
 * @param lastLogin the day of the last login, {@code null} if never
 * @param recordsLeft whether any row still refers to the account (application, placement,
 *        testimony, consent, module row, comment...): such an account is never deleted
 */
public record AccountFacts(Set<Role> roles, boolean enabled, LocalDate created, LocalDate lastLogin,
                           boolean recordsLeft) {

    public AccountFacts {
        roles = Set.copyOf(roles);
    }
}
