package fr.faireess.mobility.budget;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.faireess.mobility.grant.GrantMoney;

/** One beneficiary's KA131 project of one call year: its grant agreement number and its award. */
@Entity
@Table(name = "budget")
public class Budget implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "beneficiary_id")
    private Beneficiary beneficiary;

    @Column(name = "call_year", nullable = false)
    private int callYear;

    @Column(name = "agreement_number", length = BeneficiaryRule.AGREEMENT_MAX)
    private String agreementNumber;

    @Column(name = "awarded", nullable = false, precision = 12, scale = 2)
    private BigDecimal awarded;

    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "updated_at", nullable = false) private Instant updatedAt;

    @Version
    private long version;

    protected Budget() {
    }

    Budget(Beneficiary beneficiary, BudgetForm form, Instant now) {
        this.beneficiary = Objects.requireNonNull(beneficiary);
        this.callYear = form.getCallYear();
        this.createdAt = Objects.requireNonNull(now);
        apply(form, now);
    }

    void apply(BudgetForm form, Instant now) {
        this.agreementNumber = form.getAgreementNumber() == null || form.getAgreementNumber().isBlank() ? null
                : form.getAgreementNumber().strip();
        this.awarded = form.getAwarded().setScale(GrantMoney.SCALE, GrantMoney.ROUNDING);
        this.updatedAt = now;
    }

    public BudgetForm toForm() {
        BudgetForm form = new BudgetForm();
        form.setCallYear(callYear);
        form.setAgreementNumber(agreementNumber);
        form.setAwarded(awarded);
        form.setVersion(version);
        return form;
    }

    public Long getId() { return id; }
    public Beneficiary getBeneficiary() { return beneficiary; }
    public int getCallYear() { return callYear; }
    public String getAgreementNumber() { return agreementNumber; }
    public BigDecimal getAwarded() { return awarded; }
    public long getVersion() { return version; }
}
