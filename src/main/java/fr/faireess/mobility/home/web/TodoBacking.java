package fr.faireess.mobility.home.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.home.MenuPlace;
import fr.faireess.mobility.home.TodoCounts;
import fr.faireess.mobility.home.TodoItem;
import fr.faireess.mobility.home.TodoService;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.i18n.MessageBundleBean;

/**
 * The to-do list of a home ({@code #{todoBacking.of('COORDINATOR')}}) and the counts of the menu
 * ({@code #{todoBacking.badge('APPLICATIONS')}}). Each role's list is read once per request, however
 * many menu entries and panels ask for it; the menu's counts are kept a few seconds by the session
 * ({@link TodoBadgeCache}) except on the homes, whose menu and list agree.
 */
@Named
@RequestScoped
public class TodoBacking {

    @Inject private TodoService todo;
    @Inject private CurrentUser currentUser;
    @Inject private MessageBundleBean msg;
    @Inject private TodoBadgeCache badgeCache;
    @Inject private Clock clock;

    private final Map<Role, List<TodoItem>> lists = new EnumMap<>(Role.class);
    private TodoCounts counts;

    /** The items of the home of {@code role} (a {@link Role} name). */
    public List<TodoItem> of(String role) {
        return list(Role.valueOf(role));
    }

    /** The text of an item, e.g. "3 dossiers à décider". */
    public String label(TodoItem item) {
        return msg.format(item.kind().labelKey(item.count()), item.count());
    }

    /**
     * The badge appended to a menu entry's text, as markup (the entry is rendered unescaped): the
     * count shown, and what it counts for screen readers; empty when nothing waits there.
     */
    public String badge(String place) {
        MenuPlace menuPlace = MenuPlace.valueOf(place);
        long count = counts().count(menuPlace);
        if (count == 0) {
            return "";
        }
        String text = counts().at(menuPlace).stream().map(this::label).collect(Collectors.joining(", "));
        return markup(count, text);
    }

    /** The badge of the home entry: everything waiting, whatever the role. */
    public String getHomeBadge() {
        long total = counts().total();
        return total == 0 ? "" : markup(total, msg.format(total == 1 ? "todo.menu.total.one" : "todo.menu.total.many", total));
    }

    private static String markup(long count, String text) {
        return " <span class=\"todo-badge\"><span aria-hidden=\"true\">" + count + "</span><span class=\"sr-only\">"
                + escape(text) + "</span></span>";
    }

    private TodoCounts counts() {
        if (counts == null) {
            // Every page's menu needs the counts only, kept a few seconds by the session; a home shows
            // the full lists (with the files they name), which its menu then counts and keeps.
            Instant now = Instant.now(clock);
            if (isHome()) {
                List<TodoItem> all = read(true);
                badgeCache.keep(all, now);
                counts = new TodoCounts(all);
            } else {
                counts = new TodoCounts(badgeCache.items(now, () -> read(false)));
            }
        }
        return counts;
    }

    /** Every role's items: the full lists, or the counts only where no list was read yet. */
    private List<TodoItem> read(boolean fullLists) {
        List<TodoItem> all = new ArrayList<>();
        for (Role role : Role.values()) {
            if (currentUser.has(role)) {
                all.addAll(fullLists || lists.containsKey(role) ? list(role)
                        : currentUser.account().map(a -> todo.counts(role, a)).orElse(List.of()));
            }
        }
        return all;
    }

    private List<TodoItem> list(Role role) {
        return lists.computeIfAbsent(role, r -> currentUser.account().map(a -> todo.of(r, a)).orElse(List.of()));
    }

    /** The pages that show the to-do lists: their menu counts from the same lists, read now. */
    static final Set<String> HOMES = Set.of("/index.xhtml", "/student/index.xhtml", "/coordinator/index.xhtml",
            "/trainer/index.xhtml", "/admin/index.xhtml");

    private static boolean isHome() {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        return faces != null && faces.getViewRoot() != null && HOMES.contains(faces.getViewRoot().getViewId());
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
