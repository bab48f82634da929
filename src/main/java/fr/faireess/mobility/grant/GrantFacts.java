package fr.faireess.mobility.grant;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What the coordinator records about one placement for its grant and for the Beneficiary Module:
 * travel by sustainable means (green travel), the funded travel days, days of interruption (not
 * funded, not counted in the duration), days of the host's closure (counted: not an interruption),
 * force majeure with its explanation, and the distance to the host when entered. A placement
 * without a row has none of them.
 */
@Entity
@Table(name = "grant_facts")
public class GrantFacts implements Serializable {

    @Id
    @Column(name = "placement_id")
    private Long placementId;

    @Column(name = "green_travel", nullable = false) private boolean greenTravel;
    @Column(name = "travel_days", nullable = false) private int travelDays;
    @Column(name = "interruption_days", nullable = false) private int interruptionDays;
    /** A host's own closure (e.g. holidays): not an interruption, the days count. */
    @Column(name = "closure_days", nullable = false) private int closureDays;
    @Column(name = "force_majeure", nullable = false) private boolean forceMajeure;
    @Column(name = "force_majeure_explanation", length = GrantFactsRule.EXPLANATION_MAX) private String forceMajeureExplanation;
    /** One-way distance to the host as entered by the coordinator (km); none: computed from the cities. */
    @Column(name = "distance_km") private Integer distanceKm;
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
        closureDays = form.getClosureDays();
        forceMajeure = form.isForceMajeure();
        forceMajeureExplanation = forceMajeure ? form.getForceMajeureExplanation().strip() : null;
        distanceKm = form.getDistanceKm();
        updatedAt = now;
    }

    public GrantFactsForm toForm() {
        GrantFactsForm form = new GrantFactsForm();
        form.setGreenTravel(greenTravel);
        form.setTravelDays(travelDays);
        form.setInterruptionDays(interruptionDays);
        form.setClosureDays(closureDays);
        form.setForceMajeure(forceMajeure);
        form.setForceMajeureExplanation(forceMajeureExplanation);
        form.setDistanceKm(distanceKm);
        form.setVersion(version);
        return form;
    }

    public Long getPlacementId() { return placementId; }
    public boolean isGreenTravel() { return greenTravel; }
    public int getTravelDays() { return travelDays; }
    public int getInterruptionDays() { return interruptionDays; }
    public int getClosureDays() { return closureDays; }
    public boolean isForceMajeure() { return forceMajeure; }
    public String getForceMajeureExplanation() { return forceMajeureExplanation; }
    public Integer getDistanceKm() { return distanceKm; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
