package fr.faireess.mobility.grant;

import java.io.Serializable;

/** The coordinator's grant facts of a placement, as edited; checked by {@link GrantFactsRule}. */
public class GrantFactsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean greenTravel;
    private Integer travelDays = 0;
    private Integer interruptionDays = 0;
    private long version;

    public boolean isGreenTravel() { return greenTravel; }
    public void setGreenTravel(boolean greenTravel) { this.greenTravel = greenTravel; }
    public Integer getTravelDays() { return travelDays; }
    public void setTravelDays(Integer travelDays) { this.travelDays = travelDays; }
    public Integer getInterruptionDays() { return interruptionDays; }
    public void setInterruptionDays(Integer interruptionDays) { this.interruptionDays = interruptionDays; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
