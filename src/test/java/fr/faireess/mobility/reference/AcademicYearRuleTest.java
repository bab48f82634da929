package fr.faireess.mobility.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.faireess.mobility.platform.error.BusinessException;

/** What a new academic year must be: a well-formed label, its dates, one year long, right after the last one. */
class AcademicYearRuleTest {

    /** The years the reference migration installs. */
    private static final List<AcademicYear> INSTALLED = List.of(
            year("2024-2025", "2024-09-01", "2025-08-31"),
            year("2025-2026", "2025-09-01", "2026-08-31"),
            year("2026-2027", "2026-09-01", "2027-08-31"),
            year("2027-2028", "2027-09-01", "2028-08-31"));

    private static AcademicYear year(String code, String start, String end) {
        return new AcademicYear(code, LocalDate.parse(start), LocalDate.parse(end));
    }

    private static AcademicYearForm form(String code, String start, String end) {
        return new AcademicYearForm(code, start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
    }

    /** "field:key" of the refusal, or "ok". */
    private static String outcome(AcademicYearForm form, List<AcademicYear> existing) {
        Optional<BusinessException> refusal = AcademicYearRule.refusal(form, existing);
        return refusal.map(e -> e.field().orElse("") + ":" + e.messageKey()).orElse("ok");
    }

    @Test
    void theYearRightAfterTheLastOneIsAccepted() {
        assertThat(outcome(form("2028-2029", "2028-09-01", "2029-08-31"), INSTALLED)).isEqualTo("ok");
        assertThat(outcome(form(" 2028-2029 ", "2028-09-01", "2029-08-31"), INSTALLED)).as("spaces around the label").isEqualTo("ok");
    }

    @ParameterizedTest(name = "{0} from {1} to {2} → {3}")
    @CsvSource({
            // the label
            "'',         2028-09-01, 2029-08-31, code:reference.year.codeRequired",
            "2028,       2028-09-01, 2029-08-31, code:reference.year.codeInvalid",
            "2028/2029,  2028-09-01, 2029-08-31, code:reference.year.codeInvalid",
            "2028-2030,  2028-09-01, 2029-08-31, code:reference.year.codeInvalid",
            "2029-2028,  2028-09-01, 2029-08-31, code:reference.year.codeInvalid",
            "2027-2028,  2027-09-01, 2028-08-31, code:reference.year.codeTaken",
            // the dates
            "2028-2029,  ,           2029-08-31, startsOn:reference.year.startRequired",
            "2028-2029,  2028-09-01, ,           endsOn:reference.year.endRequired",
            "2028-2029,  2029-08-31, 2028-09-01, endsOn:reference.year.endNotAfterStart",
            "2028-2029,  2028-09-01, 2028-09-01, endsOn:reference.year.endNotAfterStart",
            // the label matches the dates
            "2029-2030,  2028-09-01, 2029-08-31, startsOn:reference.year.startNotInLabel",
            "2028-2029,  2028-09-01, 2030-08-31, endsOn:reference.year.endNotInLabel",
            // one year long
            "2028-2029,  2028-09-01, 2029-06-30, endsOn:reference.year.notOneYear",
            "2028-2029,  2028-09-15, 2029-08-31, endsOn:reference.year.notOneYear",
            // no overlap, no gap
            "2028-2029,  2028-08-01, 2029-07-31, startsOn:reference.year.overlaps",
            "2029-2030,  2029-09-01, 2030-08-31, startsOn:reference.year.notConsecutive",
            "2028-2029,  2028-10-01, 2029-09-30, startsOn:reference.year.notConsecutive"
    })
    void aWrongYearIsRefusedNextToTheFieldAtFault(String code, String start, String end, String expected) {
        assertThat(outcome(form(code, start, end), INSTALLED)).isEqualTo(expected);
    }

    @Test
    void theMessagesNameTheFiguresToFix() {
        BusinessException gap = AcademicYearRule.refusal(form("2029-2030", "2029-09-01", "2030-08-31"), INSTALLED).orElseThrow();
        assertThat(gap.arguments()).containsExactly("2027-2028", "01/09/2028");
        BusinessException overlap = AcademicYearRule.refusal(form("2028-2029", "2028-08-01", "2029-07-31"), INSTALLED).orElseThrow();
        assertThat(overlap.arguments()).containsExactly("2027-2028", "01/09/2027", "31/08/2028");
        BusinessException length = AcademicYearRule.refusal(form("2028-2029", "2028-09-01", "2029-06-30"), INSTALLED).orElseThrow();
        assertThat(length.arguments()).containsExactly("31/08/2029");
    }

    @Test
    void onlyTheYearAfterTheLastOneCanBeAddedNotAnEarlierOne() {
        List<AcademicYear> withHole = List.of(year("2024-2025", "2024-09-01", "2025-08-31"), year("2026-2027", "2026-09-01", "2027-08-31"));
        assertThat(outcome(form("2025-2026", "2025-09-01", "2026-08-31"), withHole)).isEqualTo("startsOn:reference.year.notConsecutive");
        assertThat(outcome(form("2025-2026", "2025-03-01", "2026-02-28"), withHole)).as("overlaps an earlier year, not the last")
                .isEqualTo("startsOn:reference.year.overlaps");
    }

    @Test
    void theFirstYearOfAnEmptyTableNeedsNoPredecessor() {
        assertThat(outcome(form("2026-2027", "2026-09-01", "2027-08-31"), List.of())).isEqualTo("ok");
    }

    @Test
    void theFormOffersTheYearAfterTheLastOne() {
        AcademicYearForm next = AcademicYearRule.next(INSTALLED, LocalDate.of(2026, 11, 28));
        assertThat(next.getCode()).isEqualTo("2028-2029");
        assertThat(next.getStartsOn()).isEqualTo(LocalDate.of(2028, 9, 1));
        assertThat(next.getEndsOn()).isEqualTo(LocalDate.of(2029, 8, 31));
        assertThat(AcademicYearRule.refusal(next, INSTALLED)).as("what is offered is accepted").isEmpty();
    }

    @Test
    void withNoYearAtAllTheFormOffersTheCurrentOne() {
        assertThat(AcademicYearRule.next(List.of(), LocalDate.of(2026, 11, 28)).getCode()).isEqualTo("2026-2027");
        assertThat(AcademicYearRule.next(List.of(), LocalDate.of(2027, 8, 31)).getCode()).isEqualTo("2026-2027");
        AcademicYearForm september = AcademicYearRule.next(List.of(), LocalDate.of(2027, 9, 1));
        assertThat(september.getCode()).isEqualTo("2027-2028");
        assertThat(september.getEndsOn()).isEqualTo(LocalDate.of(2028, 8, 31));
    }

    @Test
    void aLeapYearChangesNothing() {
        List<AcademicYear> upTo2031 = List.of(year("2030-2031", "2030-09-01", "2031-08-31"));
        assertThat(outcome(form("2031-2032", "2031-09-01", "2032-08-31"), upTo2031)).isEqualTo("ok");
    }
}
