package fr.faireess.mobility.grant;

import java.io.Serializable;

import jakarta.validation.constraints.Size;

/** The coordinator's grant facts of a placement, as edited; checked by {@link GrantFactsRule}. */
public class GrantFactsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean greenTravel;
    private Integer travelDays = 0;
    private Integer interruptionDays = 0;
    private Integer closureDays = 0;
    private boolean forceMajeure;
    /** Stored (and checked by the rule) only with force majeure ticked; the page checks its size either way. */
    @Size(max = GrantFactsRule.EXPLANATION_MAX, message = "{grant.facts.explanationTooLong}")
    private String forceMajeureExplanation;
    private Integer distanceKm;
    private long version;

    public boolean isGreenTravel() { return greenTravel; }
    public void setGreenTravel(boolean greenTravel) { this.greenTravel = greenTravel; }
    public Integer getTravelDays() { return travelDays; }
    public void setTravelDays(Integer travelDays) { this.travelDays = travelDays; }
    public Integer getInterruptionDays() { return interruptionDays; }
    public void setInterruptionDays(Integer interruptionDays) { this.interruptionDays = interruptionDays; }
    public Integer getClosureDays() { return closureDays; }
    public void setClosureDays(Integer closureDays) { this.closureDays = closureDays; }
    public boolean isForceMajeure() { return forceMajeure; }
    public void setForceMajeure(boolean forceMajeure) { this.forceMajeure = forceMajeure; }
    public String getForceMajeureExplanation() { return forceMajeureExplanation; }
    public void setForceMajeureExplanation(String forceMajeureExplanation) { this.forceMajeureExplanation = forceMajeureExplanation == null ? null : forceMajeureExplanation.strip(); }
    public Integer getDistanceKm() { return distanceKm; }
    public void setDistanceKm(Integer distanceKm) { this.distanceKm = distanceKm; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
