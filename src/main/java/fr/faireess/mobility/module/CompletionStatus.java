package fr.faireess.mobility.module;

import java.io.Serializable;

/**
 * Where a student stands in the intercultural module, against the requirements of their cohort.
 * {@link #explanationKey()} is a message key of the {@code module} bundle (French first) that says
 * why, with {@link #explanationArguments()} as its arguments: a feature that refuses something
 * because the module is not completed can pass both to a {@code BusinessException}.
 *
 * @param sessionsAttended   sessions the student was marked present at
 * @param sessionsRequired   sessions their cohort requires (0 when no requirement is set)
 * @param incidentsValidated critical-incident analyses a trainer validated
 * @param incidentsRequired  analyses their cohort requires (0 when no requirement is set)
 * @param completed          whether the module counts as completed
 * @param explanationKey     why (completed, what is missing, or no requirement set for the cohort)
 */
public record CompletionStatus(int sessionsAttended, int sessionsRequired, int incidentsValidated,
                               int incidentsRequired, boolean completed, String explanationKey) implements Serializable {

    public static final String COMPLETED = "module.completion.completed";
    public static final String MISSING_SESSIONS = "module.completion.missingSessions";
    public static final String MISSING_INCIDENTS = "module.completion.missingIncidents";
    public static final String MISSING_BOTH = "module.completion.missingBoth";
    public static final String NO_REQUIREMENT = "module.completion.noRequirement";

    public int sessionsMissing() {
        return Math.max(0, sessionsRequired - sessionsAttended);
    }

    public int incidentsMissing() {
        return Math.max(0, incidentsRequired - incidentsValidated);
    }

    /** Arguments of {@link #explanationKey()}: sessions missing, incidents missing. */
    public Object[] explanationArguments() {
        return new Object[] {sessionsMissing(), incidentsMissing()};
    }
}
