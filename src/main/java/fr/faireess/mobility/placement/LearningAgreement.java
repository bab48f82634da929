package fr.faireess.mobility.placement;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import fr.faireess.mobility.platform.error.BusinessException;

/**
 * One version of the Learning Agreement for Traineeships of a placement: version 1 is the original,
 * the next ones are amendments (Table A2, with the reason for the change). A version can be edited
 * until its first signature; from then on it is frozen — {@link #update} refuses — and a change
 * needs a new version, signed again by all three parties. Every version stays.
 */
@Entity
@Table(name = "learning_agreement")
public class LearningAgreement implements Serializable {

    public static final Set<String> LANGUAGE_LEVELS = Set.of("A1", "A2", "B1", "B2", "C1", "C2");

    /** How the mentor signed. */
    public enum MentorMode { LINK, SCAN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "placement_id")
    private Placement placement;

    @Column(name = "version_number", nullable = false) private int number;
    @Column(name = "planned_start", nullable = false) private LocalDate plannedStart;
    @Column(name = "planned_end", nullable = false) private LocalDate plannedEnd;

    @Size(max = 200)
    @Column(name = "traineeship_title", length = 200)
    private String title;

    @Column(name = "hours_per_week", nullable = false) private int hoursPerWeek;
    @Column(name = "detailed_programme", columnDefinition = "TEXT") private String programme;
    @Column(columnDefinition = "TEXT") private String skills;
    @Column(name = "monitoring_plan", columnDefinition = "TEXT") private String monitoringPlan;
    @Column(name = "evaluation_plan", columnDefinition = "TEXT") private String evaluationPlan;

    @Size(max = 2)
    @Column(name = "language_level", length = 2)
    private String languageLevel;

    @Column(name = "digital_skills", nullable = false) private boolean digitalSkills;
    @Column(name = "change_reason", columnDefinition = "TEXT") private String changeReason;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Recognition recognition;

    @Column(name = "ects_credits") private Integer ectsCredits;

    @Size(max = 500)
    @Column(name = "financial_support", length = 500)
    private String financialSupport;

    @Size(max = 500)
    @Column(name = "in_kind_support", length = 500)
    private String inKindSupport;

    @Column(name = "accident_insurance", nullable = false) private boolean accidentInsurance;
    @Column(name = "liability_insurance", nullable = false) private boolean liabilityInsurance;

    // Table A's virtual component, Table B's grade basis and the sending institution's insurance,
    // Table C's accident cover, the host's supervisor (EU template, V31).
    @Column(name = "virtual_component", columnDefinition = "TEXT") private String virtualComponent;
    @Column(name = "grade_certificate", nullable = false) private boolean gradeCertificate;
    @Column(name = "grade_report", nullable = false) private boolean gradeReport;
    @Column(name = "grade_interview", nullable = false) private boolean gradeInterview;
    @Column(name = "sending_accident", nullable = false) private boolean sendingAccident;
    @Column(name = "sending_accident_travel", nullable = false) private boolean sendingAccidentTravel;
    @Column(name = "sending_accident_commute", nullable = false) private boolean sendingAccidentCommute;
    @Column(name = "sending_liability", nullable = false) private boolean sendingLiability;
    @Column(name = "host_accident_travel", nullable = false) private boolean hostAccidentTravel;
    @Column(name = "host_accident_commute", nullable = false) private boolean hostAccidentCommute;
    @Size(max = 120) @Column(name = "supervisor_name", length = 120) private String supervisorName;
    @Size(max = 120) @Column(name = "supervisor_position", length = 120) private String supervisorPosition;
    @Size(max = 254) @Column(name = "supervisor_email", length = 254) private String supervisorEmail;
    @Size(max = 40) @Column(name = "supervisor_phone", length = 40) private String supervisorPhone;

    @Size(max = 200) @Column(name = "student_signed_by", length = 200) private String studentSignedBy;
    @Column(name = "student_signed_at") private Instant studentSignedAt;
    @Size(max = 200) @Column(name = "coordinator_signed_by", length = 200) private String coordinatorSignedBy;
    @Column(name = "coordinator_signed_at") private Instant coordinatorSignedAt;
    @Size(max = 200) @Column(name = "mentor_signed_by", length = 200) private String mentorSignedBy;
    @Column(name = "mentor_signed_at") private Instant mentorSignedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mentor_sign_mode", length = 10)
    private MentorMode mentorMode;

    @Column(name = "created_at", nullable = false) private Instant createdAt;

    @Version
    private long version;

    protected LearningAgreement() {
    }

    /** The first version, with the placement's period and hours. */
    LearningAgreement(Placement placement, Instant createdAt) {
        this.placement = Objects.requireNonNull(placement);
        this.number = 1;
        this.plannedStart = placement.getPlannedStart();
        this.plannedEnd = placement.getPlannedEnd();
        this.hoursPerWeek = placement.getHoursPerWeek();
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** An amendment: a copy of {@code previous}'s content, unsigned, numbered after it. */
    LearningAgreement(LearningAgreement previous, Instant createdAt) {
        this.placement = previous.placement;
        this.number = previous.number + 1;
        this.createdAt = Objects.requireNonNull(createdAt);
        copyContent(previous.toForm());
        this.changeReason = null;
    }

    /** Replaces the content; refused once anybody signed this version. */
    void update(AgreementForm form) {
        if (isFrozen()) {
            throw new BusinessException("agreement.frozen", number);
        }
        copyContent(form);
    }

    /** The period and hours of an unsigned version follow the placement's correction; refused once signed. */
    void replan(LocalDate start, LocalDate end, int hours) {
        if (isFrozen()) {
            throw new BusinessException("agreement.frozen", number);
        }
        plannedStart = Objects.requireNonNull(start);
        plannedEnd = Objects.requireNonNull(end);
        hoursPerWeek = hours;
    }

    private void copyContent(AgreementForm form) {
        plannedStart = form.getPlannedStart();
        plannedEnd = form.getPlannedEnd();
        title = form.getTitle();
        hoursPerWeek = form.getHoursPerWeek() == null ? 0 : form.getHoursPerWeek();
        programme = form.getProgramme();
        skills = form.getSkills();
        monitoringPlan = form.getMonitoringPlan();
        evaluationPlan = form.getEvaluationPlan();
        languageLevel = form.getLanguageLevel();
        digitalSkills = form.isDigitalSkills();
        changeReason = form.getChangeReason();
        recognition = form.getRecognition();
        ectsCredits = form.getEctsCredits();
        financialSupport = form.getFinancialSupport();
        inKindSupport = form.getInKindSupport();
        accidentInsurance = form.isAccidentInsurance();
        liabilityInsurance = form.isLiabilityInsurance();
        // A cover is only what an insurance that exists covers.
        virtualComponent = form.getVirtualComponent();
        gradeCertificate = form.isGradeCertificate();
        gradeReport = form.isGradeReport();
        gradeInterview = form.isGradeInterview();
        sendingAccident = form.isSendingAccident();
        sendingAccidentTravel = form.isSendingAccident() && form.isSendingAccidentTravel();
        sendingAccidentCommute = form.isSendingAccident() && form.isSendingAccidentCommute();
        sendingLiability = form.isSendingLiability();
        hostAccidentTravel = form.isAccidentInsurance() && form.isHostAccidentTravel();
        hostAccidentCommute = form.isAccidentInsurance() && form.isHostAccidentCommute();
        supervisorName = form.getSupervisorName();
        supervisorPosition = form.getSupervisorPosition();
        supervisorEmail = form.getSupervisorEmail();
        supervisorPhone = form.getSupervisorPhone();
    }

    public AgreementForm toForm() {
        AgreementForm form = new AgreementForm();
        form.setPlannedStart(plannedStart);
        form.setPlannedEnd(plannedEnd);
        form.setTitle(title);
        form.setHoursPerWeek(hoursPerWeek);
        form.setProgramme(programme);
        form.setSkills(skills);
        form.setMonitoringPlan(monitoringPlan);
        form.setEvaluationPlan(evaluationPlan);
        form.setLanguageLevel(languageLevel);
        form.setDigitalSkills(digitalSkills);
        form.setChangeReason(changeReason);
        form.setRecognition(recognition);
        form.setEctsCredits(ectsCredits);
        form.setFinancialSupport(financialSupport);
        form.setInKindSupport(inKindSupport);
        form.setAccidentInsurance(accidentInsurance);
        form.setLiabilityInsurance(liabilityInsurance);
        form.setVirtualComponent(virtualComponent);
        form.setGradeCertificate(gradeCertificate);
        form.setGradeReport(gradeReport);
        form.setGradeInterview(gradeInterview);
        form.setSendingAccident(sendingAccident);
        form.setSendingAccidentTravel(sendingAccidentTravel);
        form.setSendingAccidentCommute(sendingAccidentCommute);
        form.setSendingLiability(sendingLiability);
        form.setHostAccidentTravel(hostAccidentTravel);
        form.setHostAccidentCommute(hostAccidentCommute);
        form.setSupervisorName(supervisorName);
        form.setSupervisorPosition(supervisorPosition);
        form.setSupervisorEmail(supervisorEmail);
        form.setSupervisorPhone(supervisorPhone);
        form.setVersion(version);
        return form;
    }

    void signAsStudent(String name, Instant at) {
        if (studentSignedAt != null) {
            throw new BusinessException("agreement.sign.already");
        }
        studentSignedBy = Objects.requireNonNull(name);
        studentSignedAt = Objects.requireNonNull(at);
    }

    void signAsCoordinator(String name, Instant at) {
        if (coordinatorSignedAt != null) {
            throw new BusinessException("agreement.sign.already");
        }
        coordinatorSignedBy = Objects.requireNonNull(name);
        coordinatorSignedAt = Objects.requireNonNull(at);
    }

    void signAsMentor(String name, Instant at, MentorMode mode) {
        if (mentorSignedAt != null) {
            throw new BusinessException("agreement.sign.already");
        }
        mentorSignedBy = Objects.requireNonNull(name);
        mentorSignedAt = Objects.requireNonNull(at);
        mentorMode = Objects.requireNonNull(mode);
    }

    /** Someone signed: nothing in this version may change any more. */
    public boolean isFrozen() {
        return studentSignedAt != null || coordinatorSignedAt != null || mentorSignedAt != null;
    }

    public boolean isSignedByAll() {
        return studentSignedAt != null && coordinatorSignedAt != null && mentorSignedAt != null;
    }

    public boolean isAmendment() {
        return number > 1;
    }

    public int getDays() {
        return new PlacementDuration.Period(plannedStart, plannedEnd).days();
    }

    public Long getId() { return id; }
    public Placement getPlacement() { return placement; }
    public int getNumber() { return number; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public LocalDate getPlannedEnd() { return plannedEnd; }
    public String getTitle() { return title; }
    public int getHoursPerWeek() { return hoursPerWeek; }
    public String getProgramme() { return programme; }
    public String getSkills() { return skills; }
    public String getMonitoringPlan() { return monitoringPlan; }
    public String getEvaluationPlan() { return evaluationPlan; }
    public String getLanguageLevel() { return languageLevel; }
    public boolean isDigitalSkills() { return digitalSkills; }
    public String getChangeReason() { return changeReason; }
    public Recognition getRecognition() { return recognition; }
    public Integer getEctsCredits() { return ectsCredits; }
    public String getFinancialSupport() { return financialSupport; }
    public String getInKindSupport() { return inKindSupport; }
    public boolean isAccidentInsurance() { return accidentInsurance; }
    public boolean isLiabilityInsurance() { return liabilityInsurance; }
    public String getVirtualComponent() { return virtualComponent; }
    public boolean isGradeCertificate() { return gradeCertificate; }
    public boolean isGradeReport() { return gradeReport; }
    public boolean isGradeInterview() { return gradeInterview; }
    public boolean isSendingAccident() { return sendingAccident; }
    public boolean isSendingAccidentTravel() { return sendingAccidentTravel; }
    public boolean isSendingAccidentCommute() { return sendingAccidentCommute; }
    public boolean isSendingLiability() { return sendingLiability; }
    public boolean isHostAccidentTravel() { return hostAccidentTravel; }
    public boolean isHostAccidentCommute() { return hostAccidentCommute; }
    public String getSupervisorName() { return supervisorName; }
    public String getSupervisorPosition() { return supervisorPosition; }
    public String getSupervisorEmail() { return supervisorEmail; }
    public String getSupervisorPhone() { return supervisorPhone; }
    public String getStudentSignedBy() { return studentSignedBy; }
    public Instant getStudentSignedAt() { return studentSignedAt; }
    public String getCoordinatorSignedBy() { return coordinatorSignedBy; }
    public Instant getCoordinatorSignedAt() { return coordinatorSignedAt; }
    public String getMentorSignedBy() { return mentorSignedBy; }
    public Instant getMentorSignedAt() { return mentorSignedAt; }
    public MentorMode getMentorMode() { return mentorMode; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
