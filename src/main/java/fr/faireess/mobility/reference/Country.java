package fr.faireess.mobility.reference;

import java.io.Serializable;
import java.util.Locale;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A country (ISO 3166-1 alpha-2) with its Erasmus+ group and whether it belongs to the EEA. */
@Entity
@EntityListeners(ReferenceData.Changed.class)
@Table(name = "country")
@Cacheable
@NamedQuery(name = Country.ALL, query = "select c from Country c order by c.nameFr")
public class Country implements Serializable {

    /** Every Country, in the lists' order; the list is kept ({@link ReferenceData}). */
    public static final String ALL = "Country.all";

    @Id
    @Column(length = 2)
    private String code;

    @Column(name = "name_fr", nullable = false) private String nameFr;
    @Column(name = "name_en", nullable = false) private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "erasmus_group", nullable = false, length = 13)
    private ErasmusGroup erasmusGroup;

    /** Outside the EEA, sending personal data to a host is a transfer that GDPR makes us flag. */
    @Column(nullable = false)
    private boolean eea;

    @Version
    private long version;

    protected Country() {
    }

    /** For rules and tests; countries themselves come from the migrations. */
    Country(String code, String nameFr, String nameEn, ErasmusGroup erasmusGroup, boolean eea) {
        this.code = code;
        this.nameFr = nameFr;
        this.nameEn = nameEn;
        this.erasmusGroup = erasmusGroup;
        this.eea = eea;
    }

    public String getCode() { return code; }
    public String getNameFr() { return nameFr; }
    public String getNameEn() { return nameEn; }
    public ErasmusGroup getErasmusGroup() { return erasmusGroup; }
    public boolean isEea() { return eea; }
    public long getVersion() { return version; }

    /** The administrator's correction (see {@link ReferenceMaintenance#changeCountry}); checked by {@link CountryRule}. */
    void reclassify(ErasmusGroup group, boolean inEea) {
        this.erasmusGroup = group;
        this.eea = inEea;
    }

    /** Group and EEA flag in one line, for the audit log: {@code GROUP_2 EEA} or {@code INTERNATIONAL non-EEA}. */
    public String classification() {
        return erasmusGroup + (eea ? " EEA" : " non-EEA");
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Country other && code != null && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
