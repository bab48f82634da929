package fr.faireess.mobility.platform.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

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

    /** Bundles' patterns per locale (see {@link #patterns}); the bundles never change while the application runs. */
    private static final Map<Locale, Map<String, String>> PATTERNS = new ConcurrentHashMap<>();
    /** Locales kept at most (French, English and the host languages need far fewer). */
    private static final int MAX_LOCALES = 32;
    /** Texts without arguments, formatted, per locale. */
    private static final Map<Locale, Map<String, String>> PLAIN = new ConcurrentHashMap<>();

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        if (args != null && args.length > 0) {
            return format(locale, key, args);
        }
        // Most texts of a page (labels, headers, menu entries) have no argument: each is formatted
        // once. Only known keys are kept, so a key made of what a visitor typed fills nothing.
        Map<String, String> plain = PLAIN.get(locale);
        String text = plain == null ? null : plain.get(key);
        if (text == null) {
            text = format(locale, key, new Object[0]);
            if (patterns(locale).containsKey(key) && PLAIN.size() < MAX_LOCALES) {
                PLAIN.computeIfAbsent(locale, l -> new ConcurrentHashMap<>()).put(key, text);
            }
        }
        return text;
    }

    private static String format(Locale locale, String key, Object[] args) {
        String pattern = patterns(locale).get(key);
        if (pattern == null) {
            return key;
        }
        if ("fr".equals(locale.getLanguage())) {
            pattern = FrenchElision.elide(pattern, args);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /**
     * Every key of every bundle in {@code locale}, the first bundle of {@link #BUNDLES} holding a key
     * giving its pattern: one map read per text instead of a bundle search (and a
     * {@link MissingResourceException} per bundle without the key) per text.
     */
    private static Map<String, String> patterns(Locale locale) {
        Map<String, String> known = PATTERNS.get(locale);
        if (known != null) {
            return known;
        }
        if (PATTERNS.size() >= MAX_LOCALES) {
            return read(locale);   // an unusual locale after many others: not kept
        }
        return PATTERNS.computeIfAbsent(locale, Messages::read);
    }

    private static Map<String, String> read(Locale locale) {
        Map<String, String> all = new HashMap<>();
        for (String bundle : BUNDLES) {
            try {
                ResourceBundle texts = ResourceBundle.getBundle(PACKAGE + bundle, locale, LOOKUP);
                for (String key : texts.keySet()) {
                    all.putIfAbsent(key, texts.getString(key));
                }
            } catch (MissingResourceException e) {
                // no such bundle in this language
            }
        }
        return Map.copyOf(all);
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
