package fr.faireess.mobility.placement;

/** What a mentor's personal link lets them do, once. */
public enum LinkPurpose {
    SIGN_AGREEMENT, CERTIFICATE
}
