package fr.faireess.mobility.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.placement.PlacementTab;
import fr.faireess.mobility.platform.security.Role;

class TodoRulesTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 10);

    @Test
    void nothingWaitingIsNoItem() {
        assertThat(TodoRules.item(TodoKind.FILES_TO_DECIDE, 0, "/x")).isEmpty();
        assertThat(TodoRules.item(TodoKind.FILES_TO_DECIDE, 3, "/x")).get().extracting(TodoItem::count).isEqualTo(3L);
        assertThatThrownBy(() -> TodoItem.of(TodoKind.FILES_TO_DECIDE, 0, "/x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void analysesDueCountWhatIsNeitherValidatedNorWaitingForAReview() {
        assertThat(TodoRules.analysesDue(2, 0, 0)).isEqualTo(2);
        assertThat(TodoRules.analysesDue(2, 1, 0)).isEqualTo(1);
        assertThat(TodoRules.analysesDue(2, 1, 1)).isZero();
        assertThat(TodoRules.analysesDue(2, 3, 1)).as("more than required: nothing, never negative").isZero();
        assertThat(TodoRules.analysesDue(0, 0, 0)).isZero();
    }

    @Test
    void todaysSessionsCanBeRecordedButNotTomorrows() {
        assertThat(TodoRules.recordableBefore(DAY)).isEqualTo(DAY.plusDays(1).atStartOfDay());
        assertThat(DAY.atTime(18, 30)).isBefore(TodoRules.recordableBefore(DAY));
        assertThat(DAY.plusDays(1).atTime(9, 0)).isAfterOrEqualTo(TodoRules.recordableBefore(DAY));
    }

    @Test
    void consentsAreAnnouncedThirtyDaysAhead() {
        assertThat(TodoRules.consentWarningEnd(DAY)).isEqualTo(DAY.plusDays(30));
    }

    @Test
    void aCallYearIsUnderWayFromTheFirstOfJune() {
        assertThat(TodoRules.latestCallYearUnderWay(LocalDate.of(2027, 5, 31))).isEqualTo(2026);
        assertThat(TodoRules.latestCallYearUnderWay(LocalDate.of(2027, 6, 1))).isEqualTo(2027);
        assertThat(TodoRules.latestCallYearUnderWay(LocalDate.of(2027, 12, 31))).isEqualTo(2027);
        assertThat(TodoRules.latestCallYearUnderWay(LocalDate.of(2028, 1, 1))).isEqualTo(2027);
    }

    @Test
    void aCertificateIsOverdueTheDayAfterThePlannedEnd() {
        assertThat(TodoRules.certificateOverdue(DAY, DAY)).isFalse();
        assertThat(TodoRules.certificateOverdue(DAY.minusDays(1), DAY)).isTrue();
        assertThat(TodoRules.certificateOverdue(DAY.plusDays(1), DAY)).isFalse();
    }

    @Test
    void theStudentsMainButtonFollowsTheFile() {
        assertThat(StudentMainAction.of(ApplicationStatus.DRAFT, false)).isEqualTo(StudentMainAction.CONTINUE);
        assertThat(StudentMainAction.of(ApplicationStatus.CHANGES_REQUESTED, false)).isEqualTo(StudentMainAction.CONTINUE);
        assertThat(StudentMainAction.of(ApplicationStatus.SUBMITTED, false)).isEqualTo(StudentMainAction.SEE_FILE);
        assertThat(StudentMainAction.of(ApplicationStatus.WAITLISTED, false)).isEqualTo(StudentMainAction.SEE_FILE);
        assertThat(StudentMainAction.of(ApplicationStatus.REJECTED, false)).isEqualTo(StudentMainAction.SEE_FILE);
        assertThat(StudentMainAction.of(ApplicationStatus.WITHDRAWN, false)).isEqualTo(StudentMainAction.SEE_FILE);
        assertThat(StudentMainAction.of(ApplicationStatus.SELECTED, false)).isEqualTo(StudentMainAction.NEXT_STEP);
        assertThat(StudentMainAction.of(ApplicationStatus.SELECTED, true)).isEqualTo(StudentMainAction.SEE_PLACEMENT);
        assertThat(StudentMainAction.CONTINUE.labelKey()).isEqualTo("call.open.continue");
    }

    @Test
    void anItemNamesAtMostFiveFilesAndSaysWhenThereAreMore() {
        List<TodoTarget> seven = IntStream.range(0, 7).mapToObj(i -> new TodoTarget("P" + i, "/p", "id", i)).toList();
        TodoItem item = TodoItem.of(TodoKind.AGREEMENTS_TO_SIGN, 7, "/list").withTargets(seven);
        assertThat(item.targets()).hasSize(TodoItem.MAX_TARGETS);
        assertThat(item.hasMore()).isTrue();
        TodoItem few = TodoItem.of(TodoKind.AGREEMENTS_TO_SIGN, 2, "/list").withTargets(seven.subList(0, 2));
        assertThat(few.hasMore()).isFalse();
        assertThat(TodoItem.of(TodoKind.FILES_TO_DECIDE, 4, "/list").hasMore()).as("no target named: the link is the item").isFalse();
        assertThat(few.withParam("status", ApplicationStatus.SUBMITTED).paramValue()).isEqualTo("SUBMITTED");
    }

    @Test
    void theMenuCountsWhatTheReaderHasToDoPerEntryNotWhatOthersOwe() {
        TodoCounts counts = new TodoCounts(List.of(
                TodoItem.of(TodoKind.SIGN_AGREEMENT, 1, "/p"),
                TodoItem.of(TodoKind.CERTIFICATE_AWAITED, 2, "/p"),
                TodoItem.of(TodoKind.COMPLETE_FILE, 3, "/a"),
                TodoItem.of(TodoKind.AGREEMENTS_TO_SIGN, 4, "/c"),
                TodoItem.of(TodoKind.PLACEMENTS_TO_CONFIRM, 5, "/c")));
        assertThat(counts.count(MenuPlace.MY_PLACEMENTS)).as("the certificate awaited is informative").isEqualTo(1);
        assertThat(counts.count(MenuPlace.MY_APPLICATIONS)).isEqualTo(3);
        assertThat(counts.count(MenuPlace.PLACEMENTS)).isEqualTo(9);
        assertThat(counts.at(MenuPlace.PLACEMENTS)).extracting(TodoItem::kind)
                .containsExactly(TodoKind.AGREEMENTS_TO_SIGN, TodoKind.PLACEMENTS_TO_CONFIRM);
        assertThat(counts.count(MenuPlace.OUTBOX)).isZero();
        assertThat(counts.total()).isEqualTo(13);
    }

    @Test
    void everyKindBelongsToOneRoleAndHasOneAndManyTexts() {
        assertThat(TodoKind.FILES_TO_DECIDE.role()).isEqualTo(Role.COORDINATOR);
        assertThat(TodoKind.SESSIONS_TO_RECORD.role()).isEqualTo(Role.TRAINER);
        assertThat(TodoKind.HELD_MAILS.role()).isEqualTo(Role.ADMIN);
        assertThat(TodoKind.SIGN_AGREEMENT.labelKey(1)).isEqualTo("todo.SIGN_AGREEMENT.one");
        assertThat(TodoKind.SIGN_AGREEMENT.labelKey(2)).isEqualTo("todo.SIGN_AGREEMENT.many");
    }

    @Test
    void placementItemsOpenTheTabWhereTheyAreDone() {
        assertThat(TodoRules.placementTab(TodoKind.AGREEMENTS_TO_COMPLETE)).isEqualTo(PlacementTab.AGREEMENT);
        assertThat(TodoRules.placementTab(TodoKind.AGREEMENTS_TO_SIGN)).isEqualTo(PlacementTab.AGREEMENT);
        assertThat(TodoRules.placementTab(TodoKind.CERTIFICATES_OVERDUE)).isEqualTo(PlacementTab.CERTIFICATE);
        assertThat(TodoRules.placementTab(TodoKind.PLACEMENTS_TO_CONFIRM)).isEqualTo(PlacementTab.OVERVIEW);
    }
}
