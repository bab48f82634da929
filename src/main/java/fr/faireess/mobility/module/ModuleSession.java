package fr.faireess.mobility.module;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.reference.AcademicYear;
import fr.faireess.mobility.reference.Campus;

/**
 * A session of the module, run by one trainer on one campus for one or more cohorts. Its date and
 * time are the wall-clock time in Perpignan and Montpellier (Europe/Paris), as people read them on
 * the timetable. Its academic year follows from its date.
 */
@Entity
@Table(name = "module_session")
public class ModuleSession implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "academic_year_code")
    private AcademicYear academicYear;

    @ManyToOne(optional = false)
    @JoinColumn(name = "campus_code")
    private Campus campus;

    @ManyToOne(optional = false)
    @JoinColumn(name = "trainer_id")
    private Account trainer;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_format", nullable = false, length = 30)
    private SessionFormat format;

    @ElementCollection
    @CollectionTable(name = "module_session_cohort", joinColumns = @JoinColumn(name = "session_id"))
    private Set<SessionCohort> cohorts = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "module_session_movement", joinColumns = @JoinColumn(name = "session_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "movement", length = 30)
    private Set<Movement> movements = EnumSet.noneOf(Movement.class);

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ModuleGuest> guests = new ArrayList<>();

    @Size(max = 4000)
    @Column(name = "trainer_notes", length = 4000)
    private String trainerNotes;

    @Size(max = 500)
    @Column(name = "material_url", length = 500)
    private String materialUrl;

    /** When attendance was last saved; null while it is still to be recorded. */
    @Column(name = "attendance_recorded_at")
    private Instant attendanceRecordedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ModuleSession() {
    }

    ModuleSession(Account trainer, Instant createdAt) {
        this.trainer = trainer;
        this.createdAt = createdAt;
    }

    void describe(AcademicYear academicYear, Campus campus, LocalDateTime startsAt, String title, SessionFormat format,
                  Collection<SessionCohort> cohorts, Collection<Movement> movements, String trainerNotes, String materialUrl) {
        this.academicYear = academicYear;
        this.campus = campus;
        this.startsAt = startsAt;
        this.title = title;
        this.format = format;
        this.cohorts.clear();
        this.cohorts.addAll(cohorts);
        this.movements.clear();
        this.movements.addAll(movements);
        this.trainerNotes = trainerNotes;
        this.materialUrl = materialUrl;
    }

    void replaceGuests(List<ModuleGuest> replacement) {
        guests.clear();
        guests.addAll(replacement);
    }

    void attendanceRecorded(Instant at) {
        this.attendanceRecordedAt = at;
    }

    /** The trainer who runs it, or an administrator, may change it and its attendance. */
    public boolean editableBy(Account account) {
        return account != null && (account.hasRole(fr.faireess.mobility.identity.Role.ADMIN)
                || trainer.getId().equals(account.getId()));
    }

    public boolean isFor(SessionCohort cohort) {
        return cohorts.contains(cohort);
    }

    /**
     * Whether a student belongs to one of the session's cohorts: on its campus, and in that programme
     * and study year during the session's academic year ({@code currentAcademicYear} tells how many
     * years ago that was: last year's first-years are this year's second-years).
     */
    public boolean isForStudent(Account student, String currentAcademicYear) {
        if (student == null || student.getCampus() == null || student.getProgramme() == null
                || student.getStudyYear() == null || !campus.getCode().equals(student.getCampus().getCode())) {
            return false;
        }
        int studyYearThen = AcademicYears.studyYearIn(academicYear.getCode(), currentAcademicYear, student.getStudyYear());
        return studyYearThen > 0 && isFor(new SessionCohort(student.getProgramme().getCode(), studyYearThen));
    }

    public Long getId() { return id; }
    public AcademicYear getAcademicYear() { return academicYear; }
    public Campus getCampus() { return campus; }
    public Account getTrainer() { return trainer; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public String getTitle() { return title; }
    public SessionFormat getFormat() { return format; }
    public Set<SessionCohort> getCohorts() { return Collections.unmodifiableSet(cohorts); }
    public Set<Movement> getMovements() { return Collections.unmodifiableSet(movements); }
    public List<ModuleGuest> getGuests() { return Collections.unmodifiableList(guests); }
    public String getTrainerNotes() { return trainerNotes; }
    public String getMaterialUrl() { return materialUrl; }
    public Instant getAttendanceRecordedAt() { return attendanceRecordedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }

    /** Cohort codes in a stable order, e.g. {@code ASS-1, ES-1}. */
    public String getCohortCodes() {
        return String.join(", ", cohorts.stream().map(SessionCohort::code).sorted().toList());
    }
}
