package fr.faireess.mobility.call;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.faireess.mobility.platform.config.SchoolTime;

/** What a coordinator types to create or edit a call; times are Europe/Paris wall-clock times. */
public class CallForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{call.title.required}")
    @Size(max = CallFormRule.TITLE_MAX, message = "{field.tooLong}")
    private String title;
    private String academicYear;
    @Size(max = CallFormRule.DESCRIPTION_MAX, message = "{field.tooLong}")
    private String description;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private Integer places;
    private boolean requiresModule;
    private List<String> campuses = new ArrayList<>();
    private List<String> programmes = new ArrayList<>();
    private List<Integer> studyYears = new ArrayList<>();
    private Long version;

    public static CallForm of(MobilityCall call) {
        CallForm form = new CallForm();
        form.title = call.getTitle();
        form.academicYear = call.getAcademicYear();
        form.description = call.getDescription();
        form.opensAt = SchoolTime.toLocal(call.getOpensAt());
        form.closesAt = SchoolTime.toLocal(call.getClosesAt());
        form.places = call.getPlaces();
        form.requiresModule = call.isRequiresModule();
        form.campuses = new ArrayList<>(call.getCampuses());
        form.programmes = new ArrayList<>(call.getProgrammes());
        form.studyYears = new ArrayList<>(call.getStudyYears());
        form.version = call.getVersion();
        return form;
    }

    Instant opensAtInstant() { return SchoolTime.toInstant(opensAt); }
    Instant closesAtInstant() { return SchoolTime.toInstant(closesAt); }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? null : title.trim(); }
    public String getAcademicYear() { return academicYear; }
    public void setAcademicYear(String academicYear) { this.academicYear = academicYear; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDateTime getOpensAt() { return opensAt; }
    public void setOpensAt(LocalDateTime opensAt) { this.opensAt = opensAt; }
    public LocalDateTime getClosesAt() { return closesAt; }
    public void setClosesAt(LocalDateTime closesAt) { this.closesAt = closesAt; }
    public Integer getPlaces() { return places; }
    public void setPlaces(Integer places) { this.places = places; }
    public boolean isRequiresModule() { return requiresModule; }
    public void setRequiresModule(boolean requiresModule) { this.requiresModule = requiresModule; }
    public List<String> getCampuses() { return campuses; }
    public void setCampuses(List<String> campuses) { this.campuses = campuses == null ? new ArrayList<>() : new ArrayList<>(campuses); }
    public List<String> getProgrammes() { return programmes; }
    public void setProgrammes(List<String> programmes) { this.programmes = programmes == null ? new ArrayList<>() : new ArrayList<>(programmes); }
    public List<Integer> getStudyYears() { return studyYears; }
    public void setStudyYears(List<Integer> studyYears) { this.studyYears = studyYears == null ? new ArrayList<>() : new ArrayList<>(studyYears); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
