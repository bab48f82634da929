package fr.faireess.mobility.application.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.application.ApplicationComment;
import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.ApplicationReview;
import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.application.BudgetOverrun;
import fr.faireess.mobility.application.DocumentInfo;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.application.PlacementOutlook;
import fr.faireess.mobility.application.SelectionBudget;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;
import fr.faireess.mobility.reference.ErasmusDuration;
import fr.faireess.mobility.platform.web.RenderCache;

/**
 * Backs {@code /coordinator/applications/view.xhtml}: one file with its documents, messages, score
 * and decisions. The page remembers the version it showed, so a score or a decision made over
 * someone else's change is refused ("modified by someone else") rather than overwriting it.
 */
@Named
@ViewScoped
public class ReviewFileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the getters read, once per rendered response. */
    private final RenderCache render = new RenderCache();

    @Inject private ApplicationService applications;
    @Inject private ApplicationReview applicationReview;
    @Inject private CurrentUser currentUser;
    @Inject private CallService calls;
    @Inject private PlacementOutlook placements;
    @Inject private SelectionBudget budgets;
    private BudgetOverrun budgetWarning;
    private transient Integer cycleDaysUsed;
    /** The selected file's live placement, read once per request (empty: none yet). */
    private transient Optional<Long> livePlacementId;

    private Long id;
    private transient MobilityApplication application;
    private Integer score;
    private long version;
    private String message;
    private String comment;
    private boolean loaded;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        if (!loaded) {
            reset();
            loaded = true;
        }
    }

    private void reset() {
        application = null;
        score = application().getScore();
        version = application().getVersion();
    }

    public MobilityApplication application() {
        if (application == null) {
            application = applications.findVisibleTo(id, currentUser.get()).orElseThrow(NotFoundException::new);
        }
        return application;
    }

    public String saveScore() {
        return act(me -> applicationReview.score(id, me, score, version), "scoreForm", "review.scoreSaved");
    }

    public String requestChanges() {
        return decide(me -> applicationReview.requestChanges(id, me, message, version));
    }

    public String select() {
        return select(false);
    }

    /** The selection again, once the coordinator has read the budget warning and selects anyway. */
    public String selectPastAward() {
        return select(true);
    }

    /**
     * A selection that would (by the call's average planned grant) take the budget past its award is
     * not refused: the page shows the figures first; "select anyway" is a second, explicit click,
     * recorded in the budget's history. The message typed stays in the form meanwhile.
     */
    private String select(boolean pastAwardAccepted) {
        Optional<BudgetOverrun> overrun = can("SELECTED") ? budgets.overrunIfSelected(application()) : Optional.empty();
        if (overrun.isPresent() && !pastAwardAccepted) {
            budgetWarning = overrun.get();
            return null;
        }
        String outcome = decide(me -> applicationReview.select(id, me, message, version));
        if (outcome != null && overrun.isPresent()) {
            budgets.recordOverrunAccepted(overrun.get(), "application " + id, currentUser.get());
        }
        return outcome;
    }

    /** The budget warning shown after a first click on "select", or null. */
    public BudgetOverrun getBudgetWarning() {
        return budgetWarning;
    }

    public String waitlist() {
        return decide(me -> applicationReview.waitlist(id, me, message, version));
    }

    public String reject() {
        return decide(me -> applicationReview.reject(id, me, message, version));
    }

    public String sendComment() {
        return act(me -> applications.comment(id, me, comment), "thread", "application.comment.sent");
    }

    private String decide(Consumer<Account> decision) {
        return PageAction.run("decision", () -> {
            decision.accept(currentUser.get());
            application = null;
            Messages.info("review.done", Messages.text(application().getStatus().labelKey()));
            return reload();
        });
    }

    private String act(Consumer<Account> action, String form, String doneKey) {
        return PageAction.run(form, () -> {
            action.accept(currentUser.get());
            Messages.info(doneKey);
            return reload();
        });
    }

    /** After a change: a fresh GET of the file, so the page shows what is saved and a reload posts nothing. */
    private String reload() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/coordinator/applications/view?faces-redirect=true&id=" + id;
    }

    public boolean can(String status) {
        return application().getStatus().canMoveTo(
                fr.faireess.mobility.application.ApplicationStatus.valueOf(status),
                fr.faireess.mobility.application.ApplicationStatus.By.COORDINATOR);
    }

    /** Selected files of the call, all campuses counted (the quota is the call's): the context of a decision. */
    /**
     * A selected file leads to its placement: the one created, or the page to create it. Null when
     * there is none yet (the page then offers "Créer le stage").
     */
    public Long getLivePlacementId() {
        if (livePlacementId == null) {
            livePlacementId = application().getStatus() == ApplicationStatus.SELECTED
                    ? placements.livePlacementId(application()) : Optional.empty();
        }
        return livePlacementId.orElse(null);
    }

    public long getSelectedInCall() { return render.get("selectedInCall", () -> calls.selectedCount(application().getCall().getId())); }
    /** Erasmus+ days the student's other placements already count in the study cycle (read once per view). */
    public int getCycleDaysUsed() {
        if (cycleDaysUsed == null) {
            cycleDaysUsed = placements.cycleDaysOutside(application());
        }
        return cycleDaysUsed;
    }

    public int getCycleDaysLeft() { return placements.remainingInCycle(getCycleDaysUsed()); }

    /** Days of the period the student asks for, 0 if not given. */
    public int getDesiredDays() {
        MobilityApplication a = application();
        return a.getStartOn() == null || a.getEndOn() == null || a.getEndOn().isBefore(a.getStartOn())
                ? 0 : ErasmusDuration.days(a.getStartOn(), a.getEndOn());
    }

    public List<DocumentInfo> getDocuments() { return render.get("documents", () -> applications.documents(application())); }
    public List<ApplicationComment> getComments() { return render.get("comments", () -> applications.comments(application())); }
    public List<AuditEntry> getTimeline() { return render.get("timeline", () -> applications.timeline(application())); }
    public Map<Long, String> getHostLabels() { return render.get("hostLabels", () -> applications.hostLabels(application())); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Integer getScore() { return score; }
    public void setScore(Integer score) { this.score = score; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
