package fr.faireess.mobility.home;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the menu shows of the to-do lists: per menu entry, the items waiting there and their total.
 * Informative items (what others still owe) are left out: the menu counts what the reader has to do.
 */
public final class TodoCounts {

    private final Map<MenuPlace, List<TodoItem>> byPlace;

    public TodoCounts(Collection<TodoItem> items) {
        this.byPlace = items.stream().filter(i -> !i.kind().isInformative())
                .collect(Collectors.groupingBy(i -> i.kind().place(), () -> new EnumMap<>(MenuPlace.class), Collectors.toList()));
    }

    /** The items waiting under {@code place}, in the lists' order. */
    public List<TodoItem> at(MenuPlace place) {
        return byPlace.getOrDefault(place, List.of());
    }

    public long count(MenuPlace place) {
        return at(place).stream().mapToLong(TodoItem::count).sum();
    }

    /** Everything waiting, for the home entry of the menu. */
    public long total() {
        return byPlace.values().stream().flatMap(List::stream).mapToLong(TodoItem::count).sum();
    }
}
