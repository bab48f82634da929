package fr.faireess.mobility.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.persistence.WriteGeneration;

/**
 * A student's application to one call. Its status changes only through {@link #moveTo}, which
 * refuses what {@link ApplicationStatus} does not allow; callers never set it.
 */
@Entity
@Table(name = "mobility_application")
@EntityListeners(WriteGeneration.Listener.class)
public class MobilityApplication implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "call_id")
    private MobilityCall call;

    @ManyToOne(optional = false)
    @JoinColumn(name = "student_id")
    private Account student;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rank")
    private List<ApplicationWish> wishes = new ArrayList<>();

    @Column(name = "start_on") private LocalDate startOn;
    @Column(name = "end_on") private LocalDate endOn;
    @Column(name = "working_language", length = 5) private String workingLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "cefr_level", length = 2)
    private CefrLevel cefrLevel;

    @Column(columnDefinition = "MEDIUMTEXT") private String motivation;

    /** Only the flag: the reason is never asked for nor stored (data minimisation). */
    @Column(name = "fewer_opportunities", nullable = false) private boolean fewerOpportunities;

    @Column private Integer score;
    @Column(name = "first_country_code", length = 2) private String firstCountryCode;
    @Column(name = "withdrawal_reason", length = 1000) private String withdrawalReason;
    @Column(name = "created_at", nullable = false) private Instant createdAt;
    @Column(name = "submitted_at") private Instant submittedAt;
    @Column(name = "decided_at") private Instant decidedAt;

    /**
     * The student's names copied here so that the review list's order by name reads one index of this
     * table and stops after a page (V60) instead of sorting every listed file by another table's
     * columns (400 ms at 100,000 files on MariaDB). Never written by a save of the file: set at its
     * creation, changed only by {@link StudentNameCopies} when the account is renamed.
     */
    @Column(name = "student_last_name", length = 80, updatable = false) private String studentLastName;
    @Column(name = "student_first_name", length = 80, updatable = false) private String studentFirstName;

    @Version
    private long version;

    protected MobilityApplication() {
    }

    MobilityApplication(MobilityCall call, Account student, Instant createdAt) {
        this.call = Objects.requireNonNull(call);
        this.student = Objects.requireNonNull(student);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.studentLastName = student.getLastName();
        this.studentFirstName = student.getFirstName();
    }

    /**
     * Replaces the content typed by the student; directory wishes get their host's country. Wish rows
     * are updated in place by rank (not deleted and re-inserted) so that the unique (file, rank) key
     * holds at every step of the flush.
     */
    void replaceContent(ApplicationForm form, java.util.function.LongFunction<String> hostCountry) {
        List<WishForm> filled = form.getWishes().stream().filter(WishForm::isFilled).toList();
        for (int i = 0; i < filled.size(); i++) {
            WishForm wish = filled.get(i);
            String country = wish.isFromDirectory() ? hostCountry.apply(wish.getHostId()) : wish.getCountryCode();
            Long hostId = wish.getHostId();
            String city = wish.isFromDirectory() ? null : wish.getCity();
            String type = wish.isFromDirectory() ? null : wish.getHostType();
            if (i < wishes.size()) {
                wishes.get(i).update(hostId, country, city, type, wish.getReason());
            } else {
                wishes.add(new ApplicationWish(this, i + 1, hostId, country, city, type, wish.getReason()));
            }
        }
        while (wishes.size() > filled.size()) {
            wishes.remove(wishes.size() - 1);
        }
        firstCountryCode = wishes.isEmpty() ? null : wishes.get(0).getCountryCode();
        startOn = form.getStartOn();
        endOn = form.getEndOn();
        workingLanguage = form.getWorkingLanguage();
        cefrLevel = form.getCefrLevel();
        motivation = form.getMotivation();
        fewerOpportunities = form.isFewerOpportunities();
    }

    ApplicationForm toForm() {
        ApplicationForm form = new ApplicationForm();
        for (ApplicationWish wish : wishes) {
            if (wish.getRank() >= 1 && wish.getRank() <= ApplicationForm.WISHES) {
                form.getWishes().set(wish.getRank() - 1, wish.toForm());
            }
        }
        form.setStartOn(startOn);
        form.setEndOn(endOn);
        form.setWorkingLanguage(workingLanguage);
        form.setCefrLevel(cefrLevel);
        form.setMotivation(motivation);
        form.setFewerOpportunities(fewerOpportunities);
        form.setVersion(version);
        return form;
    }

    /** The one way to change status: checks the move, stamps the times, returns where it came from. */
    ApplicationStatus moveTo(ApplicationStatus target, ApplicationStatus.By by, Instant at) {
        if (!status.canMoveTo(target, by)) {
            throw new IllegalTransitionException(status, target);
        }
        ApplicationStatus from = status;
        status = target;
        if (target == ApplicationStatus.SUBMITTED) {
            submittedAt = at;
        } else if (by == ApplicationStatus.By.COORDINATOR) {
            decidedAt = at;
        }
        return from;
    }

    void withdrawBecause(String reason) {
        this.withdrawalReason = reason;
    }

    void score(Integer score) {
        this.score = score;
    }

    public Long getId() { return id; }
    public MobilityCall getCall() { return call; }
    public Account getStudent() { return student; }
    public ApplicationStatus getStatus() { return status; }
    public List<ApplicationWish> getWishes() { return Collections.unmodifiableList(wishes); }
    public LocalDate getStartOn() { return startOn; }
    public LocalDate getEndOn() { return endOn; }
    public String getWorkingLanguage() { return workingLanguage; }
    public CefrLevel getCefrLevel() { return cefrLevel; }
    public String getMotivation() { return motivation; }
    public boolean isFewerOpportunities() { return fewerOpportunities; }
    public Integer getScore() { return score; }
    public String getFirstCountryCode() { return firstCountryCode; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public long getVersion() { return version; }
}
