package fr.faireess.mobility.placement;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

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

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.host.HostContact;
import fr.faireess.mobility.host.HostOrganisation;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.placement.PlacementDuration.CountedPeriod;
import fr.faireess.mobility.placement.PlacementDuration.Period;

/**
 * A student's traineeship abroad, created by a coordinator from a selected application. Its state
 * changes only through {@link #moveTo}; its planned period through an agreement version
 * ({@link #replan}) or, before any signature, the coordinator's correction ({@link #revise}); which
 * of its dates count (planned, certified or stopped) is decided by {@link #countedPeriod()} alone.
 */
@Entity
@Table(name = "placement")
public class Placement implements Serializable {

    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    // Read for a whole list page at once (one IN query per relation), not one SELECT per row: the
    // coordinators' list sent 112 statements for a page of 25 (ScaleBenchmark, README Benchmarks).
    @ManyToOne(optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "application_id")
    private MobilityApplication application;

    @ManyToOne(optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "student_id")
    private Account student;

    @ManyToOne(optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "host_id")
    private HostOrganisation host;

    @Size(max = 200)
    @Column(length = 200)
    private String department;

    @ManyToOne(optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "mentor_id")
    private HostContact mentor;

    @ManyToOne(optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "referent_id")
    private Account referent;

    @Column(name = "planned_start", nullable = false) private LocalDate plannedStart;
    @Column(name = "planned_end", nullable = false) private LocalDate plannedEnd;
    @Column(name = "hours_per_week", nullable = false) private int hoursPerWeek;

    @Size(max = 5)
    @Column(name = "working_language", nullable = false, length = 5)
    private String workingLanguage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlacementState state = PlacementState.PROPOSED;

    @Size(max = 1000)
    @Column(name = "stop_reason", length = 1000)
    private String stopReason;

    @Column(name = "stopped_on") private LocalDate stoppedOn;
    @Column(name = "convention_signed_on") private LocalDate conventionSignedOn;
    @Column(name = "insurance_on") private LocalDate insuranceOn;
    @Column(name = "language_assessed_on") private LocalDate languageAssessedOn;
    @Column(name = "travel_booked_on") private LocalDate travelBookedOn;

    @Column(name = "actual_start") private LocalDate actualStart;
    @Column(name = "actual_end") private LocalDate actualEnd;
    @Column(name = "cert_tasks", columnDefinition = "TEXT") private String certTasks;
    @Column(name = "cert_outcomes", columnDefinition = "TEXT") private String certOutcomes;
    @Column(name = "cert_evaluation", columnDefinition = "TEXT") private String certEvaluation;

    @Size(max = 200)
    @Column(name = "cert_by", length = 200)
    private String certBy;

    @Column(name = "cert_at") private Instant certAt;
    @Column(name = "created_at", nullable = false) private Instant createdAt;

    @Version
    private long version;

    protected Placement() {
    }

    Placement(MobilityApplication application, HostOrganisation host, String department, HostContact mentor,
              Account referent, LocalDate plannedStart, LocalDate plannedEnd, int hoursPerWeek, String workingLanguage,
              Instant createdAt) {
        this.application = Objects.requireNonNull(application);
        this.student = application.getStudent();
        this.host = Objects.requireNonNull(host);
        this.department = department;
        this.mentor = Objects.requireNonNull(mentor);
        this.referent = Objects.requireNonNull(referent);
        this.plannedStart = Objects.requireNonNull(plannedStart);
        this.plannedEnd = Objects.requireNonNull(plannedEnd);
        this.hoursPerWeek = hoursPerWeek;
        this.workingLanguage = Objects.requireNonNull(workingLanguage);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The one way to change state (the caller checked {@link PlacementTransitionRule}); returns the previous state. */
    PlacementState moveTo(PlacementState target, String reason, LocalDate date) {
        if (!state.canMoveTo(target)) {
            throw new IllegalStateException(state + " → " + target);
        }
        PlacementState from = state;
        state = target;
        if (target.isStop()) {
            stopReason = reason;
            stoppedOn = date;
        }
        return from;
    }

    /**
     * The coordinator's correction of a placement nobody has signed for yet (the caller checked
     * {@link PlacementRevisionRule} and the duration rules).
     */
    void revise(HostOrganisation host, String department, HostContact mentor, Account referent, LocalDate start,
                LocalDate end, int hours, String language) {
        this.host = Objects.requireNonNull(host);
        this.department = department;
        this.mentor = Objects.requireNonNull(mentor);
        this.referent = Objects.requireNonNull(referent);
        this.workingLanguage = Objects.requireNonNull(language);
        replan(start, end, hours);
    }

    void replan(LocalDate start, LocalDate end, int hours) {
        this.plannedStart = Objects.requireNonNull(start);
        this.plannedEnd = Objects.requireNonNull(end);
        this.hoursPerWeek = hours;
    }

    void tick(ChecklistItem item, LocalDate on) {
        switch (item) {
            case CONVENTION -> conventionSignedOn = on;
            case INSURANCE -> insuranceOn = on;
            case LANGUAGE -> languageAssessedOn = on;
            case TRAVEL -> travelBookedOn = on;
        }
    }

    void recordCertificate(LocalDate start, LocalDate end, String tasks, String outcomes, String evaluation,
                           String by, Instant at) {
        this.actualStart = start;
        this.actualEnd = end;
        this.certTasks = tasks;
        this.certOutcomes = outcomes;
        this.certEvaluation = evaluation;
        this.certBy = by;
        this.certAt = at;
    }

    public LocalDate ticked(ChecklistItem item) {
        return switch (item) {
            case CONVENTION -> conventionSignedOn;
            case INSURANCE -> insuranceOn;
            case LANGUAGE -> languageAssessedOn;
            case TRAVEL -> travelBookedOn;
        };
    }

    public boolean hasCertificate() {
        return certAt != null;
    }

    /**
     * The period that counts — for the study cycle, the calendar, the grant and the EU report: the
     * planned dates, the certificate's, or the planned start to the interruption; none if cancelled
     * ({@link PlacementDuration#effective}, the one rule).
     */
    public Optional<CountedPeriod> countedPeriod() {
        return PlacementDuration.effective(state, plannedStart, plannedEnd, actualStart, actualEnd, stoppedOn);
    }

    /** Table D can be recorded while the stay is confirmed or under way, and after an interruption. */
    public boolean canBeCertified() {
        return !hasCertificate() && (state == PlacementState.CONFIRMED || state == PlacementState.IN_PROGRESS
                || state == PlacementState.INTERRUPTED);
    }

    /**
     * The host is outside the European Economic Area: what we send it about the student (agreement,
     * contacts, certificate) is a transfer of personal data that the GDPR makes us flag.
     */
    public boolean isOutsideEea() {
        return !host.getCountry().isEea();
    }

    public int getPlannedDays() {
        return new Period(plannedStart, plannedEnd).days();
    }

    public Long getId() { return id; }
    public MobilityApplication getApplication() { return application; }
    public Account getStudent() { return student; }
    public HostOrganisation getHost() { return host; }
    public String getDepartment() { return department; }
    public HostContact getMentor() { return mentor; }
    public Account getReferent() { return referent; }
    public LocalDate getPlannedStart() { return plannedStart; }
    public LocalDate getPlannedEnd() { return plannedEnd; }
    public int getHoursPerWeek() { return hoursPerWeek; }
    public String getWorkingLanguage() { return workingLanguage; }
    public PlacementState getState() { return state; }
    public String getStopReason() { return stopReason; }
    public LocalDate getStoppedOn() { return stoppedOn; }
    public LocalDate getActualStart() { return actualStart; }
    public LocalDate getActualEnd() { return actualEnd; }
    public String getCertTasks() { return certTasks; }
    public String getCertOutcomes() { return certOutcomes; }
    public String getCertEvaluation() { return certEvaluation; }
    public String getCertBy() { return certBy; }
    public Instant getCertAt() { return certAt; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
