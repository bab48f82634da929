package fr.faireess.mobility.module;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.reference.AcademicYear;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.Programme;

/**
 * The module's setup: per academic year and cohort, how many sessions and validated analyses
 * complete it. Administrators set any campus; a coordinator sets their own campus.
 */
@ApplicationScoped
public class ModuleSetupService {

    static final String AUDIT_SUBJECT = "MODULE_REQUIREMENT";
    /** Sanity bound: no cohort is asked for more than this many sessions or analyses. */
    static final int MAX_REQUIRED = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    public Optional<ModuleRequirement> requirement(String academicYear, String campus, String programme, int studyYear) {
        return em.createQuery("""
                        select r from ModuleRequirement r
                        where r.academicYear.code = :year and r.campus.code = :campus
                          and r.programme.code = :programme and r.studyYear = :studyYear""", ModuleRequirement.class)
                .setParameter("year", academicYear).setParameter("campus", campus)
                .setParameter("programme", programme).setParameter("studyYear", studyYear)
                .getResultStream().findFirst();
    }

    /** The requirements of one academic year, optionally of one campus, in cohort order. */
    public List<ModuleRequirement> requirements(String academicYear, String campus) {
        var query = em.createQuery("select r from ModuleRequirement r where r.academicYear.code = :year"
                        + (campus == null ? "" : " and r.campus.code = :campus")
                        + " order by r.campus.name, r.programme.code, r.studyYear", ModuleRequirement.class)
                .setParameter("year", academicYear);
        if (campus != null) {
            query.setParameter("campus", campus);
        }
        return query.getResultList();
    }

    /** Every requirement of a campus and programme, for the completion rule. */
    List<ModuleRequirement> requirementsOf(Campus campus, Programme programme) {
        return em.createQuery("""
                        select r from ModuleRequirement r
                        where r.campus = :campus and r.programme = :programme""", ModuleRequirement.class)
                .setParameter("campus", campus).setParameter("programme", programme)
                .getResultList();
    }

    /** Creates or changes the requirement of the form's cohort. */
    @Transactional
    public ModuleRequirement save(RequirementForm form, Account actor) {
        // The two areas whose pages offer the setup (web.xml): /admin and /coordinator.
        RoleGuard.require(actor, Role.ADMIN, Role.COORDINATOR);
        boolean admin = actor.hasRole(Role.ADMIN);
        AcademicYear year = form.getAcademicYearCode() == null ? null : em.find(AcademicYear.class, form.getAcademicYearCode());
        if (year == null) {
            throw new BusinessException("academicYear", "module.requirement.yearRequired");
        }
        Campus campus = form.getCampusCode() == null ? null : em.find(Campus.class, form.getCampusCode());
        if (campus == null) {
            throw new BusinessException("campus", "module.requirement.campusRequired");
        }
        if (!admin && !campus.equals(actor.getCampus())) {
            throw new BusinessException("campus", "module.requirement.otherCampus");
        }
        Programme programme = form.getProgrammeCode() == null ? null : em.find(Programme.class, form.getProgrammeCode());
        if (programme == null) {
            throw new BusinessException("programme", "module.requirement.programmeRequired");
        }
        Integer studyYear = form.getStudyYear();
        if (studyYear == null || studyYear < 1 || studyYear > 3) {
            throw new BusinessException("studyYear", "module.requirement.studyYearRequired");
        }
        checkNumber(form.getSessionsRequired(), "sessionsRequired");
        checkNumber(form.getIncidentsRequired(), "incidentsRequired");

        Optional<ModuleRequirement> existing = requirement(year.getCode(), campus.getCode(), programme.getCode(), studyYear);
        if (existing.isPresent() && form.getVersion() == null) {
            throw new BusinessException("studyYear", "module.requirement.exists");
        }
        if (existing.isEmpty() && form.getVersion() != null
                || existing.isPresent() && existing.get().getVersion() != form.getVersion()) {
            throw new ConcurrentModificationException();
        }
        ModuleRequirement requirement = existing.orElseGet(() -> new ModuleRequirement(year, campus, programme, studyYear));
        String before = existing.map(r -> r.getSessionsRequired() + "/" + r.getIncidentsRequired()).orElse(null);
        requirement.require(form.getSessionsRequired(), form.getIncidentsRequired());
        if (existing.isEmpty()) {
            em.persist(requirement);
        }
        em.flush();
        audit.record(actor.actor(), "MODULE_REQUIREMENT_SET", AUDIT_SUBJECT, requirement.getId(),
                before, requirement.getSessionsRequired() + "/" + requirement.getIncidentsRequired(),
                year.getCode() + " " + campus.getCode() + " " + programme.getCode() + "-" + studyYear);
        return requirement;
    }

    private static void checkNumber(Integer value, String field) {
        if (value == null || value < 0 || value > MAX_REQUIRED) {
            throw new BusinessException(field, "module.requirement.numberInvalid", MAX_REQUIRED);
        }
    }
}
