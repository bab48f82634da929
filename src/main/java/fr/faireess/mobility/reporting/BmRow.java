package fr.faireess.mobility.reporting;

import fr.faireess.mobility.grant.GrantBreakdown;

/**
 * One row of the Beneficiary Module file: a mobility, the call year's grant agreement number (null
 * without a rate table) and the grant {@code GrantService} computed for the period that counts.
 * {@code withAmounts} is false when the call year has no rate table: the days are there, the amounts
 * empty.
 */
public record BmRow(ReportedMobility mobility, String agreementNumber, GrantBreakdown grant, boolean withAmounts) {

    /** The mobility ID reported to the BM: stable, unique per placement. */
    public String mobilityId() {
        return String.format("FE-%d-%06d", mobility.callYear(), mobility.placementId());
    }
}
