package fr.faireess.mobility.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Read access to reference data, for forms (select lists) and for other features' rules. */
@Named
@ApplicationScoped
public class ReferenceData {

    @PersistenceContext
    private EntityManager em;

    public List<Campus> campuses() {
        return em.createQuery("select c from Campus c order by c.name", Campus.class).getResultList();
    }

    public List<Programme> programmes() {
        return em.createQuery("select p from Programme p order by p.code", Programme.class).getResultList();
    }

    public List<Integer> studyYears() {
        return List.of(1, 2, 3);
    }

    public List<Country> countries() {
        return em.createQuery("select c from Country c order by c.nameFr", Country.class).getResultList();
    }

    public List<AcademicYear> academicYears() {
        return em.createQuery("select y from AcademicYear y order by y.code", AcademicYear.class).getResultList();
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
