package fr.faireess.mobility.testimony.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import fr.faireess.mobility.platform.config.SchoolClock;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;
import fr.faireess.mobility.testimony.ConsentForm;
import fr.faireess.mobility.testimony.ConsentRule;
import fr.faireess.mobility.testimony.ConsentService;
import fr.faireess.mobility.testimony.FileInfo;
import fr.faireess.mobility.testimony.FileUpload;
import fr.faireess.mobility.testimony.PersonKind;
import fr.faireess.mobility.testimony.Testimony;
import fr.faireess.mobility.testimony.TestimonyComment;
import fr.faireess.mobility.testimony.TestimonyConsent;
import fr.faireess.mobility.testimony.TestimonyService;
import fr.faireess.mobility.testimony.TestimonyModeration;
import fr.faireess.mobility.testimony.TestimonyFiles;
import fr.faireess.mobility.testimony.TestimonyConsentWindow;
import fr.faireess.mobility.testimony.TestimonyStatus;
import fr.faireess.mobility.platform.web.RenderCache;

/**
 * Backs {@code /coordinator/testimonies/view.xhtml?id=}: the testimony, its moderation (request
 * changes, approve, publish, unpublish, each with an optional or required message), and its consents
 * (recording a third party's or a guardian's signed form, or their withdrawal).
 */
@Named
@ViewScoped
public class TestimonyReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the getters read, once per rendered response. */
    private final RenderCache render = new RenderCache();

    @Inject private TestimonyService testimonies;
    @Inject private TestimonyConsentWindow testimonyConsentWindow;
    @Inject private TestimonyFiles testimonyFiles;
    @Inject private TestimonyModeration testimonyModeration;
    @Inject private ConsentService consents;
    @Inject private CurrentUser currentUser;
    @Inject private SchoolClock schoolClock;

    private Long id;
    private String message;
    private ConsentForm consent = new ConsentForm();
    private transient UploadedFile signedForm;
    private transient Testimony testimony;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        testimony();
    }

    public Testimony testimony() {
        if (testimony == null) {
            testimony = testimonies.findForStaff(id, currentUser.get()).orElseThrow(NotFoundException::new);
        }
        return testimony;
    }

    public String requestChanges() {
        return act(() -> testimonyModeration.requestChanges(id, currentUser.get(), message), "testimony.changesRequested");
    }

    public String approve() {
        return act(() -> testimonyModeration.approve(id, currentUser.get(), message), "testimony.approved");
    }

    public String publish() {
        return act(() -> testimonyModeration.publish(id, currentUser.get(), message), "testimony.published");
    }

    public String unpublish() {
        return act(() -> testimonyModeration.unpublish(id, currentUser.get(), message), "testimony.unpublished");
    }

    public String recordConsent() {
        return PageAction.run("thirdParty", () -> {
            FileUpload form = signedForm == null || signedForm.getSize() == 0 ? null
                    : new FileUpload(signedForm.getFileName(), signedForm.getContent());
            consents.record(id, currentUser.get(), consent, form);
            return reload("testimony.consent.recorded");
        });
    }

    public String withdrawConsent(long consentId) {
        return PageAction.run(null, () -> {
            consents.withdrawRecorded(consentId, currentUser.get());
            return reload("testimony.consent.withdrawn");
        });
    }

    private String act(Runnable action, String doneKey) {
        return PageAction.run("moderation", () -> {
            action.run();
            return reload(doneKey);
        });
    }

    private String reload(String doneKey) {
        Messages.info(doneKey);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/coordinator/testimonies/view?faces-redirect=true&id=" + id;
    }

    public boolean can(String target) {
        return testimony().getStatus().canMoveTo(TestimonyStatus.valueOf(target), TestimonyStatus.By.COORDINATOR);
    }

    /** Who still has to consent before publication, or null. */
    public String getMissingConsent() {
        return render.get("missingConsent", () -> testimonyConsentWindow.missingConsent(testimony()).map(ConsentRule.Missing::person).orElse(null));
    }

    /** A consent whose period has ended (today in Paris): shown as expired. */
    public boolean expired(TestimonyConsent consent) {
        return consent.endedBefore(schoolClock.today());
    }

    public List<TestimonyConsent> getConsents() { return render.get("consents", () -> consents.consents(testimony())); }
    public List<TestimonyComment> getComments() { return render.get("comments", () -> testimonies.comments(testimony())); }
    public List<AuditEntry> getTimeline() { return render.get("timeline", () -> testimonies.timeline(testimony())); }
    public FileInfo getFile() { return render.get("file", () -> testimonyFiles.fileOf(testimony()).orElse(null)); }
    public PersonKind[] getKinds() { return new PersonKind[] {PersonKind.THIRD_PARTY, PersonKind.GUARDIAN}; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public ConsentForm getConsent() { return consent; }
    public UploadedFile getSignedForm() { return signedForm; }
    public void setSignedForm(UploadedFile signedForm) { this.signedForm = signedForm; }
}
