package fr.faireess.mobility.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.application.BulkDecision.Action;
import fr.faireess.mobility.application.BulkDecision.Target;
import fr.faireess.mobility.platform.error.BusinessException;

/** What is checked before a bulk action touches any file. */
class BulkDecisionTest {

    private static final List<Target> ONE = List.of(new Target(1, 0L, "Emma Garcia"));

    private static String refusal(Action action, List<Target> targets, String text) {
        try {
            BulkDecision.check(action, targets, text);
            return null;
        } catch (BusinessException e) {
            return e.field().map(f -> f + ":").orElse("") + e.messageKey();
        }
    }

    @Test
    void anActionAndAtLeastOneTickedFileAreNeeded() {
        assertThat(refusal(null, ONE, null)).isEqualTo("review.bulk.noAction");
        assertThat(refusal(Action.SELECT, List.of(), null)).isEqualTo("review.bulk.nothingTicked");
        assertThat(refusal(Action.SELECT, null, null)).isEqualTo("review.bulk.nothingTicked");
    }

    @Test
    void aRejectionNeedsItsReasonAndAMessageItsTextNextToTheTextField() {
        assertThat(refusal(Action.REJECT, ONE, "  ")).isEqualTo("bulkText:review.bulk.reasonRequired");
        assertThat(refusal(Action.MESSAGE, ONE, null)).isEqualTo("bulkText:review.bulk.messageRequired");
        assertThat(refusal(Action.REJECT, ONE, "Dossier incomplet")).isNull();
        assertThat(refusal(Action.SELECT, ONE, null)).as("a selection's message is optional").isNull();
        assertThat(refusal(Action.WAITLIST, ONE, "")).isNull();
    }

    @Test
    void notMoreThanOnePageOfFilesAtOnce() {
        List<Target> many = LongStream.rangeClosed(1, BulkDecision.MAX_FILES + 1)
                .mapToObj(i -> new Target(i, 0L, "n" + i)).toList();
        assertThat(refusal(Action.WAITLIST, many, null)).isEqualTo("review.bulk.tooMany");
        assertThat(refusal(Action.WAITLIST, many.subList(0, BulkDecision.MAX_FILES), null)).isNull();
        assertThatThrownBy(() -> BulkDecision.check(Action.SELECT, Collections.nCopies(BulkDecision.MAX_FILES + 1, ONE.get(0)), null))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void theOutcomeKeepsTheOrderOfTheTickedFiles() {
        BulkDecision decision = new BulkDecision();
        decision.done(new Target(1, 0L, "A"));
        decision.refused(new Target(2, 0L, "B"), new BusinessException("application.select.quotaReached", 2));
        decision.done(new Target(3, 0L, "C"));
        decision.notFound(new Target(4, 0L, "D"));
        BulkDecision.Outcome outcome = decision.outcome();
        assertThat(outcome.done()).containsExactly("A", "C");
        assertThat(outcome.refused()).extracting(BulkDecision.Refusal::name).containsExactly("B", "D");
        assertThat(outcome.refused().get(0).arguments()).containsExactly(2);
        assertThat(outcome.nothingDone()).isFalse();
    }
}
