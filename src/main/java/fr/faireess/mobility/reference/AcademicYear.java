package fr.faireess.mobility.reference;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A French academic year, e.g. {@code 2026-2027}, from 1 September to 31 August. */
@Entity
@EntityListeners(ReferenceData.Changed.class)
@Table(name = "academic_year")
@Cacheable
@NamedQuery(name = AcademicYear.ALL, query = "select y from AcademicYear y order by y.code")
public class AcademicYear implements Serializable {

    /** Every academic year, in the lists' order; the list is kept ({@link ReferenceData}). */
    public static final String ALL = "AcademicYear.all";

    @Id
    @Column(length = 9)
    private String code;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    protected AcademicYear() {
    }

    /** A new year, as {@link AcademicYearRule} accepted it. */
    AcademicYear(String code, LocalDate startsOn, LocalDate endsOn) {
        this.code = code;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public String getCode() { return code; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AcademicYear other && code != null && code.equals(other.code);
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
