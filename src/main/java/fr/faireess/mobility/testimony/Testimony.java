package fr.faireess.mobility.testimony;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.identity.Account;

/**
 * A testimony about one mobility. Country, host, programme and year are copied from the mobility
 * when it is created (derived, never typed). Its status changes only through {@link #moveTo}.
 */
@Entity
@Table(name = "testimony")
public class Testimony implements Serializable {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 2000;
    public static final int BODY_MAX = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private MobilityApplication application;

    @ManyToOne(optional = false)
    @JoinColumn(name = "student_id")
    private Account student;

    @ManyToMany
    @JoinTable(name = "testimony_coauthor", joinColumns = @JoinColumn(name = "testimony_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> coAuthors = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "testimony_type", nullable = false, length = 20)
    private TestimonyType type;

    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = SUMMARY_MAX)
    @Column(length = SUMMARY_MAX)
    private String summary;

    @Size(max = BODY_MAX)
    @Column(columnDefinition = "TEXT")
    private String body;

    @Size(max = 5)
    @Column(name = "language_code", length = 5)
    private String language;

    @Size(max = UrlRule.MAX_LENGTH)
    @Column(length = UrlRule.MAX_LENGTH)
    private String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TestimonyStatus status = TestimonyStatus.DRAFT;

    @Column(name = "country_code", length = 2) private String countryCode;
    @Column(name = "host_id") private Long hostId;
    @Column(name = "programme_code", length = 10) private String programmeCode;
    @Column(name = "mobility_year") private Integer mobilityYear;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "updated_at", nullable = false) private Instant updatedAt;
    @Column(name = "submitted_at") private Instant submittedAt;
    @Column(name = "published_at") private Instant publishedAt;

    /**
     * The last day every consent the web needs is valid (see {@link ConsentRule#webValidUntil}), kept
     * up to date at each consent change and publication; null when one is missing. The showcase shows
     * a published testimony only while this day has not passed, so an expiry needs no job to take effect.
     */
    @Column(name = "web_consent_until") private LocalDate webConsentUntil;

    @Version
    private long version;

    protected Testimony() {
    }

    Testimony(MobilityApplication application, Account student, String countryCode, Long hostId,
              String programmeCode, Integer mobilityYear, Instant at) {
        this.application = Objects.requireNonNull(application);
        this.student = Objects.requireNonNull(student);
        this.countryCode = countryCode;
        this.hostId = hostId;
        this.programmeCode = programmeCode;
        this.mobilityYear = mobilityYear;
        this.createdAt = at;
        this.updatedAt = at;
    }

    void replaceContent(TestimonyForm form, Set<Account> coAuthors, Instant at) {
        this.type = form.getType();
        this.title = form.getTitle().strip();
        this.summary = blankToNull(form.getSummary());
        this.body = blankToNull(form.getBody());
        this.language = form.getLanguage();
        this.link = UrlRule.normalize(form.getLink());
        this.coAuthors.clear();
        this.coAuthors.addAll(coAuthors);
        this.updatedAt = at;
    }

    TestimonyForm toForm() {
        TestimonyForm form = new TestimonyForm();
        form.setApplicationId(application.getId());
        form.setType(type);
        form.setTitle(title);
        form.setSummary(summary);
        form.setBody(body);
        form.setLanguage(language);
        form.setLink(link);
        form.setCoAuthors(String.join(", ", coAuthors.stream().map(Account::getEmail).toList()));
        form.setVersion(version);
        return form;
    }

    /** The one way to change status: checks the move, stamps the times, returns where it came from. */
    TestimonyStatus moveTo(TestimonyStatus target, TestimonyStatus.By by, Instant at) {
        if (!status.canMoveTo(target, by)) {
            throw new IllegalStateException("Testimony " + id + ": " + status + " -> " + target + " by " + by);
        }
        TestimonyStatus from = status;
        status = target;
        updatedAt = at;
        if (target == TestimonyStatus.SUBMITTED) {
            submittedAt = at;
        } else if (target == TestimonyStatus.PUBLISHED) {
            publishedAt = at;
        }
        return from;
    }

    void consentWindow(LocalDate until) {
        this.webConsentUntil = until;
    }

    /** The owner and the co-authors. */
    public boolean isAuthor(Account account) {
        return account != null && (student.getId().equals(account.getId())
                || coAuthors.stream().anyMatch(a -> a.getId().equals(account.getId())));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() { return id; }
    public MobilityApplication getApplication() { return application; }
    public Account getStudent() { return student; }
    public Set<Account> getCoAuthors() { return Collections.unmodifiableSet(coAuthors); }
    public TestimonyType getType() { return type; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getBody() { return body; }
    public String getLanguage() { return language; }
    public String getLink() { return link; }
    public TestimonyStatus getStatus() { return status; }
    public String getCountryCode() { return countryCode; }
    public Long getHostId() { return hostId; }
    public String getProgrammeCode() { return programmeCode; }
    public Integer getMobilityYear() { return mobilityYear; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public long getVersion() { return version; }
    public LocalDate getWebConsentUntil() { return webConsentUntil; }

    /** The privacy-enhanced player address, for YouTube and Vimeo links only. */
    public String getEmbedUrl() {
        return UrlRule.embedUrl(link).orElse(null);
    }
}
