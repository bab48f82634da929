package fr.faireess.mobility.platform.i18n;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.identity.CurrentUser;

/**
 * The interface language: French by default, English on request. The choice is remembered in a
 * cookie (also before login) and on the account (so it follows the person to another computer).
 * A page addressed to someone outside the schools (a host mentor's link) may speak another language
 * for one request, set as the request attribute {@link #PAGE_LOCALE}; the visitor's choice is kept.
 */
@Named("language")
@SessionScoped
public class LanguageBean implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String COOKIE = "mobility_lang";
    public static final List<String> SUPPORTED = List.of("fr", "en");
    /** Request attribute: the {@link Locale} this request's page speaks, whatever the visitor's choice. */
    public static final String PAGE_LOCALE = LanguageBean.class.getName() + ".page";

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountService accounts;

    private String code;

    public Locale getLocale() {
        return pageLocale().orElseGet(() -> Locale.forLanguageTag(getCode()));
    }

    /** The language of this page, as an ISO 639-1 code (the page's {@code lang}, date pickers). */
    public String getPageCode() {
        return getLocale().getLanguage();
    }

    private static Optional<Locale> pageLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null ? Optional.empty()
                : Optional.ofNullable(faces.getExternalContext().getRequestMap().get(PAGE_LOCALE))
                        .filter(Locale.class::isInstance).map(Locale.class::cast);
    }

    public String getCode() {
        if (code == null) {
            code = initialCode();
        }
        return code;
    }

    /** Switches language, remembers it, and reloads the current page in that language. */
    public String switchTo(String requested) {
        if (!SUPPORTED.contains(requested)) {
            return null;
        }
        code = requested;
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(COOKIE, requested, java.util.Map.of(
                "maxAge", 365 * 24 * 3600, "path", "/", "httpOnly", true, "SameSite", "Lax"));
        currentUser.account().ifPresent(a -> accounts.rememberLocale(a.getId(), requested));
        faces.getViewRoot().setLocale(getLocale());
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** After login: the account's remembered language, if any, wins over the anonymous choice. */
    public void adoptAccountPreference() {
        currentUser.account().map(a -> a.getPreferredLocale()).filter(SUPPORTED::contains).ifPresent(l -> code = l);
    }

    public boolean isFrench() {
        return "fr".equals(getCode());
    }

    private String initialCode() {
        // An account may have no preferred language yet (null: List.of's contains would throw).
        var preferred = currentUser.account().map(a -> a.getPreferredLocale()).filter(SUPPORTED::contains);
        if (preferred.isPresent()) {
            return preferred.get();
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            if (request.getCookies() != null) {
                for (Cookie cookie : request.getCookies()) {
                    if (COOKIE.equals(cookie.getName()) && SUPPORTED.contains(cookie.getValue())) {
                        return cookie.getValue();
                    }
                }
            }
        }
        return "fr";
    }
}
