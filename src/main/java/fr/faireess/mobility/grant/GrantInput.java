package fr.faireess.mobility.grant;

import java.time.LocalDate;
import java.util.Objects;

import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * What a grant is computed from: the period that counts (planned, certified or stopped), the
 * receiving country's group in the call year, whether the mobility is long-term (the BM's flag: the
 * 30-day-month count applies; otherwise calendar days), the fewer-opportunities flag of the
 * application, and what the coordinator recorded (green travel, funded travel days, days of
 * interruption, the one-way distance in km if known).
 */
public record GrantInput(LocalDate start, LocalDate end, ErasmusGroup group, boolean longTerm, boolean fewerOpportunities,
                         boolean greenTravel, int travelDays, int interruptionDays, Integer distanceKm) {

    public GrantInput {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        Objects.requireNonNull(group);
        if (travelDays < 0 || interruptionDays < 0 || (distanceKm != null && distanceKm < 0)) {
            throw new IllegalArgumentException("negative days or distance");
        }
    }

    /** A long-term mobility whose distance is not known. */
    public GrantInput(LocalDate start, LocalDate end, ErasmusGroup group, boolean fewerOpportunities, boolean greenTravel,
                      int travelDays, int interruptionDays) {
        this(start, end, group, true, fewerOpportunities, greenTravel, travelDays, interruptionDays, null);
    }
}
