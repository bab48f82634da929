package fr.faireess.mobility.module;

import java.io.Serializable;

/** How far a cohort has got with the module: students, how many completed, its requirement. */
public record CohortRate(ModuleRequirement requirement, int students, int completed) implements Serializable {

    /** Completed share in whole percent (0 for an empty cohort). */
    public int percent() {
        return students == 0 ? 0 : Math.round(100f * completed / students);
    }
}
