package fr.faireess.mobility.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import fr.faireess.mobility.platform.error.BusinessException;

/**
 * What a coordinator does at once to the files ticked in the review list, and what came of it: each
 * file is decided on its own (its own transaction, its own audit entry, its own e-mail), so one file
 * refused — the call's places all taken, someone else's change since the list was shown — leaves the
 * others decided, and the coordinator is told which and why.
 */
public final class BulkDecision {

    /** The actions of the review list's toolbar. */
    public enum Action {
        SELECT, WAITLIST, REJECT, MESSAGE;

        /** Rejecting and writing need a text; the other two take an optional one. */
        public boolean needsText() {
            return this == REJECT || this == MESSAGE;
        }

        /** The message telling what was done, with the count and the names. */
        public String doneKey() {
            return switch (this) {
                case SELECT -> "review.bulk.done.SELECT";
                case WAITLIST -> "review.bulk.done.WAITLIST";
                case REJECT -> "review.bulk.done.REJECT";
                case MESSAGE -> "review.bulk.done.MESSAGE";
            };
        }
    }

    /** One ticked file: its id, the version the list showed, and the student's name for the report. */
    public record Target(long id, Long version, String name) implements Serializable {
    }

    /** A file that could not be decided: whose, and the message saying why. */
    public record Refusal(String name, String messageKey, Object[] arguments) implements Serializable {
    }

    /** The files done and those refused, in the order they were ticked. */
    public record Outcome(List<String> done, List<Refusal> refused) implements Serializable {

        public Outcome {
            done = List.copyOf(done);
            refused = List.copyOf(refused);
        }

        public boolean nothingDone() {
            return done.isEmpty();
        }
    }

    /** The longest list acted on at once: one page of the list at most, as the coordinator sees it. */
    public static final int MAX_FILES = 100;

    private final List<String> done = new ArrayList<>();
    private final List<Refusal> refused = new ArrayList<>();

    void done(Target target) {
        done.add(target.name());
    }

    void refused(Target target, BusinessException e) {
        refused.add(new Refusal(target.name(), e.messageKey(), e.arguments()));
    }

    void notFound(Target target) {
        refused.add(new Refusal(target.name(), "review.bulk.notFound", new Object[0]));
    }

    Outcome outcome() {
        return new Outcome(done, refused);
    }

    /**
     * The checks made before anything is done: something ticked, not more than {@link #MAX_FILES},
     * a text where the action needs one. Thrown as a business error on the field concerned.
     */
    public static void check(Action action, List<Target> targets, String text) {
        if (action == null) {
            throw new BusinessException("review.bulk.noAction");
        }
        if (targets == null || targets.isEmpty()) {
            throw new BusinessException("review.bulk.nothingTicked");
        }
        if (targets.size() > MAX_FILES) {
            throw new BusinessException("review.bulk.tooMany", MAX_FILES);
        }
        if (action.needsText() && (text == null || text.isBlank())) {
            throw new BusinessException("bulkText", action == Action.REJECT ? "review.bulk.reasonRequired"
                    : "review.bulk.messageRequired");
        }
    }
}
