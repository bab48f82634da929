package fr.faireess.mobility.application;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One ranked destination wish. The country is always stored — copied from the host for a directory
 * wish — so lists filter by destination without reaching into the host directory.
 */
@Entity
@Table(name = "application_wish")
public class ApplicationWish implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private MobilityApplication application;

    @Column(name = "wish_rank", nullable = false)
    private int rank;

    @Column(name = "host_id")
    private Long hostId;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Column(length = 120)
    private String city;

    @Column(name = "host_type", length = 30)
    private String hostType;

    @Column(length = 1000)
    private String reason;

    protected ApplicationWish() {
    }

    ApplicationWish(MobilityApplication application, int rank, Long hostId, String countryCode, String city,
                    String hostType, String reason) {
        this.application = application;
        this.rank = rank;
        this.hostId = hostId;
        this.countryCode = countryCode;
        this.city = city;
        this.hostType = hostType;
        this.reason = reason;
    }

    void update(Long hostId, String countryCode, String city, String hostType, String reason) {
        this.hostId = hostId;
        this.countryCode = countryCode;
        this.city = city;
        this.hostType = hostType;
        this.reason = reason;
    }

    WishForm toForm() {
        WishForm form = new WishForm();
        form.setHostId(hostId);
        if (hostId == null) {
            form.setCountryCode(countryCode);
            form.setCity(city);
            form.setHostType(hostType);
        }
        form.setReason(reason);
        return form;
    }

    public Long getId() { return id; }
    public int getRank() { return rank; }
    public Long getHostId() { return hostId; }
    public String getCountryCode() { return countryCode; }
    public String getCity() { return city; }
    public String getHostType() { return hostType; }
    public String getReason() { return reason; }
}
