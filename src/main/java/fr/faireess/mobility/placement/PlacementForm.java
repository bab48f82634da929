package fr.faireess.mobility.placement;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * What the coordinator types to create a placement from a selected application, or to correct it
 * while nobody has signed yet ({@link #getVersion()}: the placement as it was loaded, for the
 * optimistic lock).
 */
public class PlacementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long applicationId;
    private Long hostId;
    @Size(max = 200, message = "{field.tooLong}")
    private String department;
    private Long mentorId;
    private Long referentId;
    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    private Integer hoursPerWeek = 35;
    private String workingLanguage;
    private long version;

    public Long getApplicationId() { return applicationId; }
    public void setApplicationId(Long applicationId) { this.applicationId = applicationId; }
    public Long getHostId() { return hostId; }
    public void setHostId(Long hostId) { this.hostId = hostId; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public Long getMentorId() { return mentorId; }
    public void setMentorId(Long mentorId) { this.mentorId = mentorId; }
    public Long getReferentId() { return referentId; }
    public void setReferentId(Long referentId) { this.referentId = referentId; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDate plannedStart) { this.plannedStart = plannedStart; }
    public LocalDate getPlannedEnd() { return plannedEnd; }
    public void setPlannedEnd(LocalDate plannedEnd) { this.plannedEnd = plannedEnd; }
    public Integer getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(Integer hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
    public String getWorkingLanguage() { return workingLanguage; }
    public void setWorkingLanguage(String workingLanguage) { this.workingLanguage = workingLanguage; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
