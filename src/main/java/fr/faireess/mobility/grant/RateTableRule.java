package fr.faireess.mobility.grant;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * What a rate table must hold. Saving: whole euros, {@code min ≤ rate ≤ max} for every group, top-ups
 * travel days and travel support amounts within bounds — a draft may still have zeros. Locking: no zero rate left, and the
 * grant agreement number present. The default top-ups are the Programme Guide's (2021-2027, verify
 * each call year): traineeship €150/month, fewer opportunities €250/month, green travel €50 once
 * and up to 4 extra travel days (the Guide allows up to 6 for some mobilities).
 */
public final class RateTableRule {

    public static final int DEFAULT_TRAINEESHIP = 150;
    public static final int DEFAULT_FEWER_OPPORTUNITIES = 250;
    public static final int DEFAULT_GREEN_TRAVEL = 50;
    public static final int DEFAULT_GREEN_TRAVEL_DAYS = 4;
    public static final int MAX_GREEN_TRAVEL_DAYS = 6;
    /** A sanity bound, far above any published rate: a typo (8200 for 820) is caught. */
    public static final int MAX_MONTHLY = 3000;
    public static final int MAX_TOP_UP = 1000;
    public static final int AGREEMENT_MAX = 40;
    /** A sanity bound on a travel support amount, far above the Guide's highest band. */
    public static final int MAX_TRAVEL = 5000;
    /**
     * The travel support of the 2021-2027 Programme Guide for long-term student mobility (standard /
     * green, whole euros; no green amount from 4,000 km): a new table's starting point, to verify.
     */
    public static final Map<DistanceBand, TravelSupport.Amounts> DEFAULT_TRAVEL = Map.of(
            DistanceBand.KM_10_99, new TravelSupport.Amounts(28, 56),
            DistanceBand.KM_100_499, new TravelSupport.Amounts(211, 285),
            DistanceBand.KM_500_1999, new TravelSupport.Amounts(309, 417),
            DistanceBand.KM_2000_2999, new TravelSupport.Amounts(395, 535),
            DistanceBand.KM_3000_3999, new TravelSupport.Amounts(580, 785),
            DistanceBand.KM_4000_7999, new TravelSupport.Amounts(1188, 0),
            DistanceBand.KM_8000_PLUS, new TravelSupport.Amounts(1735, 0));
    public static final int FIRST_YEAR = 2021;
    public static final int LAST_YEAR = 2099;

    /** e.g. {@code 2025-1-FR01-KA131-HED-000123456}: letters, digits and hyphens. */
    private static final Pattern AGREEMENT = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

    private RateTableRule() {
    }

    /** Why a new table for {@code year} is refused (the year's own bounds; uniqueness is the service's). */
    public static Optional<BusinessException> yearRefusal(Integer year) {
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.of(new BusinessException("callYear", "grant.rates.yearInvalid",
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        return Optional.empty();
    }

    /** Why {@code form} cannot be saved; field names are those of the edit page. */
    public static Optional<BusinessException> refusal(RateTableForm form) {
        String agreement = form.agreementNumberOrNull();
        if (agreement != null && (agreement.length() > AGREEMENT_MAX || !AGREEMENT.matcher(agreement).matches())) {
            return Optional.of(new BusinessException("agreementNumber", "grant.rates.agreementInvalid", AGREEMENT_MAX));
        }
        for (Object[] topUp : new Object[][] {{"traineeshipTopUp", form.getTraineeshipTopUp()},
                {"fewerOpportunitiesTopUp", form.getFewerOpportunitiesTopUp()}, {"greenTravelTopUp", form.getGreenTravelTopUp()}}) {
            Integer value = (Integer) topUp[1];
            if (value == null || value < 0 || value > MAX_TOP_UP) {
                return Optional.of(new BusinessException((String) topUp[0], "grant.rates.topUpInvalid", MAX_TOP_UP));
            }
        }
        if (form.getGreenTravelDays() == null || form.getGreenTravelDays() < 0 || form.getGreenTravelDays() > MAX_GREEN_TRAVEL_DAYS) {
            return Optional.of(new BusinessException("greenTravelDays", "grant.rates.travelDaysInvalid", MAX_GREEN_TRAVEL_DAYS));
        }
        List<RateTableForm.Row> rows = form.getRows();
        Set<ErasmusGroup> groups = EnumSet.noneOf(ErasmusGroup.class);
        rows.forEach(r -> groups.add(r.getGroup()));
        if (rows.size() != ErasmusGroup.values().length || !groups.equals(EnumSet.allOf(ErasmusGroup.class))) {
            return Optional.of(new BusinessException("grant.rates.groupsMissing"));
        }
        for (int i = 0; i < rows.size(); i++) {
            RateTableForm.Row row = rows.get(i);
            String prefix = "rates:" + i + ":";
            if (!inBounds(row.getMinMonthly())) {
                return Optional.of(new BusinessException(prefix + "min", "grant.rates.amountInvalid", MAX_MONTHLY));
            }
            if (!inBounds(row.getMaxMonthly())) {
                return Optional.of(new BusinessException(prefix + "max", "grant.rates.amountInvalid", MAX_MONTHLY));
            }
            if (row.getMaxMonthly() < row.getMinMonthly()) {
                return Optional.of(new BusinessException(prefix + "max", "grant.rates.maxBelowMin"));
            }
            if (!inBounds(row.getMonthlyRate())) {
                return Optional.of(new BusinessException(prefix + "rate", "grant.rates.amountInvalid", MAX_MONTHLY));
            }
            if (row.getMonthlyRate() < row.getMinMonthly() || row.getMonthlyRate() > row.getMaxMonthly()) {
                return Optional.of(new BusinessException(prefix + "rate", "grant.rates.rateOutOfRange",
                        row.getMinMonthly(), row.getMaxMonthly()));
            }
        }
        List<RateTableForm.TravelRow> travel = form.getTravelRows();
        for (int i = 0; i < travel.size(); i++) {
            String prefix = "travel:" + i + ":";
            if (!inTravelBounds(travel.get(i).getStandardAmount())) {
                return Optional.of(new BusinessException(prefix + "standard", "grant.rates.travelInvalid", MAX_TRAVEL));
            }
            if (!inTravelBounds(travel.get(i).getGreenAmount())) {
                return Optional.of(new BusinessException(prefix + "green", "grant.rates.travelInvalid", MAX_TRAVEL));
            }
        }
        return Optional.empty();
    }

    private static boolean inTravelBounds(Integer euros) {
        return euros != null && euros >= 0 && euros <= MAX_TRAVEL;
    }

    /** Why a table holding {@code form}'s figures cannot be locked now. */
    public static Optional<BusinessException> lockRefusal(boolean locked, RateTableForm form) {
        if (locked) {
            return Optional.of(new BusinessException("grant.rates.locked"));
        }
        Optional<BusinessException> invalid = refusal(form);
        if (invalid.isPresent()) {
            return invalid;
        }
        if (form.agreementNumberOrNull() == null) {
            return Optional.of(new BusinessException("agreementNumber", "grant.rates.agreementRequired"));
        }
        for (int i = 0; i < form.getRows().size(); i++) {
            if (form.getRows().get(i).getMonthlyRate() == 0) {
                return Optional.of(new BusinessException("rates:" + i + ":rate", "grant.rates.rateMissing"));
            }
        }
        return Optional.empty();
    }

    private static boolean inBounds(Integer euros) {
        return euros != null && euros >= 0 && euros <= MAX_MONTHLY;
    }
}
