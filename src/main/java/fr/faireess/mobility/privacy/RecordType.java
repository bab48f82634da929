package fr.faireess.mobility.privacy;

/** The kinds of records the retention table gives a period to, each from its own starting day. */
public enum RecordType {
    /** An application that led to no mobility (draft, not decided, waitlisted, turned down, withdrawn), with its documents. */
    UNSELECTED_APPLICATION,
    /** A mobility: the selected application, its placements, agreements, certificate, scans and testimonies. */
    MOBILITY_FILE,
    /** An e-mail the outbox has sent. */
    SENT_MAIL,
    /** The failed-login count kept for an address typed at the login page. */
    LOGIN_FAILURE;

    public String labelKey() {
        return "privacy.type." + name();
    }

    /** Key of the text naming the day the period starts from. */
    public String anchorKey() {
        return "privacy.anchor." + name();
    }
}
