package fr.faireess.mobility.privacy;

/** The kinds of records the retention table gives a period to, each from its own starting day. */
public enum RecordType {
    /** An application that led to no mobility (draft, not decided, waitlisted, turned down, withdrawn), with its documents. */
    UNSELECTED_APPLICATION,
    /** A mobility: the selected application, its placements, agreements, certificate, scans and testimonies. */
    MOBILITY_FILE,
    /**
     * A student's row of the intercultural module: an attendance mark, or a critical-incident
     * analysis with its trainer's comment. The sessions themselves stay (teaching records).
     */
    MODULE_RECORD,
    /** An e-mail the outbox has sent. */
    SENT_MAIL,
    /** An e-mail the outbox never sent: held (no SMTP server) or failed for good. */
    UNSENT_MAIL,
    /** The failed-login count kept for an address typed at the login page. */
    LOGIN_FAILURE,
    /** A disabled student account with nothing left behind it (no application, module row, testimony...). */
    FORMER_STUDENT_ACCOUNT;

    public String labelKey() {
        return "privacy.type." + name();
    }

    /** Key of the text naming the day the period starts from. */
    public String anchorKey() {
        return "privacy.anchor." + name();
    }
}
