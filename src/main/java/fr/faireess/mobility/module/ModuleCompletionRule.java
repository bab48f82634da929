package fr.faireess.mobility.module;

/**
 * When a student has completed the module: at least as many sessions attended (marked present) and
 * as many critical-incident analyses validated as their cohort requires. A cohort without a
 * requirement has not set the module up, so nobody in it has completed it: an eligibility gate
 * then refuses rather than lets everyone through.
 */
public final class ModuleCompletionRule {

    private ModuleCompletionRule() {
    }

    /**
     * @param requirement the cohort's requirement, or null when none is set
     */
    public static CompletionStatus evaluate(int sessionsAttended, int incidentsValidated, Requirement requirement) {
        if (requirement == null) {
            return new CompletionStatus(sessionsAttended, 0, incidentsValidated, 0, false, CompletionStatus.NO_REQUIREMENT);
        }
        boolean sessionsOk = sessionsAttended >= requirement.sessions();
        boolean incidentsOk = incidentsValidated >= requirement.incidents();
        String key = sessionsOk && incidentsOk ? CompletionStatus.COMPLETED
                : sessionsOk ? CompletionStatus.MISSING_INCIDENTS
                : incidentsOk ? CompletionStatus.MISSING_SESSIONS
                : CompletionStatus.MISSING_BOTH;
        return new CompletionStatus(sessionsAttended, requirement.sessions(), incidentsValidated, requirement.incidents(),
                sessionsOk && incidentsOk, key);
    }

    /** What a cohort requires; both numbers are at least zero. */
    public record Requirement(int sessions, int incidents) {
        public Requirement {
            if (sessions < 0 || incidents < 0) {
                throw new IllegalArgumentException("negative requirement");
            }
        }
    }
}
