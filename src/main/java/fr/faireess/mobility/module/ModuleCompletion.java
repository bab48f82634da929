package fr.faireess.mobility.module;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.security.Role;

/**
 * Whether a student has completed the intercultural module — the eligibility gate other features
 * call (e.g. an application to a call that requires the module):
 *
 * <pre>{@code
 * CompletionStatus module = moduleCompletion.statusOf(student);
 * if (!module.completed()) {
 *     throw new BusinessException(module.explanationKey(), module.explanationArguments());
 * }
 * }</pre>
 *
 * <p>Counts every session the student was marked present at and every analysis a trainer validated
 * (including those written abroad), against the requirement of the most recent cohort the student
 * belonged to that has one (a second-year student is judged on the requirement of their first
 * year). The arithmetic is {@link ModuleCompletionRule}'s.
 */
@ApplicationScoped
public class ModuleCompletion {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ModuleSetupService setup;

    @Inject
    private ModuleSessionService sessions;

    public boolean isCompleted(Account student) {
        return statusOf(student).completed();
    }

    public CompletionStatus statusOf(Account student) {
        Optional<ModuleRequirement> requirement = requirementFor(student);
        return ModuleCompletionRule.evaluate(count(attendedCounts(List.of(student.getId())), student),
                count(validatedCounts(List.of(student.getId())), student),
                requirement.map(ModuleRequirement::asRule).orElse(null));
    }

    /** The requirement that applies to the student, if their cohorts have one. */
    Optional<ModuleRequirement> requirementFor(Account student) {
        if (!student.isStudent() || student.getCampus() == null || student.getProgramme() == null
                || student.getStudyYear() == null) {
            return Optional.empty();
        }
        List<ModuleRequirement> candidates = setup.requirementsOf(student.getCampus(), student.getProgramme());
        for (AcademicYears.CohortYear cohort : AcademicYears.cohortsOf(sessions.currentAcademicYear(), student.getStudyYear())) {
            Optional<ModuleRequirement> match = candidates.stream()
                    .filter(r -> r.getAcademicYear().getCode().equals(cohort.academicYear()) && r.getStudyYear() == cohort.studyYear())
                    .findFirst();
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    /**
     * The completion table of a cohort: the students who were in it during the requirement's
     * academic year, by name, each judged on that requirement. Three queries whatever its size.
     */
    public List<CohortMember> cohortTable(ModuleRequirement requirement) {
        List<Account> students = members(requirement);
        List<Long> ids = students.stream().map(Account::getId).toList();
        Map<Long, Long> attended = attendedCounts(ids);
        Map<Long, Long> validated = validatedCounts(ids);
        List<CohortMember> table = new ArrayList<>();
        for (Account s : students) {
            table.add(new CohortMember(s.getId(), s.getLastName(), s.getFirstName(), s.getEmail(),
                    ModuleCompletionRule.evaluate(count(attended, s), count(validated, s), requirement.asRule())));
        }
        table.sort(Comparator.comparing(CohortMember::lastName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(CohortMember::firstName, String.CASE_INSENSITIVE_ORDER));
        return table;
    }

    /** Completion per cohort of one academic year, optionally of one campus. */
    public List<CohortRate> completionRates(String academicYear, String campus) {
        List<CohortRate> rates = new ArrayList<>();
        for (ModuleRequirement requirement : setup.requirements(academicYear, campus)) {
            List<CohortMember> table = cohortTable(requirement);
            rates.add(new CohortRate(requirement, table.size(),
                    (int) table.stream().filter(m -> m.status().completed()).count()));
        }
        return rates;
    }

    private List<Account> members(ModuleRequirement requirement) {
        int studyYearNow = requirement.getStudyYear()
                + AcademicYears.distance(requirement.getAcademicYear().getCode(), sessions.currentAcademicYear());
        return em.createQuery("""
                        select a from Account a where :role member of a.roles and a.enabled = true
                          and a.campus = :campus and a.programme = :programme and a.studyYear = :year""", Account.class)
                .setParameter("role", Role.STUDENT).setParameter("campus", requirement.getCampus())
                .setParameter("programme", requirement.getProgramme()).setParameter("year", studyYearNow)
                .getResultList();
    }

    private Map<Long, Long> attendedCounts(List<Long> studentIds) {
        return counts("""
                select a.student.id, count(a) from Attendance a
                where a.student.id in :ids and a.status = fr.faireess.mobility.module.AttendanceStatus.PRESENT
                group by a.student.id""", studentIds);
    }

    private Map<Long, Long> validatedCounts(List<Long> studentIds) {
        return counts("""
                select i.student.id, count(i) from CriticalIncident i
                where i.student.id in :ids and i.status = fr.faireess.mobility.module.IncidentStatus.VALIDATED
                group by i.student.id""", studentIds);
    }

    private Map<Long, Long> counts(String jpql, List<Long> studentIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (studentIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("ids", studentIds).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    private static int count(Map<Long, Long> counts, Account student) {
        return counts.getOrDefault(student.getId(), 0L).intValue();
    }
}
