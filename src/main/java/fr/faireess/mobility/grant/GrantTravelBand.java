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

/** One distance band's travel support in a rate table (whole euros, once). Changed only through its table. */
@Entity
@Table(name = "grant_travel_band")
public class GrantTravelBand implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "table_id")
    private GrantRateTable table;

    @Enumerated(EnumType.STRING)
    @Column(name = "band", nullable = false, length = 16)
    private DistanceBand band;

    @Column(name = "standard_amount", nullable = false) private int standardAmount;
    @Column(name = "green_amount", nullable = false) private int greenAmount;

    protected GrantTravelBand() {
    }

    GrantTravelBand(GrantRateTable table, DistanceBand band, int standardAmount, int greenAmount) {
        this.table = table;
        this.band = band;
        set(standardAmount, greenAmount);
    }

    void set(int standard, int green) {
        this.standardAmount = standard;
        this.greenAmount = green;
    }

    public DistanceBand getBand() { return band; }
    public int getStandardAmount() { return standardAmount; }
    public int getGreenAmount() { return greenAmount; }
}
