package fr.faireess.mobility.call;

/**
 * How many files of a call are selected: the figure its quota is checked against. The applications
 * feature (above calls) owns the count and implements this port; calls ask it before lowering the
 * number of places.
 */
public interface SelectionCount {

    /** Selected files of the call, every campus counted. Joins the caller's transaction (the quota lock). */
    long selected(long callId);
}
