package fr.faireess.mobility.identity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import fr.faireess.mobility.platform.persistence.WriteGeneration;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleHolder;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.Country;
import fr.faireess.mobility.reference.Programme;

/**
 * A person who logs in. The e-mail address is the login and is stored in lower case. Students carry
 * their programme and study year; staff carry the campus they work for, and a coordinator may be
 * allowed to see both campuses.
 */
@Entity
@Table(name = "account")
@EntityListeners(WriteGeneration.Listener.class)
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
public class Account implements RoleHolder, Serializable {

    public static final String BY_EMAIL = "Account.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254, unique = true)
    private String email;

    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    // Read with the accounts, for every account a query returns in one more query (IN batch) rather
    // than one per account: a review page of 25 files cost 25 extra SELECTs (see README, Benchmarks).
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne
    @JoinColumn(name = "campus_code")
    private Campus campus;

    @ManyToOne
    @JoinColumn(name = "programme_code")
    private Programme programme;

    @Column(name = "study_year")
    private Integer studyYear;

    @Column(nullable = false)
    private boolean enabled = true;

    /** A coordinator allowed to see both campuses' files, not only their own campus's ({@link CampusScope}). */
    @Column(name = "sees_both_campuses", nullable = false)
    private boolean seesBothCampuses;

    // Participant data for the EU documents (ParticipantDataRule): the student's own, optional until
    // an agreement needs them; personal data, cleared with the student's last application file.
    @Column(name = "birth_date")
    private LocalDate birthDate;

    @ManyToOne
    @JoinColumn(name = "nationality_code")
    private Country nationality;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Gender gender;

    @Column(name = "preferred_locale", length = 5)
    private String preferredLocale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    protected Account() {
    }

    Account(String email, String firstName, String lastName, String passwordHash, Instant createdAt) {
        this.email = normalizeEmail(email);
        this.firstName = Objects.requireNonNull(firstName).trim();
        this.lastName = Objects.requireNonNull(lastName).trim();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Logins are case-insensitive: the address is trimmed and lower-cased everywhere. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getFullName() { return firstName + " " + lastName; }
    public Set<Role> getRoles() { return Collections.unmodifiableSet(roles); }
    public Campus getCampus() { return campus; }
    public Programme getProgramme() { return programme; }
    public Integer getStudyYear() { return studyYear; }
    public boolean isEnabled() { return enabled; }
    public boolean isSeesBothCampuses() { return seesBothCampuses; }
    public String getPreferredLocale() { return preferredLocale; }
    public LocalDate getBirthDate() { return birthDate; }
    public Country getNationality() { return nationality; }
    public Gender getGender() { return gender; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public long getVersion() { return version; }

    String passwordHash() { return passwordHash; }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isStudent() {
        return hasRole(Role.STUDENT);
    }

    void rename(String firstName, String lastName) {
        this.firstName = Objects.requireNonNull(firstName).trim();
        this.lastName = Objects.requireNonNull(lastName).trim();
    }

    void changeEmail(String email) {
        this.email = normalizeEmail(email);
    }

    void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void placeAt(Campus campus, Programme programme, Integer studyYear) {
        this.campus = campus;
        this.programme = programme;
        this.studyYear = studyYear;
    }

    void seeBothCampuses(boolean both) {
        this.seesBothCampuses = both;
    }

    void changePasswordHash(String hash) {
        this.passwordHash = Objects.requireNonNull(hash);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void recordLogin(Instant at) {
        this.lastLoginAt = at;
    }

    void describeParticipant(LocalDate birthDate, Country nationality, Gender gender) {
        this.birthDate = birthDate;
        this.nationality = nationality;
        this.gender = gender;
    }

    void preferLocale(String language) {
        this.preferredLocale = language;
    }
}
