package fr.faireess.mobility.testimony;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import fr.faireess.mobility.identity.Account;

/**
 * The consent of one identifiable person to one testimony: for which media, until when, given when.
 * A student author's is given in the application ({@link #account} set); a third party's or a
 * guardian's is recorded by a coordinator with the scanned signed form. Withdrawal keeps the record.
 */
@Entity
@Table(name = "testimony_consent")
public class TestimonyConsent implements Serializable {

    public static final int NAME_MAX = 160;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "testimony_id")
    private Testimony testimony;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_kind", nullable = false, length = 20)
    private PersonKind kind;

    @ManyToOne
    @JoinColumn(name = "account_id")
    private Account account;

    @Size(max = NAME_MAX)
    @Column(name = "person_name", nullable = false, length = NAME_MAX) private String personName;
    @Size(max = NAME_MAX)
    @Column(name = "signed_by", length = NAME_MAX) private String signedBy;
    @Column(name = "medium_web", nullable = false) private boolean web;
    @Column(name = "medium_print", nullable = false) private boolean print;
    @Column(name = "medium_event", nullable = false) private boolean event;
    @Column(name = "given_on", nullable = false) private LocalDate givenOn;
    @Column(name = "valid_until", nullable = false) private LocalDate validUntil;
    @Column(name = "recorded_at", nullable = false) private Instant recordedAt;
    @Column(name = "recorded_by", nullable = false) private Long recordedBy;
    @Column(name = "withdrawn_at") private Instant withdrawnAt;
    @Size(max = 255)
    @Column(name = "form_name", length = 255) private String formName;
    @Size(max = 40)
    @Column(name = "form_type", length = 40) private String formType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "form_content")
    private byte[] formContent;

    @Version
    private long version;

    protected TestimonyConsent() {
    }

    TestimonyConsent(Testimony testimony, PersonKind kind, Account account, String personName) {
        this.testimony = testimony;
        this.kind = kind;
        this.account = account;
        this.personName = personName;
    }

    void give(ConsentForm form, LocalDate givenOn, Instant at, long recordedBy) {
        this.web = form.isWeb();
        this.print = form.isPrint();
        this.event = form.isEvent();
        this.givenOn = givenOn;
        this.validUntil = form.getValidUntil();
        this.recordedAt = at;
        this.recordedBy = recordedBy;
        this.withdrawnAt = null;
    }

    void signedBy(String signatory) {
        this.signedBy = signatory;
    }

    void attachForm(String name, String type, byte[] content) {
        this.formName = name;
        this.formType = type;
        this.formContent = content;
    }

    void withdraw(Instant at) {
        this.withdrawnAt = at;
    }

    ConsentRule.Consent facts() {
        return new ConsentRule.Consent(kind, account == null ? null : account.getId(), personName, web, validUntil,
                withdrawnAt != null);
    }

    public boolean isWithdrawn() { return withdrawnAt != null; }

    /** Not withdrawn, but its period ended before {@code day}. */
    public boolean endedBefore(LocalDate day) {
        return withdrawnAt == null && validUntil != null && validUntil.isBefore(day);
    }

    /** "Web, impression" style list of media keys, for pages. */
    public java.util.List<String> getMediaKeys() {
        java.util.List<String> keys = new java.util.ArrayList<>();
        if (web) keys.add("testimony.consent.medium.WEB");
        if (print) keys.add("testimony.consent.medium.PRINT");
        if (event) keys.add("testimony.consent.medium.EVENT");
        return keys;
    }

    public Long getId() { return id; }
    public Testimony getTestimony() { return testimony; }
    public PersonKind getKind() { return kind; }
    public Account getAccount() { return account; }
    public String getPersonName() { return personName; }
    public String getSignedBy() { return signedBy; }
    public boolean isWeb() { return web; }
    public boolean isPrint() { return print; }
    public boolean isEvent() { return event; }
    public LocalDate getGivenOn() { return givenOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public Instant getRecordedAt() { return recordedAt; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getFormName() { return formName; }
    public String getFormType() { return formType; }
    byte[] formContent() { return formContent; }
    public boolean isHasForm() { return formName != null; }
    public long getVersion() { return version; }
}
