package fr.faireess.mobility.placement.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.faireess.mobility.host.HostLanguage;
import fr.faireess.mobility.placement.MentorLinks;
import fr.faireess.mobility.platform.i18n.LanguageBean;

/**
 * The mentor's pages ({@code /agreement/sign.xhtml}, {@code /agreement/certificate.xhtml}) speak the
 * mentor's language, not the visitor's FR/EN choice: the language chosen on the page ({@code lang},
 * one of {@link HostLanguage}), else the language of the mentor the link was sent to. Decided here,
 * before Faces builds or restores the view, from the request alone (the forms post the token and
 * the choice back), so the page, its messages and a refusal after a post all agree. A forged link
 * names no one: the page then follows the visitor's own language.
 */
@WebFilter(filterName = "mentorLanguage", urlPatterns = {"/agreement/sign.xhtml", "/agreement/certificate.xhtml"})
public class MentorLanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject private MentorLinks links;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            // Reading a parameter parses a posted form: it must be read as the UTF-8 the pages are sent in.
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        String chosen = request.getParameter("lang");
        Optional<HostLanguage> language = HostLanguage.isSupported(chosen) ? Optional.of(HostLanguage.of(chosen))
                : links.language(request.getParameter("token"));
        language.ifPresent(l -> request.setAttribute(LanguageBean.PAGE_LOCALE, l.locale()));
        chain.doFilter(request, response);
    }
}
