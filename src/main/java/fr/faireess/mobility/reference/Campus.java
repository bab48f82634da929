package fr.faireess.mobility.reference;

import java.io.Serializable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One of the two schools of the FAIRE-ESS federation. */
@Entity
@EntityListeners(ReferenceData.Changed.class)
@Table(name = "campus")
@Cacheable
@NamedQuery(name = Campus.ALL, query = "select c from Campus c order by c.name")
public class Campus implements Serializable {

    /** Every Campus, in the lists' order; the list is kept ({@link ReferenceData}). */
    public static final String ALL = "Campus.all";

    public static final String PERPIGNAN = "PERPIGNAN";
    public static final String MONTPELLIER = "MONTPELLIER";

    @Id
    @Column(length = 20)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 80)
    private String city;

    /** The city's coordinates (decimal degrees), if known: the travel support's distance is computed from them. */
    @Column(precision = 9, scale = 6) private java.math.BigDecimal latitude;
    @Column(precision = 9, scale = 6) private java.math.BigDecimal longitude;

    // What the Learning Agreement's header asks of the sending institution; empty until known.
    @Column(name = "erasmus_code", length = 20) private String erasmusCode;
    @Column(length = 200) private String department;
    @Column(length = 255) private String address;
    @Column(length = 40) private String phone;

    @Version
    private long version;

    protected Campus() {
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getCity() { return city; }
    public java.math.BigDecimal getLatitude() { return latitude; }
    public java.math.BigDecimal getLongitude() { return longitude; }
    public String getErasmusCode() { return erasmusCode; }
    public String getDepartment() { return department; }
    public String getAddress() { return address; }
    public String getPhone() { return phone; }
    public long getVersion() { return version; }

    /** The administrator's correction (see {@link ReferenceMaintenance#correctCampus}); checked by {@link CampusRule}. */
    void correct(String erasmusCode, String department, String address, String phone) {
        this.erasmusCode = erasmusCode;
        this.department = department;
        this.address = address;
        this.phone = phone;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Campus other && code != null && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
