package fr.faireess.mobility.module;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.FieldLimits;

/**
 * What a session needs before it is saved, checked in form order so the first problem is shown next
 * to its field. Reference lookups (does the campus exist, is the date in a known academic year) are
 * the service's; this class needs no database.
 */
public final class SessionFormCheck {

    static final int MAX_TITLE = 200;
    static final int MAX_NOTES = 4000;
    static final int MAX_URL = 500;
    static final int MAX_GUEST_NAME = 120;
    static final int MAX_ORGANISATION = 200;

    private SessionFormCheck() {
    }

    /** Checks the form and returns its cohorts, parsed. */
    public static Set<SessionCohort> check(SessionForm form) {
        if (form.getDate() == null) {
            throw new BusinessException("date", "module.session.dateRequired");
        }
        if (form.getTime() == null) {
            throw new BusinessException("time", "module.session.timeRequired");
        }
        if (form.getCampusCode() == null) {
            throw new BusinessException("campus", "module.session.campusRequired");
        }
        Set<SessionCohort> cohorts = new LinkedHashSet<>();
        for (String code : form.getCohortCodes()) {
            SessionCohort cohort = SessionCohort.parse(code);
            if (cohort == null) {
                throw new BusinessException("cohorts", "module.session.cohortUnknown");
            }
            cohorts.add(cohort);
        }
        if (cohorts.isEmpty()) {
            throw new BusinessException("cohorts", "module.session.cohortRequired");
        }
        if (form.getTitle() == null) {
            throw new BusinessException("title", "module.session.titleRequired");
        }
        // MAX_TITLE and MAX_NOTES are the form's limits (@Size on SessionForm), checked here with the title.
        FieldLimits.check(form);
        if (form.getFormat() == null) {
            throw new BusinessException("format", "module.session.formatRequired");
        }
        checkGuests(form.filledGuests());
        if (form.getMaterialUrl() != null && !isWebLink(form.getMaterialUrl())) {
            throw new BusinessException("materialUrl", "module.session.materialUrlInvalid");
        }
        return cohorts;
    }

    private static void checkGuests(List<GuestForm> guests) {
        for (int i = 0; i < guests.size(); i++) {
            GuestForm guest = guests.get(i);
            int row = i + 1;
            if (guest.getFullName() == null) {
                throw new BusinessException("guests", "module.session.guestNameRequired", row);
            }
            // MAX_GUEST_NAME and MAX_ORGANISATION are the row's limits (@Size on GuestForm); the list names the row.
            if (FieldLimits.firstViolation(guest).isPresent()) {
                throw new BusinessException("guests", "module.session.guestTooLong", row);
            }
            if (guest.getCountryCode() == null) {
                throw new BusinessException("guests", "module.session.guestCountryRequired", row);
            }
            if (guest.getRole() == null) {
                throw new BusinessException("guests", "module.session.guestRoleRequired", row);
            }
        }
    }

    /**
     * Only absolute http(s) links with a host: a {@code javascript:} or {@code data:} link shown on a
     * page would run in the reader's session.
     */
    public static boolean isWebLink(String text) {
        if (text == null || text.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
