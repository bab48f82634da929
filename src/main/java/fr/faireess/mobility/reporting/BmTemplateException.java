package fr.faireess.mobility.reporting;

/** An uploaded file that cannot serve as a BM template; {@code messageKey} says why (bundle key). */
public class BmTemplateException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String messageKey;

    public BmTemplateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
