package fr.faireess.mobility.grant;

import java.io.Serializable;
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

import fr.faireess.mobility.reference.ErasmusGroup;

/**
 * One country group's line of a rate table, in whole euros per month: the National Agency's minimum
 * and maximum, and the rate the school applies (inside that range). Changed only through its table.
 */
@Entity
@Table(name = "grant_rate")
public class GrantRate implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "table_id")
    private GrantRateTable table;

    @Enumerated(EnumType.STRING)
    @Column(name = "erasmus_group", nullable = false, length = 13)
    private ErasmusGroup group;

    @Column(name = "min_monthly", nullable = false) private int minMonthly;
    @Column(name = "max_monthly", nullable = false) private int maxMonthly;
    @Column(name = "monthly_rate", nullable = false) private int monthlyRate;

    protected GrantRate() {
    }

    GrantRate(GrantRateTable table, ErasmusGroup group, int minMonthly, int maxMonthly, int monthlyRate) {
        this.table = table;
        this.group = group;
        set(minMonthly, maxMonthly, monthlyRate);
    }

    void set(int min, int max, int rate) {
        this.minMonthly = min;
        this.maxMonthly = max;
        this.monthlyRate = rate;
    }

    public Long getId() { return id; }
    public ErasmusGroup getGroup() { return group; }
    public int getMinMonthly() { return minMonthly; }
    public int getMaxMonthly() { return maxMonthly; }
    public int getMonthlyRate() { return monthlyRate; }

    public String groupLabelKey() {
        return "grant.group." + group.name();
    }
}
