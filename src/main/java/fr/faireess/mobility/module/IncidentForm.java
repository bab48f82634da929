package fr.faireess.mobility.module;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * What a student writes on the critical-incident grid. The field names are the component ids of the
 * form, so a refusal lands next to the right field. Rules: {@link IncidentGrid}.
 */
public class IncidentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = IncidentGrid.MAX_TITLE, message = "{field.tooLong}")
    private String title;
    private LocalDate occurredOn;
    private boolean duringPlacement;
    @Size(max = IncidentGrid.MAX_TEXT, message = "{module.incident.tooLong}")
    private String situation;
    @Size(max = IncidentGrid.MAX_TEXT, message = "{module.incident.tooLong}")
    private String peopleInvolved;
    @Size(max = IncidentGrid.MAX_TEXT, message = "{module.incident.tooLong}")
    private String reaction;
    @Size(max = IncidentGrid.MAX_TEXT, message = "{module.incident.tooLong}")
    private String ownFrame;
    @Size(max = IncidentGrid.MAX_TEXT, message = "{module.incident.tooLong}")
    private String otherFrame;
    @Size(max = IncidentGrid.MAX_TEXT, message = "{module.incident.tooLong}")
    private String negotiation;
    @Size(max = IncidentGrid.MAX_TEXT, message = "{module.incident.tooLong}")
    private String learning;
    /** The version the form was loaded from; null for a new analysis. */
    private Long version;

    public static IncidentForm of(CriticalIncident incident) {
        IncidentForm form = new IncidentForm();
        form.title = incident.getTitle();
        form.occurredOn = incident.getOccurredOn();
        form.duringPlacement = incident.isDuringPlacement();
        form.situation = incident.getSituation();
        form.peopleInvolved = incident.getPeopleInvolved();
        form.reaction = incident.getReaction();
        form.ownFrame = incident.getOwnFrame();
        form.otherFrame = incident.getOtherFrame();
        form.negotiation = incident.getNegotiation();
        form.learning = incident.getLearning();
        form.version = incident.getVersion();
        return form;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = clean(title); }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public boolean isDuringPlacement() { return duringPlacement; }
    public void setDuringPlacement(boolean duringPlacement) { this.duringPlacement = duringPlacement; }
    public String getSituation() { return situation; }
    public void setSituation(String situation) { this.situation = clean(situation); }
    public String getPeopleInvolved() { return peopleInvolved; }
    public void setPeopleInvolved(String peopleInvolved) { this.peopleInvolved = clean(peopleInvolved); }
    public String getReaction() { return reaction; }
    public void setReaction(String reaction) { this.reaction = clean(reaction); }
    public String getOwnFrame() { return ownFrame; }
    public void setOwnFrame(String ownFrame) { this.ownFrame = clean(ownFrame); }
    public String getOtherFrame() { return otherFrame; }
    public void setOtherFrame(String otherFrame) { this.otherFrame = clean(otherFrame); }
    public String getNegotiation() { return negotiation; }
    public void setNegotiation(String negotiation) { this.negotiation = clean(negotiation); }
    public String getLearning() { return learning; }
    public void setLearning(String learning) { this.learning = clean(learning); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
