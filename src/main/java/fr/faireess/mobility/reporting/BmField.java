package fr.faireess.mobility.reporting;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fr.faireess.mobility.grant.GrantLine;
import fr.faireess.mobility.grant.GrantLineKind;
import fr.faireess.mobility.host.HostSize;
import fr.faireess.mobility.host.LegalStatus;
import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * The dictionary of the Beneficiary Module file: each field the application knows, its name in the
 * default layout (the field names of the EWP "BM mobility report", a public and stable reference),
 * the other names a BM template may give its column (the BM's own XLSX/CSV headers, which change
 * with BM releases: compared by {@link BmCodes#normalise}), the kind of value, and where the value
 * comes from. A template column whose header is none of these is left empty and listed on the
 * report page.
 *
 * <p>Values are raw: {@link Boolean} (written yes/no as the template does), {@link java.time.LocalDate}
 * (written in the template's date pattern), {@link Integer}, {@link BigDecimal} (euros) or
 * {@link String}; null is an empty cell. Amounts are null when the call year has no rate table.
 *
 * <p>A field whose source is {@code null} would not be held by the application (its column stays
 * empty and the report page lists it); every field has one today. The participant's birth date,
 * gender and nationality come from the student's account (empty until the student enters them), the
 * sending organisation's code from the campus's Erasmus code, the receiving organisation's from the
 * host's EU OID (empty until the coordinator enters it).
 * Free texts (the force-majeure explanation, a stop reason) are deliberately absent: they may reveal
 * health or other special-category data.
 */
public enum BmField {

    DATA_TYPE("data-type", Kind.TEXT, r -> BmField.DATA_TYPE_MOBILITY, "Data type"),
    AGREEMENT_NUMBER("agreement-number", Kind.TEXT, BmRow::agreementNumber,
            "Grant Agreement No.", "Grant Agreement Number", "Project Code", "Project Number"),
    MOBILITY_ID("mobility-id", Kind.TEXT, BmRow::mobilityId, "Mobility activity ID", "Mobility ID", "Mobility Activity Identifier"),
    ACTIVITY_TYPE("activity-type", Kind.TEXT, r -> BmField.ACTIVITY_HE_SMT, "Activity Type", "Activity"),
    LONG_TERM("long-term", Kind.YES_NO, r -> r.grant().longTerm(), "Long-term activity", "Long-term", "Long term mobility"),
    INTERNATIONAL("international", Kind.YES_NO, r -> r.mobility().group() == ErasmusGroup.INTERNATIONAL,
            "International mobility", "International", "Mobility with third countries not associated"),
    FIRST_NAME("participant-first-name", Kind.TEXT, r -> r.mobility().firstName(),
            "Participant First Name", "First Name", "Participant Given Names", "given-names"),
    LAST_NAME("participant-last-name", Kind.TEXT, r -> r.mobility().lastName(),
            "Participant Last Name", "Last Name", "Participant Family Name", "family-name", "Surname"),
    EMAIL("participant-email", Kind.TEXT, r -> r.mobility().email(), "Participant Email", "Participant E-mail", "email", "E-mail"),
    BIRTH_DATE("participant-birth-date", Kind.DATE, r -> r.mobility().birthDate(), "Participant Date of Birth", "Date of Birth", "birth-date"),
    GENDER("participant-gender", Kind.TEXT, r -> r.mobility().gender(), "Participant Gender", "Gender"),
    NATIONALITY("participant-nationality", Kind.COUNTRY, r -> r.mobility().nationality(), "Participant Nationality", "Nationality"),
    FEWER_OPPORTUNITIES("fewer-opportunities", Kind.YES_NO, r -> r.mobility().fewerOpportunities(),
            "Participant with fewer opportunities", "Fewer Opportunities"),
    RECENT_GRADUATE("recent-graduate", Kind.YES_NO, r -> r.mobility().recentGraduate(), "Recent graduate", "Recent Graduate"),
    EQF_LEVEL("eqf-study-level", Kind.NUMBER, r -> r.mobility().eqfLevel(),
            "Education Level (EQF)", "EQF Level", "Field of Education Level", "Level of study"),
    ISCED_F("isced-f-code", Kind.TEXT, r -> r.mobility().iscedCode(),
            "Field of Education", "Field of Education (ISCED-F)", "ISCED-F Code", "ISCED-F"),
    SENDING_ID("sending-organisation-id", Kind.TEXT, r -> r.mobility().sendingErasmusCode(),
            "Sending Organisation OID", "Sending Organisation Erasmus Code", "Sending Organisation ID", "Sending Erasmus Code"),
    SENDING_NAME("sending-organisation-name", Kind.TEXT, r -> r.mobility().sendingOrganisation(),
            "Sending Organisation", "Sending Organisation Name", "Sending Organisation Legal Name"),
    SENDING_COUNTRY("sending-country", Kind.COUNTRY, r -> BmField.SENDING_COUNTRY_ISO, "Sending Country", "Sending Organisation Country"),
    SENDING_CITY("sending-city", Kind.TEXT, r -> r.mobility().sendingCity(), "Sending City", "Sending Organisation City"),
    RECEIVING_ID("receiving-organisation-id", Kind.TEXT, r -> r.mobility().receivingOid(),
            "Receiving Organisation OID", "Receiving Organisation Erasmus Code", "Receiving Organisation ID"),
    RECEIVING_NAME("receiving-organisation-name", Kind.TEXT, r -> r.mobility().receivingName(),
            "Receiving Organisation", "Receiving Organisation Name", "Receiving Organisation Legal Name"),
    RECEIVING_PUBLIC_BODY("receiving-public-body", Kind.YES_NO,
            r -> r.mobility().receivingStatus() == null ? null : r.mobility().receivingStatus() == LegalStatus.PUBLIC,
            "Receiving Organisation Public Body", "Public body"),
    RECEIVING_NON_PROFIT("receiving-non-profit", Kind.YES_NO,
            r -> r.mobility().receivingStatus() == null ? null : r.mobility().receivingStatus() != LegalStatus.PRIVATE,
            "Receiving Organisation Non-profit", "Non-profit"),
    RECEIVING_SMALL("receiving-up-to-250-staff", Kind.YES_NO,
            r -> r.mobility().receivingSize() == null ? null : r.mobility().receivingSize() == HostSize.SMALL,
            "Receiving Organisation Size up to 250 staff", "Receiving Organisation Size", "Organisation up to 250 employees"),
    RECEIVING_COUNTRY("receiving-country", Kind.COUNTRY, r -> r.mobility().receivingCountry(),
            "Receiving Country", "Receiving Organisation Country", "Country of Destination"),
    RECEIVING_CITY("receiving-city", Kind.TEXT, r -> r.mobility().receivingCity(),
            "Receiving City", "Receiving Organisation City", "City of Destination"),
    START_DATE("start-date", Kind.DATE, r -> r.mobility().start(), "Start Date", "Start date of the mobility", "Mobility Start Date"),
    END_DATE("end-date", Kind.DATE, r -> r.mobility().end(), "End Date", "End date of the mobility", "Mobility End Date"),
    DURATION_CALCULATED("duration-calculated", Kind.NUMBER, r -> r.grant().periodDays(),
            "Duration Calculated (days)", "Calculated duration (days)", "Duration (days)"),
    INTERRUPTION("interruption-duration", Kind.NUMBER, r -> r.grant().interruptionDays(),
            "Interruption duration (days)", "Interruption (days)", "Duration of interruption (days)"),
    TRAVEL_DAYS("funded-travel-days", Kind.NUMBER, r -> r.grant().travelDays(), "Funded Travel Days", "Travel days"),
    FUNDED_DAYS("funded-duration-total-days", Kind.NUMBER, r -> r.grant().fundedDays(),
            "Funded duration including travel days (in days)", "Funded duration (days)", "Funded Days", "total-days"),
    FUNDED_MONTHS("funded-duration-full-months", Kind.NUMBER, r -> r.grant().months(),
            "Funded duration - full months", "Funded Months", "Full months", "full-months"),
    FUNDED_EXTRA_DAYS("funded-duration-extra-days", Kind.NUMBER, r -> r.grant().extraDays(),
            "Funded duration - extra days", "Funded Extra Days", "Extra days", "extra-days"),
    DISTANCE_BAND("distance-band", Kind.TEXT, r -> r.grant().distanceBand() == null ? null : r.grant().distanceBand().label(),
            "Distance Band", "Travel distance band"),
    GREEN_TRAVEL("green-travel", Kind.YES_NO, r -> r.mobility().greenTravel(), "Green Travel", "Green travel (sustainable means)"),
    FORCE_MAJEURE("force-majeure", Kind.YES_NO, r -> r.mobility().forceMajeure(), "Force Majeure", "Force majeure case"),
    MONTHLY_GRANT("student-monthly-grant", Kind.AMOUNT, r -> figure(r, GrantLineKind.BASE),
            "Individual support monthly rate", "Monthly grant", "Student monthly grant"),
    TRAINEESHIP_MONTHLY("traineeship-monthly-top-up", Kind.AMOUNT, r -> figure(r, GrantLineKind.TRAINEESHIP),
            "Traineeship top-up monthly", "Traineeship monthly top-up"),
    FEWER_OPPORTUNITIES_MONTHLY("fewer-opportunities-monthly", Kind.AMOUNT, r -> figure(r, GrantLineKind.FEWER_OPPORTUNITIES),
            "Fewer opportunities top-up monthly", "Fewer opportunities monthly top-up"),
    BASE_AMOUNT("individual-support-base", Kind.AMOUNT, r -> amount(r, GrantLineKind.BASE),
            "Individual support (base)", "Individual Support (EUR)"),
    TRAINEESHIP_AMOUNT("traineeship-top-up", Kind.AMOUNT, r -> amount(r, GrantLineKind.TRAINEESHIP),
            "Traineeship top-up", "Traineeship Top-up (EUR)"),
    FEWER_OPPORTUNITIES_AMOUNT("fewer-opportunities-top-up", Kind.AMOUNT, r -> amount(r, GrantLineKind.FEWER_OPPORTUNITIES),
            "Fewer opportunities top-up", "Fewer Opportunities Top-up (EUR)", "Inclusion support for participants"),
    GREEN_TRAVEL_AMOUNT("green-travel-top-up", Kind.AMOUNT, r -> amount(r, GrantLineKind.GREEN_TRAVEL),
            "Green travel top-up", "Green Travel Top-up (EUR)"),
    INDIVIDUAL_SUPPORT("individual-support", Kind.AMOUNT, r -> r.withAmounts() ? r.grant().individualSupport() : null,
            "Individual Support", "Total individual support"),
    TRAVEL_SUPPORT("travel-support", Kind.AMOUNT, r -> r.withAmounts() ? r.grant().travelSupport() : null,
            "Travel Support", "Travel Support (EUR)", "Travel grant"),
    MOBILITY_GRANT("mobility-grant", Kind.AMOUNT, r -> r.withAmounts() ? r.grant().total() : null,
            "Total Grant", "Total Grant (EUR)", "Mobility grant", "Total EU grant"),
    WORKING_LANGUAGE("language", Kind.TEXT,
            r -> r.mobility().workingLanguage() == null ? null : r.mobility().workingLanguage().toUpperCase(java.util.Locale.ROOT),
            "Main language used", "Working language", "Language of the mobility", "Main Language");

    /** How a value is written. */
    public enum Kind { TEXT, COUNTRY, YES_NO, DATE, NUMBER, AMOUNT }

    /** The data type of a mobility's own line (the BM's export also has lines of its sub-records). */
    public static final String DATA_TYPE_MOBILITY = "Mobility";
    public static final String ACTIVITY_HE_SMT = "HE-SMT";
    private static final String SENDING_COUNTRY_ISO = "FR";

    private static final Map<String, BmField> BY_NAME = new HashMap<>();

    static {
        for (BmField field : values()) {
            for (String name : field.names()) {
                BmField before = BY_NAME.put(BmCodes.normalise(name), field);
                if (before != null && before != field) {
                    throw new IllegalStateException(name + " names " + before + " and " + field);
                }
            }
        }
    }

    private final String header;
    private final Kind kind;
    private final Function<BmRow, Object> source;
    private final List<String> aliases;

    BmField(String header, Kind kind, Function<BmRow, Object> source, String... aliases) {
        this.header = header;
        this.kind = kind;
        this.source = source;
        this.aliases = List.of(aliases);
    }

    /** The field a template's column header names, if any. */
    public static Optional<BmField> byHeader(String header) {
        return Optional.ofNullable(BY_NAME.get(BmCodes.normalise(header)));
    }

    /** The default layout's header row. */
    public static List<String> defaultHeader() {
        return Arrays.stream(values()).map(BmField::header).toList();
    }

    /** Its name and aliases. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(header), aliases.stream()).toList();
    }

    /** The raw value of this field for a row (null: empty cell, also for a field not held). */
    public Object valueOf(BmRow row) {
        if (source == null) {
            return null;
        }
        Object value = source.apply(row);
        return kind == Kind.COUNTRY && value instanceof String iso ? BmCodes.country(iso) : value;
    }

    /** False for a field the application does not hold yet (its column stays empty). */
    public boolean isHeld() {
        return source != null;
    }

    public String header() { return header; }
    public Kind kind() { return kind; }
    public List<String> aliases() { return aliases; }

    private static BigDecimal figure(BmRow r, GrantLineKind kind) {
        if (!r.withAmounts()) {
            return null;
        }
        return r.grant().lines().stream().filter(l -> l.kind() == kind).map(GrantLine::figure).findFirst().orElse(null);
    }

    private static BigDecimal amount(BmRow r, GrantLineKind kind) {
        return r.withAmounts() ? r.grant().amount(kind) : null;
    }
}
