package fr.faireess.mobility.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The outbox state machine: QUEUED → SENT | QUEUED (retry) | FAILED | HELD, and FAILED/HELD → QUEUED by hand. */
class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static OutgoingMail queued() {
        return new OutgoingMail("lea.vidal@etudiant.faire-ess.fr", "Sujet", "Corps", NOW);
    }

    private static OutgoingMail in(MailState state) {
        OutgoingMail mail = queued();
        switch (state) {
            case QUEUED -> { }
            case SENT -> mail.sent(NOW);
            case FAILED -> mail.failed("550 unknown user", true, NOW, RetryPolicy.STANDARD);
            case HELD -> mail.hold();
        }
        assertThat(mail.getState()).isEqualTo(state);
        return mail;
    }

    @Test
    void aNewMailIsQueuedAndDueAtOnce() {
        OutgoingMail mail = queued();
        assertThat(mail.getState()).isEqualTo(MailState.QUEUED);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.isDue(NOW)).isTrue();
        assertThat(mail.isDue(NOW.minusSeconds(1))).isFalse();
    }

    @Test
    void aSentMailRecordsWhenAndCountsTheTry() {
        OutgoingMail mail = queued();
        mail.sent(NOW.plusSeconds(3));
        assertThat(mail.getState()).isEqualTo(MailState.SENT);
        assertThat(mail.getSentAt()).isEqualTo(NOW.plusSeconds(3));
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.isDue(NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void aTemporaryFailureWaitsThenTheFifthGivesUpKeepingTheError() {
        OutgoingMail mail = queued();
        Instant at = NOW;
        for (int attempt = 1; attempt <= 4; attempt++) {
            mail.failed("Connection refused " + attempt, false, at, RetryPolicy.STANDARD);
            assertThat(mail.getState()).isEqualTo(MailState.QUEUED);
            assertThat(mail.isDue(at)).isFalse();
            at = mail.getNextAttemptAt();
            assertThat(mail.isDue(at)).isTrue();
        }
        assertThat(Duration.between(NOW, at)).isEqualTo(Duration.ofMinutes(1 + 5 + 15 + 60));
        mail.failed("Connection refused 5", false, at, RetryPolicy.STANDARD);
        assertThat(mail.getState()).isEqualTo(MailState.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(5);
        assertThat(mail.getLastError()).isEqualTo("Connection refused 5");
        assertThat(mail.isDue(at.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void aRefusedAddressFailsAtOnce() {
        OutgoingMail mail = queued();
        mail.failed("550 5.1.1 User unknown", true, NOW, RetryPolicy.STANDARD);
        assertThat(mail.getState()).isEqualTo(MailState.FAILED);
        assertThat(mail.getNextAttemptAt()).isNull();
    }

    @Test
    void aVeryLongErrorOrSubjectIsShortenedNotRefused() {
        OutgoingMail mail = new OutgoingMail("a@b.fr", "S".repeat(400), "B".repeat(20_000), NOW);
        assertThat(mail.getSubject()).hasSize(OutgoingMail.SUBJECT_MAX).endsWith("…");
        assertThat(mail.getBody()).hasSize(OutgoingMail.BODY_MAX);
        mail.failed("E".repeat(5000), false, NOW, RetryPolicy.STANDARD);
        assertThat(mail.getLastError()).hasSize(OutgoingMail.ERROR_MAX);
    }

    @ParameterizedTest
    @EnumSource(value = MailState.class, names = {"FAILED", "HELD"})
    void aFailedOrHeldMailCanBeQueuedAgainForAFreshSeriesOfTries(MailState state) {
        OutgoingMail mail = in(state);
        assertThat(mail.canRequeue()).isTrue();
        mail.requeue(NOW.plusSeconds(60));
        assertThat(mail.getState()).isEqualTo(MailState.QUEUED);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.isDue(NOW.plusSeconds(60))).isTrue();
    }

    static Stream<Arguments> illegalMoves() {
        Consumer<OutgoingMail> send = m -> m.sent(NOW);
        Consumer<OutgoingMail> fail = m -> m.failed("x", false, NOW, RetryPolicy.STANDARD);
        Consumer<OutgoingMail> hold = OutgoingMail::hold;
        Consumer<OutgoingMail> requeue = m -> m.requeue(NOW);
        Stream.Builder<Arguments> moves = Stream.builder();
        for (MailState state : EnumSet.of(MailState.SENT, MailState.FAILED, MailState.HELD)) {
            moves.add(Arguments.of(state, "sent", send));
            moves.add(Arguments.of(state, "failed", fail));
            moves.add(Arguments.of(state, "hold", hold));
        }
        moves.add(Arguments.of(MailState.QUEUED, "requeue", requeue));
        moves.add(Arguments.of(MailState.SENT, "requeue", requeue));
        return moves.build();
    }

    @ParameterizedTest(name = "{0} → {1} is refused")
    @MethodSource("illegalMoves")
    void onlyAQueuedMailMovesByItselfAndASentMailNeverMovesAgain(MailState state, String move, Consumer<OutgoingMail> action) {
        OutgoingMail mail = in(state);
        assertThatThrownBy(() -> action.accept(mail)).isInstanceOf(IllegalStateException.class);
        assertThat(mail.getState()).isEqualTo(state);
    }
}
