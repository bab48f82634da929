package fr.faireess.mobility.grant;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which rate table pays a placement, and under which grant agreement number: the rule, in plain Java.
 * <ol>
 * <li>The placement's beneficiary is the one with a budget of the call year sending students of
 *     the student's campus ({@code BeneficiaryService.budgetFor}); its table of the year pays —
 *     none if it has no table yet (no amounts, as before any table), never another beneficiary's.</li>
 * <li>Without such a budget: the year's table of a beneficiary sending for the campus (the oldest
 *     table if there were several), or a table without a beneficiary (left by the demo's first
 *     load until its data script assigns it).</li>
 * </ol>
 * The agreement number is the budget's when entered, else the table's.
 */
public final class RateTableChoice {

    /** What pays a placement: the beneficiary (null if none), its table (null if none) and the agreement number (null if none). */
    public record Source(GrantBeneficiaries.Ref beneficiary, GrantRateTable table, String agreementNumber) {

        public static final Source NONE = new Source(null, null, null);

        public Long beneficiaryId() {
            return beneficiary == null ? null : beneficiary.id();
        }
    }

    private RateTableChoice() {
    }

    /**
     * @param campus        the student's campus code (may be null)
     * @param budgeted      the beneficiary budgeted for that campus in the year, or null
     * @param yearTables    every table of the call year
     * @param beneficiaries every beneficiary, by id
     */
    public static Source choose(String campus, GrantBeneficiaries.Budgeted budgeted, List<GrantRateTable> yearTables,
                                Map<Long, GrantBeneficiaries.Ref> beneficiaries) {
        if (budgeted != null) {
            long id = budgeted.beneficiary().id();
            GrantRateTable table = yearTables.stream().filter(t -> t.getBeneficiaryId() != null && t.getBeneficiaryId() == id)
                    .findFirst().orElse(null);
            return new Source(budgeted.beneficiary(), table, agreementNumber(budgeted.agreementNumber(), table));
        }
        Optional<GrantRateTable> table = yearTables.stream()
                .sorted(Comparator.comparing(GrantRateTable::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .filter(t -> t.getBeneficiaryId() == null
                        || (beneficiaries.containsKey(t.getBeneficiaryId()) && beneficiaries.get(t.getBeneficiaryId()).sendsFor(campus)))
                .findFirst();
        return table.map(t -> new Source(t.getBeneficiaryId() == null ? null : beneficiaries.get(t.getBeneficiaryId()), t,
                agreementNumber(null, t))).orElse(Source.NONE);
    }

    /** The budget's number when entered, else the table's (null when neither). */
    public static String agreementNumber(String budgetNumber, GrantRateTable table) {
        if (budgetNumber != null && !budgetNumber.isBlank()) {
            return budgetNumber.strip();
        }
        return table == null ? null : table.getAgreementNumber();
    }
}
