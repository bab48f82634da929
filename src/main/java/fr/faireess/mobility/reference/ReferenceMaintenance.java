package fr.faireess.mobility.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.Role;
import fr.faireess.mobility.identity.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;

/**
 * The administrators' corrections of reference data: a country's Erasmus+ group and EEA flag, a
 * new academic year, a programme's ISCED-F code and diploma names, a campus's sending-institution
 * details. Each change is checked by
 * {@link RoleGuard} first, then by its rule, refused if someone saved the row since it was loaded,
 * and audited (who, when, old → new) in the same transaction.
 *
 * <p>Nothing else needs refreshing afterwards: every feature reads these rows live (the grant and
 * the Beneficiary Module export take the host country's group, placements its EEA flag, the host
 * directory both), and the shared JPA cache of these {@link jakarta.persistence.Cacheable} entities
 * is updated by the commit itself. A grant shown after a group change is computed with the new
 * group, whatever the placement's call year.
 */
@ApplicationScoped
public class ReferenceMaintenance {

    public static final String COUNTRY = "COUNTRY";
    public static final String ACADEMIC_YEAR = "ACADEMIC_YEAR";
    public static final String PROGRAMME = "PROGRAMME";
    public static final String CAMPUS = "CAMPUS";

    @PersistenceContext
    private EntityManager em;

    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Inject private CountryGroups countryGroups;

    // ---------------------------------------------------------------- countries

    /** One page of countries matching the criteria, by French name, paged in the database. */
    public List<Country> countries(CountryCriteria criteria, int first, int pageSize) {
        return criteria.apply(em, "select c from Country c", Country.class, " order by c.nameFr, c.code")
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long countCountries(CountryCriteria criteria) {
        return criteria.apply(em, "select count(c) from Country c", Long.class, "").getSingleResult();
    }

    public Optional<Country> country(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Country.class, code));
    }

    /**
     * Moves a country to another Erasmus+ group and/or sets its EEA flag. Returns {@code false}, and
     * records nothing, when the form changes neither.
     */
    @Transactional
    public boolean changeCountry(String code, CountryForm form, Account admin) {
        RoleGuard.require(admin, Role.ADMIN);
        Country country = country(code).orElseThrow(NotFoundException::new);
        if (country.getVersion() != form.getVersion()) {
            throw new ConcurrentModificationException();
        }
        CountryRule.refusal(form).ifPresent(e -> {
            throw e;
        });
        if (country.getErasmusGroup() == form.getErasmusGroup() && country.isEea() == form.isEea()) {
            return false;
        }
        String before = country.classification();
        country.reclassify(form.getErasmusGroup(), form.isEea());
        flush();
        audit.record(actorOf(admin), "COUNTRY_RECLASSIFIED", COUNTRY, code, before, country.classification(),
                country.getNameFr());
        return true;
    }

    /**
     * Sets a country's Erasmus+ group in one call year (a Programme Guide that moves it). A call year
     * the table does not hold yet first gets every country's groups copied from the latest earlier
     * year (what the grants already read for it), so that only the corrected country changes. Refused
     * if another administrator changed the row since {@code version} (-1: the row did not exist).
     * Returns {@code false}, and records nothing, when the group is already that one.
     */
    @Transactional
    public boolean changeCountryGroup(String code, Integer callYear, ErasmusGroup group, long version, Account admin) {
        RoleGuard.require(admin, Role.ADMIN);
        Country country = country(code).orElseThrow(NotFoundException::new);
        CountryGroupRule.refusal(country, callYear, group).ifPresent(e -> {
            throw e;
        });
        CountryGroupYear row = em.find(CountryGroupYear.class, new CountryGroupYear.Key(callYear, code));
        if ((row == null ? -1 : row.getVersion()) != version) {
            throw new ConcurrentModificationException();
        }
        if (row == null) {
            copyForward(callYear);
            row = em.find(CountryGroupYear.class, new CountryGroupYear.Key(callYear, code));
        }
        ErasmusGroup before = row.getGroup();
        if (before == group) {
            flush();
            return false;
        }
        row.regroup(group);
        flush();
        audit.record(actorOf(admin), "COUNTRY_GROUP_CHANGED", COUNTRY, code, before + " " + callYear, group + " " + callYear,
                country.getNameFr());
        return true;
    }

    /** A call year's rows for every country, from the groups it has now (the latest earlier year's). */
    private void copyForward(int callYear) {
        countryGroups.allIn(callYear).forEach((code, group) -> em.persist(new CountryGroupYear(callYear, code, group)));
        em.flush();
    }

    // ---------------------------------------------------------------- academic years

    /** The next academic year after the existing ones, as a starting point for the form. */
    public AcademicYearForm nextAcademicYear() {
        return AcademicYearRule.next(academicYears(), LocalDate.now(clock.withZone(SchoolTime.ZONE)));
    }

    /** Adds the academic year after the last one (see {@link AcademicYearRule}). */
    @Transactional
    public AcademicYear addAcademicYear(AcademicYearForm form, Account admin) {
        RoleGuard.require(admin, Role.ADMIN);
        AcademicYearRule.refusal(form, academicYears()).ifPresent(e -> {
            throw e;
        });
        AcademicYear year = new AcademicYear(form.codeStripped(), form.getStartsOn(), form.getEndsOn());
        try {
            em.persist(year);
            em.flush();
        } catch (PersistenceException e) {
            // Another administrator added the same year in the meantime (the code is the key).
            throw new BusinessException("code", "reference.year.codeTaken", year.getCode());
        }
        audit.record(actorOf(admin), "ACADEMIC_YEAR_ADDED", ACADEMIC_YEAR, year.getCode(), null, null,
                year.getStartsOn() + " → " + year.getEndsOn());
        return year;
    }

    private List<AcademicYear> academicYears() {
        return em.createQuery("select y from AcademicYear y order by y.startsOn", AcademicYear.class).getResultList();
    }

    // ---------------------------------------------------------------- programmes

    public Optional<Programme> programme(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Programme.class, code));
    }

    /**
     * Corrects a programme's ISCED-F code and diploma names. Returns {@code false}, and records
     * nothing, when the form changes none of them.
     */
    @Transactional
    public boolean correctProgramme(String code, ProgrammeForm form, Account admin) {
        RoleGuard.require(admin, Role.ADMIN);
        Programme programme = programme(code).orElseThrow(NotFoundException::new);
        if (programme.getVersion() != form.getVersion()) {
            throw new ConcurrentModificationException();
        }
        ProgrammeRule.refusal(form).ifPresent(e -> {
            throw e;
        });
        String before = summary(programme);
        programme.correct(form.iscedCodeStripped(), form.diplomaFrStripped(), form.diplomaEnStripped());
        String after = summary(programme);
        if (after.equals(before)) {
            return false;
        }
        flush();
        audit.record(actorOf(admin), "PROGRAMME_CORRECTED", PROGRAMME, code, null, null, before + " → " + after);
        return true;
    }

    private static String summary(Programme p) {
        return "ISCED-F " + p.getIscedCode() + " ; " + p.getDiplomaFr() + " ; " + p.getDiplomaEn();
    }

    // ---------------------------------------------------------------- campuses

    public Optional<Campus> campus(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Campus.class, code));
    }

    /**
     * Corrects what a campus declares as sending institution (Erasmus code, department, address,
     * phone: the Learning Agreement's header, the Beneficiary Module's sending organisation).
     * Returns {@code false}, and records nothing, when the form changes none of them.
     */
    @Transactional
    public boolean correctCampus(String code, CampusForm form, Account admin) {
        RoleGuard.require(admin, Role.ADMIN);
        Campus campus = campus(code).orElseThrow(NotFoundException::new);
        if (campus.getVersion() != form.getVersion()) {
            throw new ConcurrentModificationException();
        }
        CampusRule.refusal(form).ifPresent(e -> {
            throw e;
        });
        String before = summary(campus);
        campus.correct(form.erasmusCodeStored(), form.departmentStored(), form.addressStored(), form.phoneStored());
        String after = summary(campus);
        if (after.equals(before)) {
            return false;
        }
        flush();
        audit.record(actorOf(admin), "CAMPUS_CORRECTED", CAMPUS, code, null, null, before + " → " + after);
        return true;
    }

    private static String summary(Campus c) {
        return "Erasmus " + orDash(c.getErasmusCode()) + " ; " + orDash(c.getDepartment()) + " ; "
                + orDash(c.getAddress()) + " ; " + orDash(c.getPhone());
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

    // ---------------------------------------------------------------- history

    /** Who changed a reference row, when, from what to what; oldest first. */
    public List<AuditEntry> history(String subjectType, String code) {
        return audit.history(subjectType, code);
    }

    /**
     * Writes now, inside the transaction: an administrator who saved the same row between our read
     * and this write gets the "modified by someone else" message, and their change is kept.
     */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentModificationException();
        }
    }

    private static Actor actorOf(Account account) {
        return new Actor(account.getId(), account.getEmail());
    }
}
