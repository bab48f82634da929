package fr.faireess.mobility.call;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A call for applications (appel à candidatures). */
@Entity
@Table(name = "mobility_call")
public class MobilityCall implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "academic_year_code", nullable = false, length = 9)
    private String academicYear;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String description;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(nullable = false)
    private int places;

    @Column(name = "requires_module", nullable = false)
    private boolean requiresModule;

    @Column(name = "closed_early_at")
    private Instant closedEarlyAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // Read for all the calls a query returns at once (IN batch), not per call.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "call_campus", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "campus_code", length = 20)
    private Set<String> campuses = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "call_programme", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "programme_code", length = 10)
    private Set<String> programmes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "call_study_year", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "study_year")
    private Set<Integer> studyYears = new HashSet<>();

    @Version
    private long version;

    protected MobilityCall() {
    }

    MobilityCall(Instant createdAt) {
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    void apply(CallForm form) {
        title = form.getTitle().trim();
        academicYear = form.getAcademicYear();
        description = form.getDescription() == null || form.getDescription().isBlank() ? null : form.getDescription().trim();
        opensAt = form.opensAtInstant();
        closesAt = form.closesAtInstant();
        places = form.getPlaces();
        requiresModule = form.isRequiresModule();
        campuses.clear();
        campuses.addAll(form.getCampuses());
        programmes.clear();
        programmes.addAll(form.getProgrammes());
        studyYears.clear();
        studyYears.addAll(form.getStudyYears());
    }

    void closeEarly(Instant at) {
        closedEarlyAt = at;
    }

    public CallEligibility.CallFacts facts() {
        return new CallEligibility.CallFacts(opensAt, closesAt, closedEarlyAt, campuses, programmes, studyYears);
    }

    public boolean isOpen(Instant now) {
        return CallEligibility.isOpen(facts(), now);
    }

    /** When submissions stopped or will stop: the early closing if the coordinator closed the call, else its closing date. */
    public Instant deadline() {
        return closedEarlyAt != null && closedEarlyAt.isBefore(closesAt) ? closedEarlyAt : closesAt;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getAcademicYear() { return academicYear; }
    public String getDescription() { return description; }
    public Instant getOpensAt() { return opensAt; }
    public Instant getClosesAt() { return closesAt; }
    public int getPlaces() { return places; }
    public boolean isRequiresModule() { return requiresModule; }
    public Instant getClosedEarlyAt() { return closedEarlyAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Set<String> getCampuses() { return Collections.unmodifiableSet(new TreeSet<>(campuses)); }
    public Set<String> getProgrammes() { return Collections.unmodifiableSet(new TreeSet<>(programmes)); }
    public Set<Integer> getStudyYears() { return Collections.unmodifiableSet(new TreeSet<>(studyYears)); }
    public long getVersion() { return version; }
}
