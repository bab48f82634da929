package fr.faireess.mobility.home;

/** The menu entry under which a to-do item is done: the menu shows the count of items waiting there. */
public enum MenuPlace {
    MY_APPLICATIONS, MY_PLACEMENTS, MY_TESTIMONIES, MY_MODULE,
    APPLICATIONS, PLACEMENTS, TESTIMONIES,
    SESSIONS, ANALYSES,
    OUTBOX, PRIVACY, GRANTS
}
