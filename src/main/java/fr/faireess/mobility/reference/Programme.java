package fr.faireess.mobility.reference;

import java.io.Serializable;
import java.util.Locale;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A three-year social-work programme (ASS, ES, EJE) and the State diploma it leads to. */
@Entity
@EntityListeners(ReferenceData.Changed.class)
@Table(name = "programme")
@Cacheable
@NamedQuery(name = Programme.ALL, query = "select p from Programme p order by p.code")
public class Programme implements Serializable {

    /** Every Programme, in the lists' order; the list is kept ({@link ReferenceData}). */
    public static final String ALL = "Programme.all";

    @Id
    @Column(length = 10)
    private String code;

    @Column(name = "name_fr", nullable = false) private String nameFr;
    @Column(name = "name_en", nullable = false) private String nameEn;
    @Column(name = "diploma_fr", nullable = false) private String diplomaFr;
    @Column(name = "diploma_en", nullable = false) private String diplomaEn;
    @Column(name = "diploma_acronym", nullable = false) private String diplomaAcronym;
    @Column(name = "placement_hours", nullable = false) private int placementHours;
    @Column(nullable = false) private int ects;
    @Column(name = "isced_code", nullable = false) private String iscedCode;
    @Column(name = "eqf_level", nullable = false) private int eqfLevel;

    @Version
    private long version;

    protected Programme() {
    }

    public String getCode() { return code; }
    public String getNameFr() { return nameFr; }
    public String getNameEn() { return nameEn; }
    public String getDiplomaFr() { return diplomaFr; }
    public String getDiplomaEn() { return diplomaEn; }
    public String getDiplomaAcronym() { return diplomaAcronym; }
    public int getPlacementHours() { return placementHours; }
    public int getEcts() { return ects; }
    public String getIscedCode() { return iscedCode; }
    public int getEqfLevel() { return eqfLevel; }
    public long getVersion() { return version; }

    /** The administrator's correction (see {@link ReferenceMaintenance#correctProgramme}); checked by {@link ProgrammeRule}. */
    void correct(String isced, String diplomaNameFr, String diplomaNameEn) {
        this.iscedCode = isced;
        this.diplomaFr = diplomaNameFr;
        this.diplomaEn = diplomaNameEn;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }

    public String diploma(Locale locale) {
        return "en".equals(locale.getLanguage()) ? diplomaEn : diplomaFr;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Programme other && code != null && code.equals(other.code);
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
