package fr.faireess.mobility.budget;

/** Who holds a KA131 grant: one school (one campus), or a consortium sending for several campuses. */
public enum BeneficiaryKind {
    SCHOOL, CONSORTIUM;

    public String labelKey() {
        return "budget.kind." + name();
    }
}
