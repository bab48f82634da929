package fr.faireess.mobility.host;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/**
 * A person at a host organisation: a contact for the school, and possibly the mentor (tuteur·rice)
 * of trainees. Personal data of people outside the schools: staff only, never shown to students.
 * Edited with its organisation, whose version guards concurrent edits.
 */
@Entity
@Table(name = "host_contact")
public class HostContact implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "host_id", nullable = false)
    private HostOrganisation host;

    @Size(max = 120)
    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Size(max = 120)
    @Column(name = "job_title", length = 120)
    private String jobTitle;

    @Size(max = 254)
    @Column(length = 254)
    private String email;

    @Size(max = 40)
    @Column(length = 40)
    private String phone;

    @Column(nullable = false)
    private boolean mentor;

    /** ISO 639-1 code of the language the contact is written to in; null (unknown) reads as English. */
    @Size(max = 2)
    @Column(name = "language_code", length = 2)
    private String languageCode;

    /** Where the coordinator put this contact in the list (ids do not say: one save may insert several). */
    @Column(name = "list_index", nullable = false)
    private int listIndex;

    protected HostContact() {
    }

    HostContact(HostOrganisation host) {
        this.host = Objects.requireNonNull(host);
    }

    public Long getId() { return id; }
    public HostOrganisation getHost() { return host; }
    public String getFullName() { return fullName; }
    public String getJobTitle() { return jobTitle; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public boolean isMentor() { return mentor; }
    public HostLanguage getLanguage() { return HostLanguage.of(languageCode); }

    void update(String fullName, String jobTitle, String email, String phone, boolean mentor, HostLanguage language) {
        this.fullName = Objects.requireNonNull(fullName);
        this.languageCode = Objects.requireNonNull(language).code();
        this.jobTitle = jobTitle;
        this.email = email;
        this.phone = phone;
        this.mentor = mentor;
    }

    void placeAt(int listIndex) {
        this.listIndex = listIndex;
    }
}
