package fr.faireess.mobility.reporting;

import java.time.LocalDate;

import fr.faireess.mobility.host.HostSize;
import fr.faireess.mobility.host.LegalStatus;
import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * One mobility as the Beneficiary Module sees it, read from a placement: plain values, so that the
 * export rows can be built and tested without a database. {@code start}/{@code end} are the period
 * that counts ({@code Placement.countedPeriod}: the certificate's dates when {@code certified}, the
 * planned start to the interruption for an interrupted placement without a certificate, else the
 * planned ones); its days and amounts come with the grant's breakdown. Countries are ISO codes
 * ({@link BmCodes#country} writes the BM's); {@code workingLanguage} an ISO 639-1 code; the sending
 * organisation is named by its campus's Erasmus code, the receiving one by its EU OID (either may be
 * null: not known yet).
 */
public record ReportedMobility(long placementId, int callYear, String firstName, String lastName, String email,
                               boolean fewerOpportunities, boolean recentGraduate, String iscedCode, int eqfLevel,
                               String sendingOrganisation, String sendingCity, String receivingName,
                               LegalStatus receivingStatus, HostSize receivingSize, String receivingCountry,
                               String receivingCity, ErasmusGroup group, LocalDate start, LocalDate end,
                               boolean certified, boolean greenTravel, boolean forceMajeure, String workingLanguage,
                               LocalDate birthDate, String gender, String nationality, String sendingErasmusCode,
                               String receivingOid) {

    /** The same mobility without the participant's EU data (birth date, gender, nationality) nor the organisations' codes. */
    public ReportedMobility(long placementId, int callYear, String firstName, String lastName, String email,
                            boolean fewerOpportunities, boolean recentGraduate, String iscedCode, int eqfLevel,
                            String sendingOrganisation, String sendingCity, String receivingName,
                            LegalStatus receivingStatus, HostSize receivingSize, String receivingCountry,
                            String receivingCity, ErasmusGroup group, LocalDate start, LocalDate end,
                            boolean certified, boolean greenTravel, boolean forceMajeure, String workingLanguage) {
        this(placementId, callYear, firstName, lastName, email, fewerOpportunities, recentGraduate, iscedCode, eqfLevel,
                sendingOrganisation, sendingCity, receivingName, receivingStatus, receivingSize, receivingCountry,
                receivingCity, group, start, end, certified, greenTravel, forceMajeure, workingLanguage, null, null, null, null,
                null);
    }
}
