package fr.faireess.mobility.reference;

import java.io.Serializable;

/** What an administrator corrects on a country: its Erasmus+ group and EEA flag; checked by {@link CountryRule}. */
public class CountryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ErasmusGroup erasmusGroup;
    private boolean eea;
    private long version;

    public CountryForm() {
    }

    public CountryForm(ErasmusGroup erasmusGroup, boolean eea, long version) {
        this.erasmusGroup = erasmusGroup;
        this.eea = eea;
        this.version = version;
    }

    public static CountryForm of(Country country) {
        return new CountryForm(country.getErasmusGroup(), country.isEea(), country.getVersion());
    }

    public ErasmusGroup getErasmusGroup() { return erasmusGroup; }
    public void setErasmusGroup(ErasmusGroup erasmusGroup) { this.erasmusGroup = erasmusGroup; }
    public boolean isEea() { return eea; }
    public void setEea(boolean eea) { this.eea = eea; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
