package fr.faireess.mobility.reporting;

import java.time.LocalDate;

import fr.faireess.mobility.host.HostSize;
import fr.faireess.mobility.host.LegalStatus;
import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * One mobility as the Beneficiary Module sees it, read from a placement: plain values, so that the
 * export rows can be built and tested without a database. {@code start}/{@code end} are the
 * certificate's actual dates when {@code certified}, the planned start to the interruption for an
 * interrupted placement without a certificate, else the planned ones ({@code Placement.reportedPeriod}).
 */
public record ReportedMobility(long placementId, int callYear, String firstName, String lastName, String email,
                               boolean fewerOpportunities, boolean recentGraduate, String iscedCode, int eqfLevel,
                               String sendingOrganisation, String sendingCity, String receivingName,
                               LegalStatus receivingStatus, HostSize receivingSize, String receivingCountry,
                               String receivingCity, ErasmusGroup group, LocalDate start, LocalDate end,
                               boolean certified, boolean greenTravel, int travelDays, int interruptionDays) {
}
