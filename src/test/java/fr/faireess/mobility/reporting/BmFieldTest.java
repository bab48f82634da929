package fr.faireess.mobility.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The BM dictionary and its codes: names and aliases, EU country codes, yes/no words, dates. */
class BmFieldTest {

    @Test
    void countriesAreTheEusCodesGreeceElAndTheUnitedKingdomUk() {
        assertThat(BmCodes.country("GR")).isEqualTo("EL");
        assertThat(BmCodes.country("GB")).isEqualTo("UK");
        assertThat(BmCodes.country("es")).isEqualTo("ES");
        assertThat(BmCodes.country(null)).isNull();
        BmRow athens = BmRows.row(BmRows.to(3, "GR", "Athens"), true);
        assertThat(BmField.RECEIVING_COUNTRY.valueOf(athens)).isEqualTo("EL");
        assertThat(BmField.RECEIVING_COUNTRY.valueOf(BmRows.row(BmRows.to(4, "GB", "Leeds"), true))).isEqualTo("UK");
        assertThat(BmField.SENDING_COUNTRY.valueOf(athens)).isEqualTo("FR");
    }

    @Test
    void yesAndNoAreWrittenWithTheWordsOfTheTemplatesList() {
        assertThat(BmCodes.YesNo.YES_NO.of(true)).isEqualTo("Yes");
        assertThat(BmCodes.YesNo.YES_NO.of(false)).isEqualTo("No");
        assertThat(BmCodes.YesNo.ofList(List.of("YES", "NO"))).contains(BmCodes.YesNo.UPPER);
        assertThat(BmCodes.YesNo.ofList(List.of("Yes", "No"))).contains(BmCodes.YesNo.YES_NO);
        assertThat(BmCodes.YesNo.ofList(List.of("y", "n"))).contains(BmCodes.YesNo.Y_N);
        assertThat(BmCodes.YesNo.ofList(List.of("true", "false"))).contains(BmCodes.YesNo.TRUE_FALSE);
        assertThat(BmCodes.YesNo.ofList(List.of("HE-SMT", "HE-SMS"))).isEmpty();
        assertThat(BmCodes.YesNo.UPPER.of(true)).isEqualTo("YES");
    }

    @Test
    void datesAreDayMonthYearWithDashesUnlessTheTemplateShowsAnotherPattern() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(BmCodes.date(day, BmCodes.DEFAULT_DATE_PATTERN)).isEqualTo("02-03-2026");
        assertThat(BmCodes.datePattern("DD-MM-YYYY")).contains("dd-MM-yyyy");
        assertThat(BmCodes.datePattern(" dd/mm/yyyy *")).contains("dd/MM/yyyy");
        assertThat(BmCodes.datePattern("YYYY-MM-DD")).contains("yyyy-MM-dd");
        assertThat(BmCodes.datePattern("DICT")).isEmpty();
        assertThat(BmCodes.date(day, "dd/MM/yyyy")).isEqualTo("02/03/2026");
    }

    @Test
    void aHeaderNamesItsFieldWhateverTheCaseAccentsSpacesAndMandatoryMark() {
        assertThat(BmField.byHeader("Grant Agreement No.*")).contains(BmField.AGREEMENT_NUMBER);
        assertThat(BmField.byHeader("agreement-number")).contains(BmField.AGREEMENT_NUMBER);
        assertThat(BmField.byHeader("MOBILITY ACTIVITY ID")).contains(BmField.MOBILITY_ID);
        assertThat(BmField.byHeader("Funded duration including travel days (in days)")).contains(BmField.FUNDED_DAYS);
        assertThat(BmField.byHeader("Participant Nationality")).contains(BmField.NATIONALITY);
        assertThat(BmField.byHeader("Data type")).contains(BmField.DATA_TYPE);
        assertThat(BmField.byHeader("Country Group")).as("not a BM field").isEmpty();
        assertThat(BmField.byHeader("")).isEmpty();
        // Every name resolves to its own field (the class refuses to load if two fields share one).
        for (BmField field : BmField.values()) {
            field.names().forEach(name -> assertThat(BmField.byHeader(name)).as(name).contains(field));
        }
        assertThat(BmField.defaultHeader()).hasSize(BmField.values().length).startsWith("data-type", "agreement-number",
                "mobility-id", "activity-type", "long-term", "international");
    }

    @Test
    void aRowHoldsTheMobilityItsOrganisationsAndItsGrant() {
        BmRow emma = BmRows.row(BmRows.emma(), true);
        assertThat(BmField.DATA_TYPE.valueOf(emma)).isEqualTo("Mobility");
        assertThat(BmField.MOBILITY_ID.valueOf(emma)).isEqualTo("FE-2025-000007");
        assertThat(BmField.ACTIVITY_TYPE.valueOf(emma)).isEqualTo("HE-SMT");
        assertThat(BmField.AGREEMENT_NUMBER.valueOf(emma)).isEqualTo("2025-1-FR01-KA131-HED-000099001");
        assertThat(BmField.LONG_TERM.valueOf(emma)).isEqualTo(true);
        assertThat(BmField.INTERNATIONAL.valueOf(emma)).isEqualTo(false);
        assertThat(BmField.START_DATE.valueOf(emma)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(BmField.DURATION_CALCULATED.valueOf(emma)).isEqualTo(88);
        assertThat(BmField.TRAVEL_DAYS.valueOf(emma)).isEqualTo(2);
        assertThat(BmField.FUNDED_DAYS.valueOf(emma)).isEqualTo(90);
        assertThat(BmField.FUNDED_MONTHS.valueOf(emma)).isEqualTo(3);
        assertThat(BmField.FUNDED_EXTRA_DAYS.valueOf(emma)).isEqualTo(0);
        assertThat(BmField.GREEN_TRAVEL.valueOf(emma)).isEqualTo(true);
        assertThat(BmField.RECEIVING_PUBLIC_BODY.valueOf(emma)).isEqualTo(true);
        assertThat(BmField.RECEIVING_SMALL.valueOf(emma)).isEqualTo(true);
        assertThat(BmField.MONTHLY_GRANT.valueOf(emma)).isEqualTo(new BigDecimal("770.00"));
        assertThat(BmField.BASE_AMOUNT.valueOf(emma)).isEqualTo(new BigDecimal("2310.00"));
        assertThat(BmField.TRAINEESHIP_AMOUNT.valueOf(emma)).isEqualTo(new BigDecimal("450.00"));
        assertThat(BmField.GREEN_TRAVEL_AMOUNT.valueOf(emma)).isEqualTo(new BigDecimal("50.00"));
        assertThat(BmField.INDIVIDUAL_SUPPORT.valueOf(emma)).isEqualTo(new BigDecimal("2810.00"));
        assertThat(BmField.TRAVEL_SUPPORT.valueOf(emma)).isEqualTo(new BigDecimal("0.00"));
        assertThat(BmField.MOBILITY_GRANT.valueOf(emma)).isEqualTo(new BigDecimal("2810.00"));
        assertThat(BmField.WORKING_LANGUAGE.valueOf(emma)).isEqualTo("ES");
        assertThat(BmField.BIRTH_DATE.valueOf(emma)).as("not entered by the student").isNull();
        assertThat(BmField.BIRTH_DATE.isHeld()).isTrue();
        assertThat(BmField.RECEIVING_ID.isHeld()).isTrue();
        assertThat(BmField.RECEIVING_ID.valueOf(emma)).as("the host's OID not entered").isNull();

        ReportedMobility e = BmRows.emma();
        ReportedMobility entered = new ReportedMobility(e.placementId(), e.callYear(), e.firstName(), e.lastName(), e.email(),
                e.fewerOpportunities(), e.recentGraduate(), e.iscedCode(), e.eqfLevel(), e.sendingOrganisation(), e.sendingCity(),
                e.receivingName(), e.receivingStatus(), e.receivingSize(), e.receivingCountry(), e.receivingCity(), e.group(),
                e.start(), e.end(), e.certified(), e.greenTravel(), e.forceMajeure(), e.workingLanguage(),
                java.time.LocalDate.of(2005, 4, 12), "Female", "GR", "F PERPIGN05", "E10012345");
        BmRow row = BmRows.row(entered, true);
        assertThat(BmField.BIRTH_DATE.valueOf(row)).isEqualTo(java.time.LocalDate.of(2005, 4, 12));
        assertThat(BmField.GENDER.valueOf(row)).isEqualTo("Female");
        assertThat(BmField.NATIONALITY.valueOf(row)).as("Greece as the EU writes it").isEqualTo("EL");
        assertThat(BmField.SENDING_ID.valueOf(row)).isEqualTo("F PERPIGN05");
        assertThat(BmField.RECEIVING_ID.valueOf(row)).isEqualTo("E10012345");
    }

    @Test
    void withoutARateTableTheDaysAreThereAndTheAmountsEmpty() {
        BmRow emma = BmRows.row(BmRows.emma(), false);
        assertThat(BmField.FUNDED_DAYS.valueOf(emma)).isEqualTo(90);
        assertThat(BmField.AGREEMENT_NUMBER.valueOf(emma)).isNull();
        assertThat(Arrays.stream(BmField.values()).filter(f -> f.kind() == BmField.Kind.AMOUNT).map(f -> f.valueOf(emma)))
                .containsOnlyNulls();
    }

    @Test
    void theReportedValuesAreTheBeneficiaryModulesAndNothingElse() {
        // A new component here (a stop reason, a motivation…) could leave the application through a
        // field: it must be a BM field and must never be special-category data or free text.
        assertThat(Arrays.stream(ReportedMobility.class.getRecordComponents()).map(c -> c.getName()).toList())
                .containsExactly("placementId", "callYear", "firstName", "lastName", "email", "fewerOpportunities",
                        "recentGraduate", "iscedCode", "eqfLevel", "sendingOrganisation", "sendingCity", "receivingName",
                        "receivingStatus", "receivingSize", "receivingCountry", "receivingCity", "group", "start", "end",
                        "certified", "greenTravel", "forceMajeure", "workingLanguage", "birthDate", "gender", "nationality",
                        "sendingErasmusCode", "receivingOid");
    }
}
