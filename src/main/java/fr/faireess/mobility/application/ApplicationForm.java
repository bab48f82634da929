package fr.faireess.mobility.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The student's side of an application, as typed; three wish rows, empty ones ignored. */
public class ApplicationForm implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int WISHES = 3;

    private List<WishForm> wishes = new ArrayList<>(List.of(new WishForm(), new WishForm(), new WishForm()));
    private LocalDate startOn;
    private LocalDate endOn;
    private String workingLanguage;
    private CefrLevel cefrLevel;
    private String motivation;
    private boolean fewerOpportunities;
    private Long version;

    public List<WishForm> getWishes() { return wishes; }
    public void setWishes(List<WishForm> wishes) { this.wishes = wishes; }
    public LocalDate getStartOn() { return startOn; }
    public void setStartOn(LocalDate startOn) { this.startOn = startOn; }
    public LocalDate getEndOn() { return endOn; }
    public void setEndOn(LocalDate endOn) { this.endOn = endOn; }
    public String getWorkingLanguage() { return workingLanguage; }
    public void setWorkingLanguage(String workingLanguage) { this.workingLanguage = workingLanguage == null || workingLanguage.isBlank() ? null : workingLanguage; }
    public CefrLevel getCefrLevel() { return cefrLevel; }
    public void setCefrLevel(CefrLevel cefrLevel) { this.cefrLevel = cefrLevel; }
    public String getMotivation() { return motivation; }
    public void setMotivation(String motivation) { this.motivation = motivation == null || motivation.isBlank() ? null : motivation.strip(); }
    public boolean isFewerOpportunities() { return fewerOpportunities; }
    public void setFewerOpportunities(boolean fewerOpportunities) { this.fewerOpportunities = fewerOpportunities; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
