package fr.faireess.mobility.call;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a student may apply to a call now, in plain Java. The answer is a resource-bundle key
 * explaining the refusal, or empty when the student may apply. The module requirement is checked by
 * the applications feature, which knows the student's module record.
 */
public final class CallEligibility {

    private CallEligibility() {
    }

    /** What the rule needs to know about a call. */
    public record CallFacts(Instant opensAt, Instant closesAt, Instant closedEarlyAt,
                            Set<String> campuses, Set<String> programmes, Set<Integer> studyYears) {
    }

    /** What the rule needs to know about a student. */
    public record StudentFacts(String campus, String programme, Integer studyYear) {
    }

    public static Optional<String> refusal(CallFacts call, StudentFacts student, Instant now) {
        if (now.isBefore(call.opensAt())) {
            return Optional.of("call.refused.notOpenYet");
        }
        if (!isOpen(call, now)) {
            return Optional.of("call.refused.closed");
        }
        if (student.campus() == null || !call.campuses().contains(student.campus())) {
            return Optional.of("call.refused.campus");
        }
        if (student.programme() == null || !call.programmes().contains(student.programme())) {
            return Optional.of("call.refused.programme");
        }
        if (student.studyYear() == null || !call.studyYears().contains(student.studyYear())) {
            return Optional.of("call.refused.studyYear");
        }
        return Optional.empty();
    }

    /** Open: the opening time has come, the closing time has not, and nobody closed it early. */
    public static boolean isOpen(CallFacts call, Instant now) {
        return !now.isBefore(call.opensAt()) && now.isBefore(call.closesAt()) && call.closedEarlyAt() == null;
    }
}
