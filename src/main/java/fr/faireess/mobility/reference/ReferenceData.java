package fr.faireess.mobility.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

import fr.faireess.mobility.platform.cluster.SharedCache;
import fr.faireess.mobility.platform.persistence.AfterCommit;

/**
 * Read access to reference data, for forms (select lists) and for other features' rules.
 *
 * <p>The lists are asked for by nearly every page (filters, forms, the country column of lists) and
 * change a few times a year: each is kept in the {@link SharedCache} (Payara's JCache on the Data Grid
 * when instances form a cluster) and forgotten as soon as a campus, programme, country or academic
 * year is written through JPA ({@link Changed}), at the write and again after its commit: on this
 * instance at once, on the others within a second. A single row ({@link #country(String)}…) is read from EclipseLink's shared
 * cache, which cache coordination keeps current across instances ({@code persistence.xml}).
 */
@Named
@ApplicationScoped
public class ReferenceData {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SharedCache shared;

    public List<Campus> campuses() {
        return kept(Campus.class, Campus.ALL);
    }

    public List<Programme> programmes() {
        return kept(Programme.class, Programme.ALL);
    }

    public List<Integer> studyYears() {
        return List.of(1, 2, 3);
    }

    public List<Country> countries() {
        return kept(Country.class, Country.ALL);
    }

    public List<AcademicYear> academicYears() {
        return kept(AcademicYear.class, AcademicYear.ALL);
    }

    /** The key of {@code type}'s list in the {@link SharedCache}. */
    public static String key(Class<?> type) {
        return "reference." + type.getSimpleName();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> kept(Class<T> type, String namedQuery) {
        // Read-only: the rows of EclipseLink's shared cache, never instances managed by a caller's transaction.
        ArrayList<T> list = shared.get(key(type), ArrayList.class, () -> new ArrayList<>(
                em.createNamedQuery(namedQuery, type).setHint(QueryHints.READ_ONLY, HintValues.TRUE).getResultList()));
        return Collections.unmodifiableList(list);
    }

    /** On each reference entity: a write forgets its list, at once and after the transaction. */
    public static class Changed {

        @PostPersist
        @PostUpdate
        @PostRemove
        void written(Object entity) {
            String key = key(entity.getClass());
            SharedCache shared = CDI.current().select(SharedCache.class).get();
            shared.forget(key);
            AfterCommit.once(Changed.class.getName() + "." + key, () -> shared.forget(key));
        }
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
