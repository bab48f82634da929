package fr.faireess.mobility.reference;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A country's Erasmus+ group in one call year (the Programme Guide of that year). */
@Entity
@Table(name = "country_group_year")
@IdClass(CountryGroupYear.Key.class)
public class CountryGroupYear implements Serializable {

    @Id
    @Column(name = "call_year")
    private int callYear;

    @Id
    @Column(name = "country_code", length = 2)
    private String countryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "erasmus_group", nullable = false, length = 13)
    private ErasmusGroup group;

    @Version
    private long version;

    protected CountryGroupYear() {
    }

    CountryGroupYear(int callYear, String countryCode, ErasmusGroup group) {
        this.callYear = callYear;
        this.countryCode = Objects.requireNonNull(countryCode);
        this.group = Objects.requireNonNull(group);
    }

    void regroup(ErasmusGroup group) {
        this.group = Objects.requireNonNull(group);
    }

    public int getCallYear() { return callYear; }
    public String getCountryCode() { return countryCode; }
    public ErasmusGroup getGroup() { return group; }
    public long getVersion() { return version; }

    /** The key: call year and country code. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private int callYear;
        private String countryCode;

        public Key() {
        }

        public Key(int callYear, String countryCode) {
            this.callYear = callYear;
            this.countryCode = countryCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.callYear == callYear && Objects.equals(k.countryCode, countryCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(callYear, countryCode);
        }
    }
}
