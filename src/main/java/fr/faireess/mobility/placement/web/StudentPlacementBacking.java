package fr.faireess.mobility.placement.web;

import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.identity.ParticipantDataRule;
import fr.faireess.mobility.placement.AgreementService;
import fr.faireess.mobility.placement.ChecklistItem;
import fr.faireess.mobility.placement.ChecklistLine;
import fr.faireess.mobility.placement.LearningAgreement;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.placement.PlacementSteps;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.RenderCache;
import fr.faireess.mobility.platform.web.PageAction;

/**
 * Backs {@code /student/placements/view.xhtml}: the student's own placement (anyone else's is a 404),
 * the checklist before departure, the Learning Agreement versions to read and sign, the PDFs.
 */
@Named
@ViewScoped
public class StudentPlacementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the getters read, once per rendered response. */
    private final RenderCache render = new RenderCache();

    @Inject private PlacementService placements;
    @Inject private PlacementSteps placementSteps;
    @Inject private AgreementService agreements;
    @Inject private CurrentUser currentUser;

    private Long id;
    private transient Placement placement;
    private transient LearningAgreement current;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        placement();
    }

    /** Only the student's own placement: a coordinator or referent uses their own pages. */
    public Placement placement() {
        if (placement == null) {
            Account me = currentUser.get();
            placement = placements.findVisibleTo(id, me).filter(p -> p.getStudent().getId().equals(me.getId()))
                    .orElseThrow(NotFoundException::new);
        }
        return placement;
    }

    public LearningAgreement current() {
        if (current == null) {
            current = agreements.current(placement());
        }
        return current;
    }

    public String sign() {
        return act(me -> agreements.signAsStudent(current().getId(), me), "agreement.signed");
    }

    public String tick(String item, boolean done) {
        return act(me -> placementSteps.tick(placement().getId(), ChecklistItem.valueOf(item), done, me),
                "placement.checklist.saved");
    }

    private String act(Consumer<Account> action, String doneKey) {
        return PageAction.run(null, () -> {
            action.accept(currentUser.get());
            Messages.info(doneKey);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/student/placements/view?faces-redirect=true&id=" + id;
        });
    }

    public boolean isCoordinatorView() {
        return false;
    }

    public boolean isCanSign() {
        return current().getStudentSignedAt() == null && current().getProgramme() != null
                && current().getTitle() != null && !placement().getState().isFinal();
    }

    /** What the student must still fill in on their account page before signing (label keys). */
    public List<String> getMissingParticipantData() {
        return ParticipantDataRule.missing(placement().getStudent());
    }

    public List<LearningAgreement> getVersions() { return render.get("versions", () -> agreements.versions(placement())); }
    public List<ChecklistLine> getChecklist() { return render.get("checklist", () -> placements.checklist(placement())); }
    public List<AuditEntry> getTimeline() { return render.get("timeline", () -> placements.timeline(placement())); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
