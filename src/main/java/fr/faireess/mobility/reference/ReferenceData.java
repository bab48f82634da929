package fr.faireess.mobility.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Read access to reference data, for forms (select lists) and for other features' rules.
 *
 * <p>The lists are asked for by nearly every page (filters, forms, the country column of lists) and
 * change a few times a year: EclipseLink keeps each list's result ({@link #KEPT}) next to the shared
 * cache that already holds their rows, and forgets it as soon as a campus, programme, country or
 * academic year is saved on this instance. A change saved on another instance of a cluster reaches the
 * rows at once (cache coordination) but a list's membership only when the kept result expires
 * ({@link #KEPT_MS} ms); only academic years are ever added.
 */
@Named
@ApplicationScoped
public class ReferenceData {

    /**
     * EclipseLink's query hints on each entity's named query {@code ALL}: keep the result, and for how
     * long (ms). Only a named query keeps it: a query written here would be a new query each time.
     */
    static final String KEPT = "eclipselink.query-results-cache";
    static final String KEPT_EXPIRY = "eclipselink.query-results-cache.expiry";
    static final String KEPT_MS = "60000";

    @PersistenceContext
    private EntityManager em;

    public List<Campus> campuses() {
        return kept(Campus.ALL, Campus.class);
    }

    public List<Programme> programmes() {
        return kept(Programme.ALL, Programme.class);
    }

    public List<Integer> studyYears() {
        return List.of(1, 2, 3);
    }

    public List<Country> countries() {
        return kept(Country.ALL, Country.class);
    }

    public List<AcademicYear> academicYears() {
        return kept(AcademicYear.ALL, AcademicYear.class);
    }

    private <T> List<T> kept(String namedQuery, Class<T> type) {
        return em.createNamedQuery(namedQuery, type).getResultList();
    }

    public Optional<Campus> campus(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Campus.class, c));
    }

    public Optional<Programme> programme(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Programme.class, c));
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(code).map(c -> em.find(Country.class, c));
    }

    /** The country's name in {@code language} ("fr" or "en"), or the code itself if unknown. */
    public String countryName(String code, String language) {
        if (code == null) {
            return "";
        }
        return country(code).map(c -> "en".equals(language) ? c.getNameEn() : c.getNameFr()).orElse(code);
    }

    /** The academic year containing {@code day}, if the reference table covers it. */
    public Optional<AcademicYear> academicYearOf(LocalDate day) {
        return academicYears().stream().filter(y -> y.contains(day)).findFirst();
    }
}
