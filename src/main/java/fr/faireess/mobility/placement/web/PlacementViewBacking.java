package fr.faireess.mobility.placement.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import fr.faireess.mobility.application.BudgetOverrun;
import fr.faireess.mobility.placement.ConfirmationBudget;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.placement.AgreementForm;
import fr.faireess.mobility.placement.AgreementService;
import fr.faireess.mobility.placement.CertificateForm;
import fr.faireess.mobility.placement.ChecklistItem;
import fr.faireess.mobility.placement.ChecklistLine;
import fr.faireess.mobility.placement.LearningAgreement;
import fr.faireess.mobility.placement.PendingSignatures;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementDocument;
import fr.faireess.mobility.placement.PlacementNextStep;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.placement.PlacementSteps;
import fr.faireess.mobility.placement.PlacementLifecycle;
import fr.faireess.mobility.placement.PlacementCreation;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.placement.PlacementTab;
import fr.faireess.mobility.placement.Recognition;
import fr.faireess.mobility.placement.Scan;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.RenderCache;
import fr.faireess.mobility.platform.web.PageAction;

/**
 * Backs {@code /coordinator/placements/view.xhtml}: one placement with its state moves, the
 * Learning Agreement (the current version's form while nobody signed it, signatures, mentor link,
 * scanned copy, amendments, every version), the checklist, the certificate and the timeline, one
 * {@link PlacementTab} at a time (the {@code tab} view parameter; the server renders the chosen
 * one only). After every action the page is fetched again (post-redirect-get) on the tab of the
 * form acted on; a refused action shows the same tab again, its messages next to the fields.
 */
@Named
@ViewScoped
public class PlacementViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the getters read, once per rendered response. */
    private final RenderCache render = new RenderCache();

    @Inject private PlacementService placements;
    @Inject private PlacementCreation placementCreation;
    @Inject private PlacementLifecycle placementLifecycle;
    @Inject private PlacementSteps placementSteps;
    @Inject private AgreementService agreements;
    @Inject private CurrentUser currentUser;
    @Inject private ConfirmationBudget budgets;

    private Long id;
    private PlacementTab tab = PlacementTab.OVERVIEW;
    private transient Placement placement;
    private transient LearningAgreement current;
    private transient Boolean revisable;
    private BudgetOverrun budgetWarning;
    private AgreementForm agreementForm;
    private long placementVersion;
    private String stopReason;
    private LocalDate stoppedOn;
    private transient UploadedFile scan;
    private String scanSigner;
    private LocalDate scanSignedOn;
    private CertificateForm certificate = new CertificateForm();
    private transient PlacementNextStep nextStep;
    private transient UploadedFile certificateScan;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        if (agreementForm == null) {
            agreementForm = current().toForm();
            placementVersion = placement().getVersion();
            scanSigner = placement().getMentor().getFullName();
            // An interrupted stay's certificate ends on the day it was interrupted.
            if (placement().getState() == PlacementState.INTERRUPTED) {
                certificate.setActualStart(placement().getPlannedStart());
                certificate.setActualEnd(placement().getStoppedOn());
            }
        }
    }

    public Placement placement() {
        if (placement == null) {
            placement = placements.findVisibleTo(id, currentUser.get()).orElseThrow(NotFoundException::new);
        }
        return placement;
    }

    public LearningAgreement current() {
        if (current == null) {
            current = agreements.current(placement());
        }
        return current;
    }

    /** What the placement waits for next (the page's header), from its state, agreement, checklist and certificate. */
    public PlacementNextStep getNextStep() {
        if (nextStep == null) {
            nextStep = PlacementNextStep.of(placement().getState(), PendingSignatures.of(current()),
                    getChecklist().stream().allMatch(ChecklistLine::done), placement().getCertAt() != null);
        }
        return nextStep;
    }

    /** The parties whose signature the current agreement version still waits for. */
    public List<PendingSignatures.Party> getAwaitedSignatures() {
        return PendingSignatures.of(current()).parties();
    }

    /** The address of the placement's page on {@code tab}, as an action's redirect. */
    public static String outcome(long placementId, PlacementTab tab) {
        return "/coordinator/placements/view?faces-redirect=true&id=" + placementId + "&tab=" + tab.param();
    }

    public String move(String target) {
        return move(target, false);
    }

    /** The confirmation again, once the coordinator has read the budget warning and confirms anyway. */
    public String confirmPastAward() {
        return move(PlacementState.CONFIRMED.name(), true);
    }

    /**
     * A confirmation that would take the budget past its award is not refused: the page shows the
     * figures first, and "confirm anyway" is a second, explicit click (recorded in the budget's history).
     */
    private String move(String target, boolean pastAwardAccepted) {
        PlacementState state = PlacementState.valueOf(target);
        Optional<BudgetOverrun> overrun = state == PlacementState.CONFIRMED
                ? budgets.overrunIfConfirmed(placement()) : Optional.empty();
        if (overrun.isPresent() && !pastAwardAccepted) {
            budgetWarning = overrun.get();
            return null;
        }
        String outcome = act("move", PlacementTab.OVERVIEW, me -> placementLifecycle.move(id, state, stopReason, stoppedOn, placementVersion, me),
                "placement.moved", Messages.text(state.labelKey()));
        if (outcome != null && overrun.isPresent()) {
            budgets.recordOverrunAccepted(overrun.get(), "placement " + id, currentUser.get());
        }
        return outcome;
    }

    /** The budget warning shown after a first click on "confirm", or null. */
    public BudgetOverrun getBudgetWarning() {
        return budgetWarning;
    }

    public String saveAgreement() {
        return act("agreement", PlacementTab.AGREEMENT, me -> agreements.save(current().getId(), agreementForm, me), "agreement.saved");
    }

    public String sign() {
        return act("agreement", PlacementTab.AGREEMENT, me -> agreements.signAsCoordinator(current().getId(), me), "agreement.signed");
    }

    public String sendLink() {
        return act("agreement", PlacementTab.AGREEMENT, me -> agreements.sendSigningLink(current().getId(), me), "agreement.linkSent",
                placement().getMentor().getEmail());
    }

    public String amend() {
        return act("agreement", PlacementTab.AGREEMENT, me -> agreements.amend(id, me), "agreement.amended", current().getNumber() + 1);
    }

    public String recordScan() {
        return act("scan", PlacementTab.AGREEMENT, me -> agreements.recordMentorScan(current().getId(), upload(scan), scanSigner, scanSignedOn, me),
                "agreement.scanRecorded");
    }

    /** The coordinator's checklist item (the convention); the service refuses the student's ones. */
    public String tick(String item, boolean done) {
        return act("checklist", PlacementTab.DEPARTURE, me -> placementSteps.tick(id, ChecklistItem.valueOf(item), done, me), "placement.checklist.saved");
    }

    public String recordCertificate() {
        return act("certificate", PlacementTab.CERTIFICATE, me -> placementSteps.recordCertificate(id, certificate, upload(certificateScan), me),
                "placement.certificate.recorded");
    }

    public String sendCertificateLink() {
        return act("certificate", PlacementTab.CERTIFICATE, me -> agreements.sendCertificateLink(id, me), "placement.certificate.linkSent",
                placement().getMentor().getEmail());
    }

    private static Scan upload(UploadedFile file) {
        return file == null || file.getSize() == 0 ? null : new Scan(file.getFileName(), file.getContent());
    }

    /** Runs an action of {@code form} and comes back to {@code tab}, where that form is. */
    private String act(String form, PlacementTab tab, Consumer<Account> action, String doneKey, Object... args) {
        return PageAction.run(form, () -> {
            action.accept(currentUser.get());
            Messages.info(doneKey, args);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return outcome(id, tab);
        }, () -> { placement = null; current = null; revisable = null; });
    }

    public boolean can(String target) {
        return placement().getState().canMoveTo(PlacementState.valueOf(target));
    }

    public boolean isCoordinatorView() {
        return true;
    }

    /** The placement's basics may still be corrected in place (PROPOSED, nobody signed). */
    public boolean isRevisable() {
        if (revisable == null) {
            revisable = placementCreation.isRevisable(placement());
        }
        return revisable;
    }

    public boolean isEditable() {
        return !current().isFrozen() && !placement().getState().isFinal();
    }

    public List<LearningAgreement> getVersions() { return render.get("versions", () -> agreements.versions(placement())); }
    public List<PlacementDocument> getDocuments() { return render.get("documents", () -> agreements.documents(placement())); }
    public List<ChecklistLine> getChecklist() { return render.get("checklist", () -> placements.checklist(placement())); }
    public List<AuditEntry> getTimeline() { return render.get("timeline", () -> placements.timeline(placement())); }
    public Recognition[] getRecognitions() { return Recognition.values(); }
    public Long getId() { return id; }
    /** The tab shown; the address names it ({@code tab=agreement}), none or an unknown one is the overview. */
    public PlacementTab getTab() { return tab; }
    public String getTabParam() { return tab.param(); }
    public void setTabParam(String param) {
        if (param != null) {
            this.tab = PlacementTab.parse(param);
        }
    }
    public PlacementTab[] getTabs() { return PlacementTab.values(); }
    public void setId(Long id) { this.id = id; }
    public AgreementForm getAgreementForm() { return agreementForm; }
    public String getStopReason() { return stopReason; }
    public void setStopReason(String stopReason) { this.stopReason = stopReason; }
    public LocalDate getStoppedOn() { return stoppedOn; }
    public void setStoppedOn(LocalDate stoppedOn) { this.stoppedOn = stoppedOn; }
    public UploadedFile getScan() { return scan; }
    public void setScan(UploadedFile scan) { this.scan = scan; }
    public String getScanSigner() { return scanSigner; }
    public void setScanSigner(String scanSigner) { this.scanSigner = scanSigner; }
    public LocalDate getScanSignedOn() { return scanSignedOn; }
    public void setScanSignedOn(LocalDate scanSignedOn) { this.scanSignedOn = scanSignedOn; }
    public CertificateForm getCertificate() { return certificate; }
    public UploadedFile getCertificateScan() { return certificateScan; }
    public void setCertificateScan(UploadedFile certificateScan) { this.certificateScan = certificateScan; }
}
