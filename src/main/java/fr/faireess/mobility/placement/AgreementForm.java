package fr.faireess.mobility.placement;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * What the coordinator types in Tables A (and A2 for an amendment), B and C of one agreement version,
 * with the receiving organisation's supervisor when it is not the mentor.
 */
public class AgreementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate plannedStart;
    private LocalDate plannedEnd;
    @Size(max = 200, message = "{field.tooLong}")
    private String title;
    private Integer hoursPerWeek;
    @Size(max = Placement.TEXT_MAX, message = "{field.tooLong}")
    private String programme;
    @Size(max = Placement.TEXT_MAX, message = "{field.tooLong}")
    private String skills;
    @Size(max = Placement.TEXT_MAX, message = "{field.tooLong}")
    private String monitoringPlan;
    @Size(max = Placement.TEXT_MAX, message = "{field.tooLong}")
    private String evaluationPlan;
    private String languageLevel;
    private boolean digitalSkills;
    @Size(max = Placement.TEXT_MAX, message = "{field.tooLong}")
    private String changeReason;
    private Recognition recognition;
    private Integer ectsCredits;
    @Size(max = 500, message = "{field.tooLong}")
    private String financialSupport;
    @Size(max = 500, message = "{field.tooLong}")
    private String inKindSupport;
    private boolean accidentInsurance;
    private boolean liabilityInsurance;
    // Fields of the EU template added with it (V31): all optional.
    @Size(max = Placement.TEXT_MAX, message = "{field.tooLong}")
    private String virtualComponent;
    private boolean gradeCertificate;
    private boolean gradeReport;
    private boolean gradeInterview;
    private boolean sendingAccident;
    private boolean sendingAccidentTravel;
    private boolean sendingAccidentCommute;
    private boolean sendingLiability;
    private boolean hostAccidentTravel;
    private boolean hostAccidentCommute;
    @Size(max = 120, message = "{field.tooLong}")
    private String supervisorName;
    @Size(max = 120, message = "{field.tooLong}")
    private String supervisorPosition;
    @Size(max = 254, message = "{field.tooLong}")
    private String supervisorEmail;
    @Size(max = 40, message = "{field.tooLong}")
    private String supervisorPhone;
    private long version;

    public LocalDate getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDate plannedStart) { this.plannedStart = plannedStart; }
    public LocalDate getPlannedEnd() { return plannedEnd; }
    public void setPlannedEnd(LocalDate plannedEnd) { this.plannedEnd = plannedEnd; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Integer getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(Integer hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public String getSkills() { return skills; }
    public void setSkills(String skills) { this.skills = skills; }
    public String getMonitoringPlan() { return monitoringPlan; }
    public void setMonitoringPlan(String monitoringPlan) { this.monitoringPlan = monitoringPlan; }
    public String getEvaluationPlan() { return evaluationPlan; }
    public void setEvaluationPlan(String evaluationPlan) { this.evaluationPlan = evaluationPlan; }
    public String getLanguageLevel() { return languageLevel; }
    public void setLanguageLevel(String languageLevel) { this.languageLevel = languageLevel; }
    public boolean isDigitalSkills() { return digitalSkills; }
    public void setDigitalSkills(boolean digitalSkills) { this.digitalSkills = digitalSkills; }
    public String getChangeReason() { return changeReason; }
    public void setChangeReason(String changeReason) { this.changeReason = changeReason; }
    public Recognition getRecognition() { return recognition; }
    public void setRecognition(Recognition recognition) { this.recognition = recognition; }
    public Integer getEctsCredits() { return ectsCredits; }
    public void setEctsCredits(Integer ectsCredits) { this.ectsCredits = ectsCredits; }
    public String getFinancialSupport() { return financialSupport; }
    public void setFinancialSupport(String financialSupport) { this.financialSupport = financialSupport; }
    public String getInKindSupport() { return inKindSupport; }
    public void setInKindSupport(String inKindSupport) { this.inKindSupport = inKindSupport; }
    public boolean isAccidentInsurance() { return accidentInsurance; }
    public void setAccidentInsurance(boolean accidentInsurance) { this.accidentInsurance = accidentInsurance; }
    public boolean isLiabilityInsurance() { return liabilityInsurance; }
    public void setLiabilityInsurance(boolean liabilityInsurance) { this.liabilityInsurance = liabilityInsurance; }
    public String getVirtualComponent() { return virtualComponent; }
    public void setVirtualComponent(String virtualComponent) { this.virtualComponent = virtualComponent; }
    public boolean isGradeCertificate() { return gradeCertificate; }
    public void setGradeCertificate(boolean gradeCertificate) { this.gradeCertificate = gradeCertificate; }
    public boolean isGradeReport() { return gradeReport; }
    public void setGradeReport(boolean gradeReport) { this.gradeReport = gradeReport; }
    public boolean isGradeInterview() { return gradeInterview; }
    public void setGradeInterview(boolean gradeInterview) { this.gradeInterview = gradeInterview; }
    public boolean isSendingAccident() { return sendingAccident; }
    public void setSendingAccident(boolean sendingAccident) { this.sendingAccident = sendingAccident; }
    public boolean isSendingAccidentTravel() { return sendingAccidentTravel; }
    public void setSendingAccidentTravel(boolean sendingAccidentTravel) { this.sendingAccidentTravel = sendingAccidentTravel; }
    public boolean isSendingAccidentCommute() { return sendingAccidentCommute; }
    public void setSendingAccidentCommute(boolean sendingAccidentCommute) { this.sendingAccidentCommute = sendingAccidentCommute; }
    public boolean isSendingLiability() { return sendingLiability; }
    public void setSendingLiability(boolean sendingLiability) { this.sendingLiability = sendingLiability; }
    public boolean isHostAccidentTravel() { return hostAccidentTravel; }
    public void setHostAccidentTravel(boolean hostAccidentTravel) { this.hostAccidentTravel = hostAccidentTravel; }
    public boolean isHostAccidentCommute() { return hostAccidentCommute; }
    public void setHostAccidentCommute(boolean hostAccidentCommute) { this.hostAccidentCommute = hostAccidentCommute; }
    public String getSupervisorName() { return supervisorName; }
    public void setSupervisorName(String supervisorName) { this.supervisorName = supervisorName; }
    public String getSupervisorPosition() { return supervisorPosition; }
    public void setSupervisorPosition(String supervisorPosition) { this.supervisorPosition = supervisorPosition; }
    public String getSupervisorEmail() { return supervisorEmail; }
    public void setSupervisorEmail(String supervisorEmail) { this.supervisorEmail = supervisorEmail; }
    public String getSupervisorPhone() { return supervisorPhone; }
    public void setSupervisorPhone(String supervisorPhone) { this.supervisorPhone = supervisorPhone; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
