package fr.faireess.mobility.placement.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.placement.AgreementService;
import fr.faireess.mobility.placement.ChecklistLine;
import fr.faireess.mobility.placement.LearningAgreement;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementDocument;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.web.RenderCache;

/**
 * Backs {@code /trainer/placements/view.xhtml?id=…}: a placement the trainer is the academic
 * referent of, read-only (facts, checklist, every agreement version with its signatures, Table D,
 * PDFs, history). Any other placement is a 404, even for a trainer who also coordinates.
 */
@Named
@ViewScoped
public class ReferentPlacementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the getters read, once per rendered response. */
    private final RenderCache render = new RenderCache();

    @Inject private PlacementService placements;
    @Inject private AgreementService agreements;
    @Inject private CurrentUser currentUser;

    private Long id;
    private transient Placement placement;

    public void load() throws IOException {
        try {
            placement();
        } catch (NotFoundException e) {
            NotFoundResponse.send();
        }
    }

    public Placement placement() {
        if (id == null) {
            throw new NotFoundException();
        }
        if (placement == null) {
            placement = placements.findAsReferent(id, currentUser.get()).orElseThrow(NotFoundException::new);
        }
        return placement;
    }

    /** The include of Table D shows its form to coordinators only. */
    public boolean isCoordinatorView() {
        return false;
    }

    public List<LearningAgreement> getVersions() { return render.get("versions", () -> agreements.versions(placement())); }
    public List<PlacementDocument> getDocuments() { return render.get("documents", () -> agreements.documents(placement())); }
    public List<ChecklistLine> getChecklist() { return render.get("checklist", () -> placements.checklist(placement())); }
    public List<AuditEntry> getTimeline() { return render.get("timeline", () -> placements.timeline(placement())); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
