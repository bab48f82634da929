package fr.faireess.mobility.grant;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What the coordinator records about one placement for its grant and for the Beneficiary Module:
 * travel by sustainable means (green travel), the extra travel days funded for it, and days of
 * interruption (not funded). A placement without a row has none of them.
 */
@Entity
@Table(name = "grant_facts")
public class GrantFacts {

    @Id
    @Column(name = "placement_id")
    private Long placementId;

    @Column(name = "green_travel", nullable = false) private boolean greenTravel;
    @Column(name = "travel_days", nullable = false) private int travelDays;
    @Column(name = "interruption_days", nullable = false) private int interruptionDays;
    @Column(name = "updated_at", nullable = false) private Instant updatedAt;

    @Version
    private long version;

    protected GrantFacts() {
    }

    GrantFacts(long placementId, Instant now) {
        this.placementId = placementId;
        this.updatedAt = Objects.requireNonNull(now);
    }

    /** The facts of a placement nobody recorded anything for. */
    static GrantFacts none(long placementId) {
        return new GrantFacts(placementId, Instant.EPOCH);
    }

    /** The caller checked the form ({@link GrantFactsRule}). */
    void apply(GrantFactsForm form, Instant now) {
        greenTravel = form.isGreenTravel();
        travelDays = form.getTravelDays();
        interruptionDays = form.getInterruptionDays();
        updatedAt = now;
    }

    public GrantFactsForm toForm() {
        GrantFactsForm form = new GrantFactsForm();
        form.setGreenTravel(greenTravel);
        form.setTravelDays(travelDays);
        form.setInterruptionDays(interruptionDays);
        form.setVersion(version);
        return form;
    }

    public Long getPlacementId() { return placementId; }
    public boolean isGreenTravel() { return greenTravel; }
    public int getTravelDays() { return travelDays; }
    public int getInterruptionDays() { return interruptionDays; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
