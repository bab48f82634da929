package fr.faireess.mobility.host;

import fr.faireess.mobility.platform.error.BusinessException;

/**
 * Saving would likely create a second copy of an organisation already in the directory. Nothing was
 * saved; the user may confirm with {@link #confirmation()} and save again.
 */
public class HostDuplicateException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final HostDuplicateRule.Existing duplicate;
    private final String confirmation;

    HostDuplicateException(HostDuplicateRule.Existing duplicate, String confirmation) {
        super("name", "host.duplicate.warning", duplicate.name(), duplicate.city());
        this.duplicate = duplicate;
        this.confirmation = confirmation;
    }

    /** The organisation already in the directory that looks like the one being saved. */
    public HostDuplicateRule.Existing duplicate() {
        return duplicate;
    }

    /** What to put in {@link HostForm#setConfirmedDuplicate} to save anyway. */
    public String confirmation() {
        return confirmation;
    }
}
