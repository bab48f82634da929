package fr.faireess.mobility.module;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Life of a critical-incident analysis: the student drafts and submits it; a trainer validates it or
 * asks for rework, after which the student edits and submits again. A validated analysis is final.
 */
public enum IncidentStatus {
    DRAFT,
    SUBMITTED,
    VALIDATED,
    REWORK_REQUESTED;

    private static final Map<IncidentStatus, Set<IncidentStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(VALIDATED, REWORK_REQUESTED),
            REWORK_REQUESTED, EnumSet.of(SUBMITTED),
            VALIDATED, EnumSet.noneOf(IncidentStatus.class));

    public boolean canMoveTo(IncidentStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** The student may still change the text: before submission, or when asked to rework it. */
    public boolean editableByStudent() {
        return this == DRAFT || this == REWORK_REQUESTED;
    }

    public String labelKey() {
        return "module.incident.status." + name();
    }
}
