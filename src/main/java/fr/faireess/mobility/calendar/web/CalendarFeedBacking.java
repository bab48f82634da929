package fr.faireess.mobility.calendar.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.calendar.CalendarFeedService;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.identity.Role;

/**
 * Backs the "Mon calendrier" part of {@code /account/index.xhtml}: make the address of one's own
 * feed, or a new one (the old one stops working); the address is shown once, right after.
 */
@Named
@ViewScoped
public class CalendarFeedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CalendarFeedService feeds;
    @Inject private CurrentUser currentUser;

    private String url;

    public void regenerate() {
        url = feeds.regenerate(currentUser.get());
    }

    /** Since when the current address works, or null without one. */
    public Instant getSince() {
        return feeds.activeSince(currentUser.get()).orElse(null);
    }

    /** What the feed holds for this person, one line per role that gives it something. */
    public List<String> getContents() {
        Account me = currentUser.get();
        List<String> keys = new ArrayList<>();
        if (me.hasRole(Role.STUDENT)) {
            keys.add("calendar.contents.STUDENT");
        }
        if (me.hasRole(Role.TRAINER)) {
            keys.add("calendar.contents.TRAINER");
        }
        if (me.hasRole(Role.COORDINATOR)) {
            keys.add("calendar.contents.COORDINATOR");
        }
        return keys;
    }

    public String getUrl() { return url; }
}
