package fr.faireess.mobility.reporting;

import java.time.LocalDate;

import fr.faireess.mobility.grant.GrantCalculator;
import fr.faireess.mobility.grant.GrantInput;
import fr.faireess.mobility.grant.GrantRates;
import fr.faireess.mobility.host.HostSize;
import fr.faireess.mobility.host.LegalStatus;
import fr.faireess.mobility.reference.ErasmusGroup;

/** Rows of the BM file for the unit tests and the benchmark, with the grant the calculator gives. */
final class BmRows {

    static final GrantRates GROUP_2 = new GrantRates(770, 150, 250, 50);

    private BmRows() {
    }

    /** Emma Garcia's certified demo placement: 2 March → 29 May 2026, green travel with 2 funded days. */
    static ReportedMobility emma() {
        return new ReportedMobility(7, 2025, "Emma", "Garcia", "emma.garcia@etudiant.faire-ess.fr", false, false, "0923", 6,
                "IRTS Perpignan", "Perpignan", "Centre Residencial d'Acció Educativa Montilivi", LegalStatus.PUBLIC,
                HostSize.SMALL, "ES", "Girona", ErasmusGroup.GROUP_2, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 29),
                true, true, false, "es");
    }

    /** A mobility to {@code country}'s {@code city}, numbered {@code id}, otherwise like Emma's. */
    static ReportedMobility to(long id, String country, String city) {
        ReportedMobility e = emma();
        return new ReportedMobility(id, e.callYear(), "Léa", "Vidal-" + id, "lea" + id + "@etudiant.faire-ess.fr", true, false,
                e.iscedCode(), e.eqfLevel(), e.sendingOrganisation(), e.sendingCity(), "Host " + id, LegalStatus.NON_PROFIT,
                HostSize.LARGE, country, city, ErasmusGroup.GROUP_1, e.start(), e.end(), false, false, id % 2 == 0, "en");
    }

    static BmRow row(ReportedMobility m, boolean withAmounts) {
        return new BmRow(m, withAmounts ? "2025-1-FR01-KA131-HED-000099001" : null,
                GrantCalculator.compute(new GrantInput(m.start(), m.end(), m.group(), m.fewerOpportunities(), m.greenTravel(), 2, 0),
                        GROUP_2), withAmounts);
    }
}
