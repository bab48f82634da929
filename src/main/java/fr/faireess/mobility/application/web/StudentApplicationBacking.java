package fr.faireess.mobility.application.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import fr.faireess.mobility.platform.config.SchoolClock;
import fr.faireess.mobility.application.ApplicationComment;
import fr.faireess.mobility.application.ApplicationForm;
import fr.faireess.mobility.application.ApplicationRules;
import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.ApplicationDrafting;
import fr.faireess.mobility.application.CefrLevel;
import fr.faireess.mobility.application.DocumentInfo;
import fr.faireess.mobility.application.DocumentKind;
import fr.faireess.mobility.application.HostChoice;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.application.Upload;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.RenderCache;
import fr.faireess.mobility.platform.web.PageAction;

/**
 * Backs {@code /student/applications/file.xhtml}: the student's own application — the form while it
 * is theirs to edit (with the two PDFs in the same save), then its status, messages and history.
 */
@Named
@ViewScoped
public class StudentApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the getters read, once per rendered response. */
    private final RenderCache render = new RenderCache();
    private static final String FORM = "file";

    @Inject private ApplicationService applications;
    @Inject private ApplicationDrafting applicationDrafting;
    @Inject private CurrentUser currentUser;
    @Inject private SchoolClock schoolClock;

    private Long id;
    private transient MobilityApplication application;
    private ApplicationForm form;
    private transient UploadedFile cv;
    private transient UploadedFile letter;
    private String withdrawReason;
    /**
     * Whether the call took submissions when the page was shown. The submit button is disabled from
     * this, not from the current time: a page shown before the closing keeps a working button, and its
     * late click gets the server's refusal next to the deadline instead of being silently dropped (a
     * button disabled at decode time does not run its action).
     */
    private boolean openWhenShown;
    private String comment;
    private List<HostChoice> hostChoices;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        application();
        if (form == null) {
            form = applications.formOf(application);
        }
        openWhenShown = isCallOpen();
    }

    public boolean isOpenWhenShown() {
        return openWhenShown;
    }

    /** The application, reloaded once per request (the view keeps only its id and the form). */
    public MobilityApplication application() {
        if (application == null) {
            application = applications.findVisibleTo(id, currentUser.get())
                    .filter(a -> a.getStudent().getId().equals(currentUser.get().getId()))
                    .orElseThrow(NotFoundException::new);
        }
        return application;
    }

    public String saveDraft() {
        return PageAction.run(FORM, () -> {
            applicationDrafting.saveDraft(id, currentUser.get(), form, uploads());
            return reload("application.saved");
        });
    }

    public String submit() {
        return PageAction.run(FORM, () -> {
            applicationDrafting.submit(id, currentUser.get(), form, uploads());
            return reload("application.submitted");
        });
    }

    public String withdraw() {
        return PageAction.run("withdraw", () -> {
            applicationDrafting.withdraw(id, currentUser.get(), withdrawReason);
            return reload("application.withdrawn");
        });
    }

    public String sendComment() {
        return PageAction.run("thread", () -> {
            applications.comment(id, currentUser.get(), comment);
            return reload("application.comment.sent");
        });
    }

    /** After a change: a fresh GET of the file (its URL stays bookmarkable and a reload posts nothing). */
    private String reload(String doneKey) {
        Messages.info(doneKey);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/student/applications/file?faces-redirect=true&id=" + id;
    }

    private List<Upload> uploads() {
        List<Upload> uploads = new ArrayList<>();
        if (cv != null && cv.getSize() > 0) {
            uploads.add(new Upload(DocumentKind.CV, cv.getFileName(), cv.getContent()));
        }
        if (letter != null && letter.getSize() > 0) {
            uploads.add(new Upload(DocumentKind.LETTER, letter.getFileName(), letter.getContent()));
        }
        return uploads;
    }

    public boolean isEditable() {
        return application().getStatus().editableByStudent();
    }

    /** Whether the call still takes submissions now (the server checks again when the student submits). */
    public boolean isCallOpen() {
        return application().getCall().isOpen(schoolClock.now());
    }

    /** The "next step" sentence: an editable file whose call has closed can no longer be submitted. */
    public String getNextStepKey() {
        return ApplicationRules.nextStepKey(application().getStatus(), isCallOpen());
    }

    public boolean isWithdrawable() {
        return !application().getStatus().isFinal();
    }

    public List<DocumentInfo> getDocuments() {
        return render.get("documents", () -> applications.documents(application()));
    }

    public DocumentInfo document(String kind) {
        return getDocuments().stream().filter(d -> d.kind().name().equals(kind)).findFirst().orElse(null);
    }

    public List<ApplicationComment> getComments() {
        return render.get("comments", () -> applications.comments(application()));
    }

    public List<AuditEntry> getTimeline() {
        return render.get("timeline", () -> applications.timeline(application()));
    }

    public List<HostChoice> getHostChoices() {
        if (hostChoices == null) {
            hostChoices = applications.hostChoices();
        }
        return hostChoices;
    }

    public Map<Long, String> getHostLabels() {
        return render.get("hostLabels", () -> applications.hostLabels(application()));
    }

    /** Types of structure for a free proposal (the host directory's codes and labels). */
    public List<String> getHostTypes() {
        return List.of("CHILD_PROTECTION", "DISABILITY", "EARLY_CHILDHOOD", "SOCIAL_SERVICES", "HEALTH", "NGO", "SCHOOL", "OTHER");
    }

    public List<String> getLanguages() { return ApplicationRules.LANGUAGES; }
    public CefrLevel[] getLevels() { return CefrLevel.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ApplicationForm getForm() { return form; }
    public UploadedFile getCv() { return cv; }
    public void setCv(UploadedFile cv) { this.cv = cv; }
    public UploadedFile getLetter() { return letter; }
    public void setLetter(UploadedFile letter) { this.letter = letter; }
    public String getWithdrawReason() { return withdrawReason; }
    public void setWithdrawReason(String withdrawReason) { this.withdrawReason = withdrawReason; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
