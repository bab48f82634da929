package fr.faireess.mobility.host;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Size;

/**
 * What a coordinator types to create or edit a host organisation, contacts included. Languages and
 * themes are typed as comma-separated text; {@link HostDirectory} checks everything before writing.
 */
public class HostForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 255;
    public static final int CITY_MAX = 100;
    public static final int WEBSITE_MAX = 255;
    public static final int NOTES_MAX = 4000;
    public static final int CONTACT_NAME_MAX = 120;
    public static final int CONTACT_ROLE_MAX = 120;
    public static final int CONTACT_PHONE_MAX = 40;

    @Size(max = NAME_MAX, message = "{field.tooLong}")
    private String name;
    private HostType type;
    private LegalStatus legalStatus;
    private HostSize size;
    @Size(max = ADDRESS_MAX, message = "{field.tooLong}")
    private String address;
    @Size(max = CITY_MAX, message = "{field.tooLong}")
    private String city;
    private String countryCode;
    /** The city's coordinates, in decimal degrees (optional: for the travel support's distance). */
    private java.math.BigDecimal latitude;
    private java.math.BigDecimal longitude;
    @Size(max = WEBSITE_MAX, message = "{field.tooLong}")
    private String website;
    /** The EU Organisation ID, as typed (see {@link HostInput#oid}). */
    private String oid;
    private String languages;
    private String themes;
    private Set<PartnerNetwork> networks = EnumSet.noneOf(PartnerNetwork.class);
    @Size(max = NOTES_MAX, message = "{field.tooLong}")
    private String notes;
    private List<ContactForm> contacts = new ArrayList<>();
    /** The version the form was loaded from; null for a new organisation. */
    private Long version;
    /** Set by "save anyway" after a duplicate warning ({@link HostDuplicateRule#confirmation}). */
    private String confirmedDuplicate;

    public static HostForm of(HostOrganisation host) {
        HostForm form = new HostForm();
        form.name = host.getName();
        form.type = host.getType();
        form.legalStatus = host.getLegalStatus();
        form.size = host.getSize();
        form.address = host.getAddress();
        form.city = host.getCity();
        form.countryCode = host.getCountry().getCode();
        form.latitude = host.getLatitude();
        form.longitude = host.getLongitude();
        form.website = host.getWebsite();
        form.oid = host.getOid();
        form.languages = HostInput.join(host.getLanguages());
        form.themes = HostInput.join(host.getThemes());
        form.networks = host.getNetworks().isEmpty() ? EnumSet.noneOf(PartnerNetwork.class) : EnumSet.copyOf(host.getNetworks());
        form.notes = host.getNotes();
        host.getContacts().forEach(c -> form.contacts.add(ContactForm.of(c)));
        form.version = host.getVersion();
        return form;
    }

    public ContactForm addContact() {
        ContactForm contact = new ContactForm();
        contacts.add(contact);
        return contact;
    }

    public void removeContact(int index) {
        if (index >= 0 && index < contacts.size()) {
            contacts.remove(index);
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = trim(name); }
    public HostType getType() { return type; }
    public void setType(HostType type) { this.type = type; }
    public LegalStatus getLegalStatus() { return legalStatus; }
    public void setLegalStatus(LegalStatus legalStatus) { this.legalStatus = legalStatus; }
    public HostSize getSize() { return size; }
    public void setSize(HostSize size) { this.size = size; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = trim(address); }
    public java.math.BigDecimal getLatitude() { return latitude; }
    public void setLatitude(java.math.BigDecimal latitude) { this.latitude = latitude; }
    public java.math.BigDecimal getLongitude() { return longitude; }
    public void setLongitude(java.math.BigDecimal longitude) { this.longitude = longitude; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = trim(city); }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = trim(countryCode); }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = trim(website); }
    public String getOid() { return oid; }
    public void setOid(String oid) { this.oid = trim(oid); }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = trim(languages); }
    public String getThemes() { return themes; }
    public void setThemes(String themes) { this.themes = trim(themes); }
    public Set<PartnerNetwork> getNetworks() { return networks; }
    public void setNetworks(Set<PartnerNetwork> networks) {
        this.networks = networks == null || networks.isEmpty() ? EnumSet.noneOf(PartnerNetwork.class) : EnumSet.copyOf(networks);
    }
    /** Faces binds a multi-select to an array more easily than to an EnumSet. */
    public PartnerNetwork[] getNetworkArray() { return networks.toArray(new PartnerNetwork[0]); }
    public void setNetworkArray(PartnerNetwork[] array) { setNetworks(array == null ? Set.of() : Set.of(array)); }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = trim(notes); }
    public List<ContactForm> getContacts() { return contacts; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getConfirmedDuplicate() { return confirmedDuplicate; }
    public void setConfirmedDuplicate(String confirmedDuplicate) { this.confirmedDuplicate = confirmedDuplicate; }

    static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** One contact row of the form; {@code id} is null for a row added in this edit. */
    public static class ContactForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        @Size(max = CONTACT_NAME_MAX, message = "{field.tooLong}")
        private String fullName;
        @Size(max = CONTACT_ROLE_MAX, message = "{field.tooLong}")
        private String jobTitle;
        private String email;
        @Size(max = CONTACT_PHONE_MAX, message = "{field.tooLong}")
        private String phone;
        private boolean mentor;
        private String language = HostLanguage.EN.code();

        static ContactForm of(HostContact contact) {
            ContactForm form = new ContactForm();
            form.id = contact.getId();
            form.fullName = contact.getFullName();
            form.jobTitle = contact.getJobTitle();
            form.email = contact.getEmail();
            form.phone = contact.getPhone();
            form.mentor = contact.isMentor();
            form.language = contact.getLanguage().code();
            return form;
        }

        public Long getId() { return id; }
        public String getFullName() { return fullName; }
        public void setFullName(String fullName) { this.fullName = trim(fullName); }
        public String getJobTitle() { return jobTitle; }
        public void setJobTitle(String jobTitle) { this.jobTitle = trim(jobTitle); }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = trim(email); }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = trim(phone); }
        public boolean isMentor() { return mentor; }
        public void setMentor(boolean mentor) { this.mentor = mentor; }
        public String getLanguage() { return language; }
        public void setLanguage(String language) { this.language = trim(language); }
    }
}
