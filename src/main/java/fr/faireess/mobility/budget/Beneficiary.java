package fr.faireess.mobility.budget;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A holder of a KA131 grant: a school sending for its own campus, or a consortium sending for
 * several. A placement's beneficiary is the one whose campuses include the student's campus and
 * that has a budget for the placement's call year ({@link BeneficiaryRule} keeps that unique).
 */
@Entity
@Table(name = "beneficiary")
public class Beneficiary implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = BeneficiaryRule.NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private BeneficiaryKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "beneficiary_campus", joinColumns = @JoinColumn(name = "beneficiary_id"))
    @Column(name = "campus_code", length = 20)
    private Set<String> campuses = new TreeSet<>();

    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "updated_at", nullable = false) private Instant updatedAt;

    @Version
    private long version;

    protected Beneficiary() {
    }

    Beneficiary(BeneficiaryForm form, Instant now) {
        this.createdAt = Objects.requireNonNull(now);
        apply(form, now);
    }

    void apply(BeneficiaryForm form, Instant now) {
        this.name = form.getName().strip();
        this.kind = form.getKind();
        this.campuses.clear();
        this.campuses.addAll(form.getCampuses());
        this.updatedAt = now;
    }

    public BeneficiaryForm toForm() {
        BeneficiaryForm form = new BeneficiaryForm();
        form.setName(name);
        form.setKind(kind);
        form.setCampuses(new java.util.ArrayList<>(new TreeSet<>(campuses)));
        form.setVersion(version);
        return form;
    }

    /** Whether it sends students of {@code campus}. */
    public boolean sendsFor(String campus) {
        return campus != null && campuses.contains(campus);
    }

    /** The campuses in a stable order, for pages and the audit line. */
    public String campusList() {
        return String.join(", ", new TreeSet<>(campuses));
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public BeneficiaryKind getKind() { return kind; }
    public Set<String> getCampuses() { return java.util.Collections.unmodifiableSet(campuses); }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
