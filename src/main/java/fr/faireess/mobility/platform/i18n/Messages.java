package fr.faireess.mobility.platform.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import fr.faireess.mobility.platform.error.BusinessException;

/**
 * Messages in the user's language, and the one place where a refused action becomes a message next
 * to its field (or at the top of the page).
 *
 * <p>Texts live in {@code src/main/resources/fr/faireess/mobility/i18n/}: {@code messages} for the
 * shared ones and one bundle per feature ({@code <feature>.properties} in French, the base, with
 * {@code <feature>_en.properties} and an empty {@code <feature>_fr.properties}). Keys are unique
 * across bundles; a feature bundle is listed in {@link #BUNDLES} to be found. What a host mentor
 * reads (their e-mails, the pages of their personal links) is in the {@code mentor} bundle, which also
 * exists in every {@link fr.faireess.mobility.host.HostLanguage host language}: see {@link #LOOKUP}.
 */
public final class Messages {

    public static final String PACKAGE = "fr.faireess.mobility.i18n.";

    /** Bundles searched, in order. */
    public static final List<String> BUNDLES = List.of(
            "messages",
            "hosts",
            "applications",
            "mail",
            "module",
            "placements",
            "testimonies",
            "grants",
            "privacy",
            "reference",
            "dashboard",
            "mentor",
            "eudocuments",
            "todo",
            "budget",
            "accounts", "sso", "api");

    /**
     * French is the base bundle and English has every key; a host language (Spanish, German…) has the
     * texts a host sees ({@code mentor_xx}) and falls back to English, never to the French base or to
     * the server's own locale, for anything else.
     */
    static final ResourceBundle.Control LOOKUP = new ResourceBundle.Control() {
        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            List<Locale> candidates = new ArrayList<>(super.getCandidateLocales(baseName, locale));
            String language = locale.getLanguage();
            if (!language.isEmpty() && !"fr".equals(language) && !"en".equals(language)) {
                candidates.add(candidates.size() - 1, Locale.ENGLISH);
            }
            return candidates;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    };

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        for (String bundle : BUNDLES) {
            try {
                String pattern = ResourceBundle.getBundle(PACKAGE + bundle, locale, LOOKUP).getString(key);
                if ("fr".equals(locale.getLanguage())) {
                    pattern = FrenchElision.elide(pattern, args);
                }
                return new MessageFormat(pattern, locale).format(args == null ? new Object[0] : args);
            } catch (MissingResourceException e) {
                // not in this bundle
            }
        }
        return key;
    }

    public static String text(String key, Object... args) {
        return text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, args);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** A message attached to the component with client id {@code clientId} (shown next to it). */
    public static void fieldError(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /**
     * Shows a refusal from a service: next to the field it names (inside {@code formId}) or globally.
     * Marks validation as failed so Faces keeps the user's input on the page.
     */
    public static void show(BusinessException e, String formId) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (BusinessException problem : e.all()) {
            String clientId = problem.field().map(f -> formId == null ? f : formId + ":" + f).orElse(null);
            add(clientId, FacesMessage.SEVERITY_ERROR, problem.messageKey(), problem.arguments());
        }
        context.validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
