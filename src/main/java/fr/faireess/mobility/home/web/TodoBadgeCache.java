package fr.faireess.mobility.home.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.SessionScoped;

import fr.faireess.mobility.home.TodoItem;

/**
 * The menu's to-do counts of one session, kept between pages for a few seconds: counting them took
 * about a third of a simple page's time (several count queries on every page). They are read again
 * after {@link #FRESH_FOR}, after any change the session's user makes ({@link #changed}, called for
 * every request that is not a GET: a form posted, a file uploaded), and on the home page, which
 * always shows the exact lists and leaves its counts here. What someone else does therefore shows in
 * this menu at most {@link #FRESH_FOR} late; what the user does, at once.
 */
@SessionScoped
public class TodoBadgeCache implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Duration FRESH_FOR = Duration.ofSeconds(20);

    private List<TodoItem> items;
    private Instant readAt;

    /** The counts kept, or those {@code read} gives now when they are missing, too old or changed. */
    synchronized List<TodoItem> items(Instant now, Supplier<List<TodoItem>> read) {
        if (items == null || readAt.plus(FRESH_FOR).isBefore(now) || now.isBefore(readAt)) {
            keep(read.get(), now);
        }
        return items;
    }

    /** Counts just read in full (the home page's): the next pages' menus start from them. */
    synchronized void keep(List<TodoItem> read, Instant now) {
        items = List.copyOf(read);
        readAt = now;
    }

    /** The user changed something: the next menu counts again. */
    public synchronized void changed() {
        items = null;
        readAt = null;
    }
}
