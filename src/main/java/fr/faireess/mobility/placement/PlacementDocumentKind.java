package fr.faireess.mobility.placement;

/** Scanned documents the coordinator uploads for a placement. */
public enum PlacementDocumentKind {
    AGREEMENT_SCAN, CERTIFICATE_SCAN;

    public String labelKey() {
        return "placement.document." + name();
    }
}
