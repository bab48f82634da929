package fr.faireess.mobility.platform.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;

/**
 * Every failure of an API call becomes a problem document in the caller's language, never a stack
 * trace: unreadable JSON (a syntax error, a wrong type, an unknown field) is the caller's 400, a body
 * over the limit a 413, a rule's refusal a 400 (a field to correct) or a 409 (the state does not
 * allow it), someone else's save in between a 412, a role or scope refused a 403, an unknown or
 * invisible record a 404. Only what nobody foresaw is a 500, logged with its cause.
 */
@Provider
public class ApiErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrorMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = locale();
        String instance = request == null ? null : request.getRequestURI();
        if (BodyLimitFilter.exceeded(request)) {
            return Problems.response(413, locale, instance, "api.bodyTooLarge", BodyLimitFilter.MAX_BYTES / 1024);
        }
        if (failure instanceof ApiException api) {
            return Problems.response(api.status(), locale, instance,
                    Messages.text(locale, api.messageKey(), api.arguments()), List.of(), api.headers());
        }
        if (causedBy(failure, JsonbException.class) || causedBy(failure, JsonParsingException.class)
                || (failure instanceof ProcessingException && !(failure instanceof WebApplicationException))) {
            return Problems.response(400, locale, instance, "api.badJson");
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return fromStatus(web.getResponse(), locale, instance);
        }
        if (failure instanceof NotFoundException) {
            return Problems.response(404, locale, instance, "api.notFound");
        }
        if (failure instanceof ConcurrentModificationException || causedBy(failure, OptimisticLockException.class)) {
            return Problems.response(412, locale, instance, "api.stale");
        }
        if (failure instanceof BusinessException business) {
            List<Problem.FieldError> errors = business.all().stream()
                    .map(b -> new Problem.FieldError(b.field().orElse(null), Messages.text(locale, b.messageKey(), b.arguments())))
                    .toList();
            return Problems.response(business.field().isPresent() ? 400 : 409, locale, instance,
                    errors.get(0).message(), errors.size() > 1 ? errors : List.of(), Map.of());
        }
        if (failure instanceof SecurityException) {
            return Problems.response(403, locale, instance, "api.forbidden");
        }
        LOG.log(Level.SEVERE, "API call failed: " + instance, failure);
        return Problems.response(500, locale, instance, "api.serverError");
    }

    private static Response fromStatus(Response original, Locale locale, String instance) {
        int status = original.getStatus();
        String key = switch (status) {
            case 404 -> "api.notFound";
            case 405 -> "api.methodNotAllowed";
            case 406 -> "api.notAcceptable";
            case 415 -> "api.unsupportedMediaType";
            case 401 -> "api.unauthorized";
            case 403 -> "api.forbidden";
            default -> "api.badRequest";
        };
        Map<String, String> extra = original.getHeaderString("Allow") == null ? Map.of()
                : Map.of("Allow", original.getHeaderString("Allow"));
        int answered = status == 404 || status == 405 || status == 406 || status == 415 || status == 401 || status == 403
                ? status : 400;
        return Problems.response(answered, locale, instance, Messages.text(locale, key), List.of(), extra);
    }

    private Locale locale() {
        try {
            return ApiLanguage.of(headers == null ? null : headers.getAcceptableLanguages());
        } catch (RuntimeException malformedHeader) {
            return Locale.FRENCH;
        }
    }

    static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
