package fr.faireess.mobility.testimony.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import fr.faireess.mobility.platform.config.SchoolClock;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;
import fr.faireess.mobility.testimony.ConsentForm;
import fr.faireess.mobility.testimony.ConsentService;
import fr.faireess.mobility.testimony.FileInfo;
import fr.faireess.mobility.testimony.FileUpload;
import fr.faireess.mobility.testimony.Testimony;
import fr.faireess.mobility.testimony.TestimonyCheck;
import fr.faireess.mobility.testimony.TestimonyComment;
import fr.faireess.mobility.testimony.TestimonyConsent;
import fr.faireess.mobility.testimony.TestimonyForm;
import fr.faireess.mobility.testimony.TestimonyService;
import fr.faireess.mobility.testimony.TestimonyFiles;
import fr.faireess.mobility.testimony.TestimonyAuthoring;
import fr.faireess.mobility.testimony.TestimonyType;
import fr.faireess.mobility.platform.web.RenderCache;

/**
 * Backs {@code /student/testimonies/edit.xhtml}: a new testimony ({@code ?mobility=}) or an existing
 * one ({@code ?id=}) — the form while it is the owner's to edit, then its status and the coordinator's
 * comments — and the author's own consent (media, period), which they may withdraw at any time.
 */
@Named
@ViewScoped
public class TestimonyEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the getters read, once per rendered response. */
    private final RenderCache render = new RenderCache();
    private static final String FORM = "testimony";
    private static final int CONSENT_YEARS = 5;

    @Inject private TestimonyService testimonies;
    @Inject private TestimonyAuthoring testimonyAuthoring;
    @Inject private TestimonyFiles testimonyFiles;
    @Inject private ConsentService consents;
    @Inject private CurrentUser currentUser;
    @Inject private SchoolClock schoolClock;

    private Long id;
    private Long mobility;
    private TestimonyForm form;
    private ConsentForm consent;
    private transient Testimony testimony;
    private transient UploadedFile file;

    public void load() {
        if (id != null) {
            testimony();
        } else if (mobility == null) {
            throw new NotFoundException();
        }
        if (form == null) {
            form = id == null ? new TestimonyForm() : testimonies.formOf(testimony());
            if (id == null) {
                form.setApplicationId(mobility);
            }
        }
        if (consent == null) {
            consent = new ConsentForm();
            consent.setValidUntil(schoolClock.today()
                    .plusYears(CONSENT_YEARS));
        }
    }

    /** The testimony (for one of its authors), reloaded once per request. */
    public Testimony testimony() {
        if (testimony == null && id != null) {
            testimony = testimonies.findForAuthor(id, currentUser.get()).orElseThrow(NotFoundException::new);
        }
        return testimony;
    }

    public String saveDraft() {
        return PageAction.run(FORM, () -> {
            Testimony saved = id == null
                    ? testimonyAuthoring.create(form, currentUser.get(), upload())
                    : testimonyAuthoring.saveDraft(id, currentUser.get(), form, upload());
            return reload(saved.getId(), "testimony.saved");
        });
    }

    public String submit() {
        return PageAction.run(FORM, () -> {
            Testimony submitted = id == null
                    ? testimonyAuthoring.submitNew(form, currentUser.get(), upload())
                    : testimonyAuthoring.submit(id, currentUser.get(), form, upload());
            return reload(submitted.getId(), "testimony.submitted");
        });
    }

    public String giveConsent() {
        return PageAction.run("consent", () -> {
            consents.give(id, currentUser.get(), consent);
            return reload(id, "testimony.consent.given");
        });
    }

    public String withdrawConsent() {
        return PageAction.run("consent", () -> {
            consents.withdrawOwn(id, currentUser.get());
            return reload(id, "testimony.consent.withdrawn");
        });
    }

    private String reload(long target, String doneKey) {
        Messages.info(doneKey);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/student/testimonies/edit?faces-redirect=true&id=" + target;
    }

    private FileUpload upload() {
        return file == null || file.getSize() == 0 ? null : new FileUpload(file.getFileName(), file.getContent());
    }

    public boolean isNew() {
        return id == null;
    }

    /** The owner may edit while it is a draft or changes were asked for; co-authors only read. */
    public boolean isEditable() {
        return id == null || (testimony().getStudent().getId().equals(currentUser.get().getId())
                && testimony().getStatus().editableByStudent());
    }

    public Optional<TestimonyConsent> ownConsent() {
        return id == null ? Optional.empty() : consents.own(testimony(), currentUser.get());
    }

    /** The student's own consent has ended (today in Paris) and was not withdrawn. */
    public boolean isOwnConsentExpired() {
        return ownConsent().map(c -> c.endedBefore(schoolClock.today()))
                .orElse(false);
    }

    public TestimonyConsent getOwnConsent() {
        return ownConsent().orElse(null);
    }

    public FileInfo getFile() {
        return id == null ? null : testimonyFiles.fileOf(testimony()).orElse(null);
    }

    public List<TestimonyComment> getComments() {
        return id == null ? List.of() : testimonies.comments(testimony());
    }

    public List<MobilityApplication> getMobilities() {
        return render.get("mobilities", () -> testimonies.mobilitiesOf(currentUser.get()));
    }

    public TestimonyType[] getTypes() { return TestimonyType.values(); }
    public List<String> getLanguages() { return TestimonyCheck.LANGUAGES; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getMobility() { return mobility; }
    public void setMobility(Long mobility) { this.mobility = mobility; }
    public TestimonyForm getForm() { return form; }
    public ConsentForm getConsent() { return consent; }
    public UploadedFile getUpload() { return file; }
    public void setUpload(UploadedFile file) { this.file = file; }
}
