package fr.faireess.mobility.home;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One line of a to-do list: what waits ({@link #kind}), how many, and the page where it is done
 * ({@link #outcome} with one optional parameter). {@link #targets} names the first few files
 * concerned when each is done on its own page (a placement, a testimony, a session); {@link #count}
 * may be larger than the targets shown.
 */
public record TodoItem(TodoKind kind, long count, String outcome, String paramName, String paramValue,
                       List<TodoTarget> targets) implements Serializable {

    /** How many targets an item names at most: the rest is reached through the item's own link. */
    public static final int MAX_TARGETS = 5;

    public TodoItem {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(outcome);
        targets = targets == null ? List.of() : List.copyOf(targets);
        if (count <= 0) {
            throw new IllegalArgumentException("a to-do item counts something: " + count);
        }
    }

    public static TodoItem of(TodoKind kind, long count, String outcome) {
        return new TodoItem(kind, count, outcome, null, null, List.of());
    }

    public TodoItem withParam(String name, Object value) {
        return new TodoItem(kind, count, outcome, name, String.valueOf(value), targets);
    }

    public TodoItem withTargets(List<TodoTarget> more) {
        return new TodoItem(kind, count, outcome, paramName, paramValue, more.stream().limit(MAX_TARGETS).toList());
    }

    public boolean hasParam() {
        return paramName != null;
    }

    /** More files wait than the targets name. */
    public boolean hasMore() {
        return !targets.isEmpty() && count > targets.size();
    }
}
