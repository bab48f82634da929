package fr.faireess.mobility.placement;

/** Table B of the Learning Agreement: how the sending school recognises the traineeship. */
public enum Recognition {
    /** Part of the curriculum: ECTS credits awarded, recorded in the transcript and diploma supplement. */
    EMBEDDED,
    /** Voluntary traineeship: recorded in the diploma supplement. */
    VOLUNTARY,
    /** Traineeship of a recent graduate: recorded in the Europass mobility document. */
    RECENT_GRADUATE;

    public String labelKey() {
        return "agreement.recognition." + name();
    }
}
