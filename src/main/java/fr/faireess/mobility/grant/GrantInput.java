package fr.faireess.mobility.grant;

import java.time.LocalDate;
import java.util.Objects;

import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * What a grant is computed from: the period (planned, or the certificate's actual dates), the
 * receiving country's group, the fewer-opportunities flag of the application, and what the
 * coordinator recorded (green travel, funded travel days, days of interruption).
 */
public record GrantInput(LocalDate start, LocalDate end, ErasmusGroup group, boolean fewerOpportunities,
                         boolean greenTravel, int travelDays, int interruptionDays) {

    public GrantInput {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        Objects.requireNonNull(group);
        if (travelDays < 0 || interruptionDays < 0) {
            throw new IllegalArgumentException("negative days");
        }
    }
}
