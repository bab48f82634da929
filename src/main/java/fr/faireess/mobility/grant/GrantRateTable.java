package fr.faireess.mobility.grant;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * The grant figures of one beneficiary's Erasmus+ call year (its KA131 project): per country group the National Agency's range and
 * the monthly rate the school applies inside it, the top-ups, and the travel support per distance band. An administrator edits it until
 * it is locked ({@link #lock}, once); a locked table never changes, so grants computed from it do
 * not either. The grant agreement number of the project goes with it (the Beneficiary Module asks
 * for it on every mobility; the beneficiary's budget of the year, when it holds one, has the last
 * word, see {@link RateTableChoice}). One table per beneficiary and call year; the beneficiary is
 * the budget feature's, held here by id ({@link GrantBeneficiaries}).
 */
@Entity
@Table(name = "grant_rate_table")
public class GrantRateTable implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_year", nullable = false)
    private int callYear;

    /** The beneficiary whose table it is (null only for a table the demo's first load has not assigned yet). */
    @Column(name = "beneficiary_id")
    private Long beneficiaryId;

    @Column(name = "agreement_number", length = RateTableRule.AGREEMENT_MAX)
    private String agreementNumber;

    @Column(name = "traineeship_top_up", nullable = false) private int traineeshipTopUp;
    @Column(name = "fewer_opportunities_top_up", nullable = false) private int fewerOpportunitiesTopUp;
    @Column(name = "green_travel_top_up", nullable = false) private int greenTravelTopUp;
    /** Extra travel days a green traveller may be funded for. */
    @Column(name = "green_travel_days", nullable = false) private int greenTravelDays;

    @OneToMany(mappedBy = "table", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<GrantRate> rates = new ArrayList<>();

    @OneToMany(mappedBy = "table", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<GrantTravelBand> travelBands = new ArrayList<>();

    @Column(name = "locked_at") private Instant lockedAt;
    @Column(name = "locked_by", length = 254) private String lockedBy;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    /** Set at every change, so that a change to a rate row alone still moves {@link #version}. */
    @Column(name = "updated_at", nullable = false) private Instant updatedAt;

    @Version
    private long version;

    protected GrantRateTable() {
    }

    /** A new, unlocked table with a row per group (figures copied from {@code model}, or zero). */
    GrantRateTable(int callYear, Long beneficiaryId, GrantRateTable model, Instant now) {
        this.callYear = callYear;
        this.beneficiaryId = beneficiaryId;
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
        this.traineeshipTopUp = model == null ? RateTableRule.DEFAULT_TRAINEESHIP : model.traineeshipTopUp;
        this.fewerOpportunitiesTopUp = model == null ? RateTableRule.DEFAULT_FEWER_OPPORTUNITIES : model.fewerOpportunitiesTopUp;
        this.greenTravelTopUp = model == null ? RateTableRule.DEFAULT_GREEN_TRAVEL : model.greenTravelTopUp;
        this.greenTravelDays = model == null ? RateTableRule.DEFAULT_GREEN_TRAVEL_DAYS : model.greenTravelDays;
        for (ErasmusGroup group : ErasmusGroup.values()) {
            Optional<GrantRate> from = model == null ? Optional.empty() : model.rate(group);
            rates.add(new GrantRate(this, group, from.map(GrantRate::getMinMonthly).orElse(0),
                    from.map(GrantRate::getMaxMonthly).orElse(0), from.map(GrantRate::getMonthlyRate).orElse(0)));
        }
        for (DistanceBand band : DistanceBand.values()) {
            TravelSupport.Amounts amounts = model == null ? RateTableRule.DEFAULT_TRAVEL.get(band)
                    : model.travelSupport().bands().getOrDefault(band, RateTableRule.DEFAULT_TRAVEL.get(band));
            travelBands.add(new GrantTravelBand(this, band, amounts.standard(), amounts.green()));
        }
    }

    /** The caller checked the form ({@link RateTableRule}) and that the table is not locked. */
    void apply(RateTableForm form, Instant now) {
        if (isLocked()) {
            throw new IllegalStateException("locked rate table " + callYear);
        }
        agreementNumber = form.agreementNumberOrNull();
        traineeshipTopUp = form.getTraineeshipTopUp();
        fewerOpportunitiesTopUp = form.getFewerOpportunitiesTopUp();
        greenTravelTopUp = form.getGreenTravelTopUp();
        greenTravelDays = form.getGreenTravelDays();
        for (RateTableForm.Row row : form.getRows()) {
            rate(row.getGroup()).orElseThrow().set(row.getMinMonthly(), row.getMaxMonthly(), row.getMonthlyRate());
        }
        for (RateTableForm.TravelRow row : form.getTravelRows()) {
            travelBand(row.getBand()).set(row.getStandardAmount(), row.getGreenAmount());
        }
        updatedAt = now;
    }

    /** The one transition of a table: unlocked → locked. */
    void lock(String by, Instant at) {
        if (isLocked()) {
            throw new IllegalStateException("already locked: " + callYear);
        }
        lockedAt = Objects.requireNonNull(at);
        lockedBy = Objects.requireNonNull(by);
        updatedAt = at;
    }

    public boolean isLocked() {
        return lockedAt != null;
    }

    public Optional<GrantRate> rate(ErasmusGroup group) {
        return rates.stream().filter(r -> r.getGroup() == group).findFirst();
    }

    /** The figures for a mobility to a country of {@code group}; no traineeship top-up for international mobility. */
    public GrantRates ratesFor(ErasmusGroup group) {
        int monthly = rate(group).map(GrantRate::getMonthlyRate).orElse(0);
        return GrantRates.forGroup(group, monthly, traineeshipTopUp, fewerOpportunitiesTopUp, greenTravelTopUp,
                travelSupport());
    }

    /** The call year's travel support amounts, per distance band. */
    public TravelSupport travelSupport() {
        Map<DistanceBand, TravelSupport.Amounts> bands = new EnumMap<>(DistanceBand.class);
        travelBands.forEach(b -> bands.put(b.getBand(), new TravelSupport.Amounts(b.getStandardAmount(), b.getGreenAmount())));
        return new TravelSupport(bands);
    }

    /** A band's row, created for a table that has none yet (a table older than travel support). */
    private GrantTravelBand travelBand(DistanceBand band) {
        return travelBands.stream().filter(b -> b.getBand() == band).findFirst().orElseGet(() -> {
            GrantTravelBand added = new GrantTravelBand(this, band, 0, 0);
            travelBands.add(added);
            return added;
        });
    }

    /** The form of this table, to edit it. */
    public RateTableForm toForm() {
        RateTableForm form = new RateTableForm();
        form.setAgreementNumber(agreementNumber);
        form.setTraineeshipTopUp(traineeshipTopUp);
        form.setFewerOpportunitiesTopUp(fewerOpportunitiesTopUp);
        form.setGreenTravelTopUp(greenTravelTopUp);
        form.setGreenTravelDays(greenTravelDays);
        for (GrantRate rate : getRates()) {
            form.getRows().add(new RateTableForm.Row(rate.getGroup(), rate.getMinMonthly(), rate.getMaxMonthly(),
                    rate.getMonthlyRate()));
        }
        TravelSupport travel = travelSupport();
        for (DistanceBand band : DistanceBand.values()) {
            TravelSupport.Amounts amounts = travel.bands().getOrDefault(band, new TravelSupport.Amounts(0, 0));
            form.getTravelRows().add(new RateTableForm.TravelRow(band, amounts.standard(), amounts.green()));
        }
        form.setVersion(version);
        return form;
    }

    public Long getId() { return id; }
    public int getCallYear() { return callYear; }
    public Long getBeneficiaryId() { return beneficiaryId; }
    public String getAgreementNumber() { return agreementNumber; }
    public int getTraineeshipTopUp() { return traineeshipTopUp; }
    public int getFewerOpportunitiesTopUp() { return fewerOpportunitiesTopUp; }
    public int getGreenTravelTopUp() { return greenTravelTopUp; }
    public int getGreenTravelDays() { return greenTravelDays; }
    public List<GrantRate> getRates() {
        return rates.stream().sorted(Comparator.comparing(GrantRate::getGroup)).toList();
    }
    public Instant getLockedAt() { return lockedAt; }
    public String getLockedBy() { return lockedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
