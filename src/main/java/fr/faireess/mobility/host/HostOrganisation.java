package fr.faireess.mobility.host;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import fr.faireess.mobility.reference.Country;

/**
 * A host organisation of the directory. Its public part (everything but {@link #getContacts()} and
 * {@link #getNotes()}) is what students see, through {@link HostProfile}; contacts and notes are for
 * staff only. The name and city keys ({@link HostDuplicateRule#key}) are kept next to the texts so
 * that duplicates and text searches are found by the database.
 */
@Entity
@Table(name = "host_organisation")
public class HostOrganisation implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @Size(max = 200)
    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "host_type", nullable = false, length = 20)
    private HostType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_status", nullable = false, length = 12)
    private LegalStatus legalStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", nullable = false, length = 8)
    private HostSize size;

    @Size(max = 255)
    @Column(length = 255)
    private String address;

    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String city;

    @Size(max = 100)
    @Column(name = "city_key", nullable = false, length = 100)
    private String cityKey;

    /** The city's coordinates (decimal degrees), if known: the travel support's distance is computed from them. */
    @Column(precision = 9, scale = 6) private java.math.BigDecimal latitude;
    @Column(precision = 9, scale = 6) private java.math.BigDecimal longitude;

    @ManyToOne(optional = false)
    @JoinColumn(name = "country_code", nullable = false)
    private Country country;

    @Size(max = 255)
    @Column(length = 255)
    private String website;

    /** The EU Organisation ID ("E" and eight digits, see {@link HostInput#oid}), if known. */
    @Size(max = 9)
    @Column(length = 9)
    private String oid;

    @ElementCollection
    @CollectionTable(name = "host_language", joinColumns = @JoinColumn(name = "host_id"))
    @Column(name = "language_code", length = 2)
    private Set<String> languages = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "host_theme", joinColumns = @JoinColumn(name = "host_id"))
    @Column(name = "theme", length = HostInput.THEME_MAX)
    private Set<String> themes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "host_network", joinColumns = @JoinColumn(name = "host_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "network", length = 20)
    private Set<PartnerNetwork> networks = EnumSet.noneOf(PartnerNetwork.class);

    @OneToMany(mappedBy = "host", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("listIndex")
    private List<HostContact> contacts = new ArrayList<>();

    @Size(max = 4000)
    @Column(length = 4000)
    private String notes;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected HostOrganisation() {
    }

    HostOrganisation(Instant createdAt) {
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = createdAt;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public HostType getType() { return type; }
    public LegalStatus getLegalStatus() { return legalStatus; }
    public HostSize getSize() { return size; }
    public String getAddress() { return address; }
    public String getCity() { return city; }
    public java.math.BigDecimal getLatitude() { return latitude; }
    public java.math.BigDecimal getLongitude() { return longitude; }
    public Country getCountry() { return country; }
    public String getWebsite() { return website; }
    public String getOid() { return oid; }
    public Set<String> getLanguages() { return Collections.unmodifiableSet(languages); }
    public Set<String> getThemes() { return Collections.unmodifiableSet(themes); }
    public Set<PartnerNetwork> getNetworks() { return Collections.unmodifiableSet(networks); }
    /** Staff only: never hand these to a student page. */
    public List<HostContact> getContacts() { return Collections.unmodifiableList(contacts); }
    /** Staff only. */
    public String getNotes() { return notes; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }

    void describe(String name, HostType type, LegalStatus legalStatus, HostSize size, String website, String notes) {
        this.name = Objects.requireNonNull(name);
        this.nameKey = HostDuplicateRule.key(name);
        this.type = Objects.requireNonNull(type);
        this.legalStatus = Objects.requireNonNull(legalStatus);
        this.size = Objects.requireNonNull(size);
        this.website = website;
        this.notes = notes;
    }

    /** The organisation's EU OID (checked by the caller), or null. */
    void identify(String oid) {
        this.oid = oid;
    }

    void locate(String address, String city, Country country) {
        this.address = address;
        this.city = Objects.requireNonNull(city);
        this.cityKey = HostDuplicateRule.key(city);
        this.country = Objects.requireNonNull(country);
    }

    /** The city's coordinates, both or none (the caller checked them). */
    void position(java.math.BigDecimal latitude, java.math.BigDecimal longitude) {
        this.latitude = latitude == null ? null : latitude.setScale(6, java.math.RoundingMode.HALF_UP);
        this.longitude = longitude == null ? null : longitude.setScale(6, java.math.RoundingMode.HALF_UP);
    }

    void tag(Set<String> languages, Set<String> themes, Set<PartnerNetwork> networks) {
        replace(this.languages, languages);
        replace(this.themes, themes);
        replace(this.networks, networks);
    }

    /** Contacts not in {@code keep} are removed (orphan removal deletes them). */
    void retainContacts(Set<Long> keep) {
        contacts.removeIf(c -> c.getId() == null || !keep.contains(c.getId()));
    }

    HostContact addContact() {
        HostContact contact = new HostContact(this);
        contacts.add(contact);
        return contact;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    void touch(Instant at) {
        this.updatedAt = at;
    }

    /** Updates a collection in place only when it changes, so an unchanged save writes nothing. */
    private static <T> void replace(Set<T> target, Set<T> values) {
        if (!target.equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }
}
