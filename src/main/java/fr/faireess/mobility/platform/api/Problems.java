package fr.faireess.mobility.platform.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import fr.faireess.mobility.platform.i18n.Messages;

/** Writes problem documents ({@link Problem}) with the status's title and a detail in the caller's language. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response response(int status, Locale locale, String instance, String detail,
                                    List<Problem.FieldError> errors, Map<String, String> headers) {
        Problem problem = new Problem("about:blank", Messages.text(locale, titleKey(status)), status, detail, instance,
                errors == null || errors.isEmpty() ? null : errors);
        Response.ResponseBuilder builder = Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8").entity(problem)
                .header("Content-Language", locale.getLanguage());
        headers.forEach(builder::header);
        if (status == 401) {
            builder.header("WWW-Authenticate", "Bearer realm=\"mobilite\"");
        }
        return builder.build();
    }

    public static Response response(int status, Locale locale, String instance, String messageKey, Object... args) {
        return response(status, locale, instance, Messages.text(locale, messageKey, args), List.of(), Map.of());
    }

    /** The status's short text, from the {@code api} bundle (literal keys, so the bundle test finds them). */
    static String titleKey(int status) {
        return switch (status) {
            case 400 -> "api.status.400";
            case 401 -> "api.status.401";
            case 403 -> "api.status.403";
            case 404 -> "api.status.404";
            case 405 -> "api.status.405";
            case 406 -> "api.status.406";
            case 409 -> "api.status.409";
            case 412 -> "api.status.412";
            case 413 -> "api.status.413";
            case 415 -> "api.status.415";
            case 428 -> "api.status.428";
            case 429 -> "api.status.429";
            default -> status >= 500 ? "api.status.500" : "api.status.400";
        };
    }
}
