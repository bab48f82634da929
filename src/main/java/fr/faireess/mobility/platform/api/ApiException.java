package fr.faireess.mobility.platform.api;

import java.util.Map;

/**
 * A refusal of the API layer itself (paging out of range, a missing {@code If-Match}, too many
 * requests…): a status and a message key of the {@code api} bundle, answered as a problem document.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String messageKey;
    private final transient Object[] arguments;
    private final transient Map<String, String> headers;

    public ApiException(int status, String messageKey, Object... arguments) {
        this(status, Map.of(), messageKey, arguments);
    }

    public ApiException(int status, Map<String, String> headers, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.headers = Map.copyOf(headers);
    }

    public int status() { return status; }
    public String messageKey() { return messageKey; }
    public Object[] arguments() { return arguments.clone(); }
    public Map<String, String> headers() { return headers; }
}
