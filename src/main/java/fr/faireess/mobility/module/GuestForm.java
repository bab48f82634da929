package fr.faireess.mobility.module;

import java.io.Serializable;

import jakarta.validation.constraints.Size;

/** One guest row of the session form; a row left entirely blank is ignored. */
public class GuestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = SessionFormCheck.MAX_GUEST_NAME, message = "{field.tooLong}")
    private String fullName;
    private String countryCode;
    @Size(max = SessionFormCheck.MAX_ORGANISATION, message = "{field.tooLong}")
    private String organisation;
    private GuestRole role;

    public GuestForm() {
    }

    public GuestForm(String fullName, String countryCode, String organisation, GuestRole role) {
        this.fullName = clean(fullName);
        this.countryCode = clean(countryCode);
        this.organisation = clean(organisation);
        this.role = role;
    }

    public static GuestForm of(ModuleGuest guest) {
        return new GuestForm(guest.getFullName(), guest.getCountry().getCode(), guest.getOrganisation(), guest.getRole());
    }

    public boolean isBlank() {
        return fullName == null && countryCode == null && organisation == null && role == null;
    }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = clean(fullName); }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = clean(countryCode); }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = clean(organisation); }
    public GuestRole getRole() { return role; }
    public void setRole(GuestRole role) { this.role = role; }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
