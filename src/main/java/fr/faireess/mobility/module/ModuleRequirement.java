package fr.faireess.mobility.module;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.faireess.mobility.reference.AcademicYear;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.Programme;

/** What a cohort (campus + programme + study year) must do in one academic year to complete the module. */
@Entity
@Table(name = "module_requirement")
public class ModuleRequirement implements Serializable {

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
    @JoinColumn(name = "programme_code")
    private Programme programme;

    @Column(name = "study_year", nullable = false)
    private int studyYear;

    @Column(name = "sessions_required", nullable = false)
    private int sessionsRequired;

    @Column(name = "incidents_required", nullable = false)
    private int incidentsRequired;

    @Version
    private long version;

    protected ModuleRequirement() {
    }

    ModuleRequirement(AcademicYear academicYear, Campus campus, Programme programme, int studyYear) {
        this.academicYear = academicYear;
        this.campus = campus;
        this.programme = programme;
        this.studyYear = studyYear;
    }

    void require(int sessions, int incidents) {
        this.sessionsRequired = sessions;
        this.incidentsRequired = incidents;
    }

    public ModuleCompletionRule.Requirement asRule() {
        return new ModuleCompletionRule.Requirement(sessionsRequired, incidentsRequired);
    }

    public Long getId() { return id; }
    public AcademicYear getAcademicYear() { return academicYear; }
    public Campus getCampus() { return campus; }
    public Programme getProgramme() { return programme; }
    public int getStudyYear() { return studyYear; }
    public int getSessionsRequired() { return sessionsRequired; }
    public int getIncidentsRequired() { return incidentsRequired; }
    public long getVersion() { return version; }
}
