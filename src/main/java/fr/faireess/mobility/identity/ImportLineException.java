package fr.faireess.mobility.identity;

import fr.faireess.mobility.platform.error.BusinessException;

/** A cohort import refused because of one line; the cause says why, in the reader's language. */
public class ImportLineException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final BusinessException reason;

    public ImportLineException(int line, BusinessException reason) {
        super("file", "account.import.lineRefused", line);
        this.line = line;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public BusinessException reason() {
        return reason;
    }
}
