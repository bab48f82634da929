package fr.faireess.mobility.placement;

/**
 * What must be done before departure besides the Learning Agreement (whose state is computed from
 * its signatures): the convention de stage (recorded by the coordinator), insurance, language
 * assessment and travel (ticked by the student).
 */
public enum ChecklistItem {
    CONVENTION(false), INSURANCE(true), LANGUAGE(true), TRAVEL(true);

    private final boolean tickedByStudent;

    ChecklistItem(boolean tickedByStudent) {
        this.tickedByStudent = tickedByStudent;
    }

    public boolean isTickedByStudent() {
        return tickedByStudent;
    }

    public String labelKey() {
        return "placement.checklist." + name();
    }
}
