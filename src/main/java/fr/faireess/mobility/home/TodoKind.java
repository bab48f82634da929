package fr.faireess.mobility.home;

import fr.faireess.mobility.platform.security.Role;

/**
 * Every kind of to-do item, with the role whose home lists it and the menu entry where it is done.
 * An informative item (the student's certificate awaited from the host) tells what others still
 * owe and is not counted in the menu.
 */
public enum TodoKind {
    SIGN_AGREEMENT(Role.STUDENT, MenuPlace.MY_PLACEMENTS, false),
    COMPLETE_FILE(Role.STUDENT, MenuPlace.MY_APPLICATIONS, false),
    GIVE_CONSENT(Role.STUDENT, MenuPlace.MY_TESTIMONIES, false),
    WRITE_ANALYSIS(Role.STUDENT, MenuPlace.MY_MODULE, false),
    CERTIFICATE_AWAITED(Role.STUDENT, MenuPlace.MY_PLACEMENTS, true),

    FILES_TO_DECIDE(Role.COORDINATOR, MenuPlace.APPLICATIONS, false),
    AGREEMENTS_TO_COMPLETE(Role.COORDINATOR, MenuPlace.PLACEMENTS, false),
    AGREEMENTS_TO_SIGN(Role.COORDINATOR, MenuPlace.PLACEMENTS, false),
    PLACEMENTS_TO_CONFIRM(Role.COORDINATOR, MenuPlace.PLACEMENTS, false),
    CERTIFICATES_OVERDUE(Role.COORDINATOR, MenuPlace.PLACEMENTS, false),
    TESTIMONIES_TO_MODERATE(Role.COORDINATOR, MenuPlace.TESTIMONIES, false),
    CONSENTS_EXPIRING(Role.COORDINATOR, MenuPlace.TESTIMONIES, false),

    SESSIONS_TO_RECORD(Role.TRAINER, MenuPlace.SESSIONS, false),
    ANALYSES_TO_REVIEW(Role.TRAINER, MenuPlace.ANALYSES, false),

    HELD_MAILS(Role.ADMIN, MenuPlace.OUTBOX, false),
    PURGE_TO_REVIEW(Role.ADMIN, MenuPlace.PRIVACY, false),
    RATE_TABLES_TO_LOCK(Role.ADMIN, MenuPlace.GRANTS, false);

    private final Role role;
    private final MenuPlace place;
    private final boolean informative;

    TodoKind(Role role, MenuPlace place, boolean informative) {
        this.role = role;
        this.place = place;
        this.informative = informative;
    }

    public Role role() { return role; }
    public MenuPlace place() { return place; }
    public boolean isInformative() { return informative; }

    /** The item's text for {@code count} ({@code todo.FILES_TO_DECIDE.one} / {@code .many}, the count as {0}). */
    public String labelKey(long count) {
        return "todo." + name() + (count == 1 ? ".one" : ".many");
    }
}
