package fr.faireess.mobility.privacy;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

/** One run of the retention purge and how many records of each type it deleted. Written once, never changed. */
@Entity
@Table(name = "privacy_purge_run")
public class PurgeRun implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false) private Instant startedAt;
    @Column(name = "finished_at", nullable = false) private Instant finishedAt;
    @Column(name = "as_of", nullable = false) private LocalDate asOf;
    @Column(name = "run_by", nullable = false, length = 254) private String runBy;
    @Column(nullable = false) private int failures;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "privacy_purge_count", joinColumns = @JoinColumn(name = "run_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "record_type", length = 40)
    @Column(name = "purged", nullable = false)
    private Map<RecordType, Integer> counts = new HashMap<>();

    protected PurgeRun() {
    }

    PurgeRun(Instant startedAt, Instant finishedAt, LocalDate asOf, String runBy, Map<RecordType, Integer> counts,
             int failures) {
        this.startedAt = Objects.requireNonNull(startedAt);
        this.finishedAt = Objects.requireNonNull(finishedAt);
        this.asOf = Objects.requireNonNull(asOf);
        this.runBy = Objects.requireNonNull(runBy);
        this.counts.putAll(counts);
        this.failures = failures;
    }

    public Long getId() { return id; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public LocalDate getAsOf() { return asOf; }
    public String getRunBy() { return runBy; }
    public int getFailures() { return failures; }

    /** How many records of this type the run deleted (0 when none). */
    public int count(RecordType type) {
        return counts.getOrDefault(type, 0);
    }

    public int getTotal() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every type with its count, in the table's order. */
    public Map<RecordType, Integer> getCounts() {
        Map<RecordType, Integer> all = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            all.put(type, count(type));
        }
        return all;
    }
}
