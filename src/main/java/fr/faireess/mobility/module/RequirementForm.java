package fr.faireess.mobility.module;

import java.io.Serializable;

import fr.faireess.mobility.platform.text.Texts;

/** A cohort's requirement as edited on the setup page; the cohort fields are the form's component ids. */
public class RequirementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String academicYearCode;
    private String campusCode;
    private String programmeCode;
    private Integer studyYear;
    private Integer sessionsRequired;
    private Integer incidentsRequired;
    /** The version the form was loaded from; null when the cohort had no requirement yet. */
    private Long version;

    public static RequirementForm of(ModuleRequirement requirement) {
        RequirementForm form = new RequirementForm();
        form.academicYearCode = requirement.getAcademicYear().getCode();
        form.campusCode = requirement.getCampus().getCode();
        form.programmeCode = requirement.getProgramme().getCode();
        form.studyYear = requirement.getStudyYear();
        form.sessionsRequired = requirement.getSessionsRequired();
        form.incidentsRequired = requirement.getIncidentsRequired();
        form.version = requirement.getVersion();
        return form;
    }

    public String getAcademicYearCode() { return academicYearCode; }
    public void setAcademicYearCode(String academicYearCode) { this.academicYearCode = Texts.blankToNull(academicYearCode); }
    public String getCampusCode() { return campusCode; }
    public void setCampusCode(String campusCode) { this.campusCode = Texts.blankToNull(campusCode); }
    public String getProgrammeCode() { return programmeCode; }
    public void setProgrammeCode(String programmeCode) { this.programmeCode = Texts.blankToNull(programmeCode); }
    public Integer getStudyYear() { return studyYear; }
    public void setStudyYear(Integer studyYear) { this.studyYear = studyYear; }
    public Integer getSessionsRequired() { return sessionsRequired; }
    public void setSessionsRequired(Integer sessionsRequired) { this.sessionsRequired = sessionsRequired; }
    public Integer getIncidentsRequired() { return incidentsRequired; }
    public void setIncidentsRequired(Integer incidentsRequired) { this.incidentsRequired = incidentsRequired; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
