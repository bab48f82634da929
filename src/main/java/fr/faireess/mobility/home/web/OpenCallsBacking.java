package fr.faireess.mobility.home.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.ApplicationDrafting;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.home.StudentMainAction;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementProgress;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;

/** Backs {@code /student/calls.xhtml} and the student home: the calls open to this student. */
@Named
@RequestScoped
public class OpenCallsBacking {

    @Inject private CallService calls;
    @Inject private ApplicationService applications;
    @Inject private ApplicationDrafting applicationDrafting;
    @Inject private CurrentUser currentUser;

    @Inject private PlacementProgress progress;

    private List<MobilityCall> open;
    private Map<Long, MobilityApplication> mine;
    private Map<Long, Placement> placementOf;

    @PostConstruct
    void load() {
        open = calls.openCallsFor(currentUser.get());
        List<MobilityApplication> own = applications.ofStudent(currentUser.get());
        mine = own.stream().collect(Collectors.toMap(a -> a.getCall().getId(), Function.identity(), (a, b) -> a));
        placementOf = progress.liveOf(own);
    }

    /** The main button for a call the student applied to follows their file (continue, see it, their placement). */
    public StudentMainAction action(MobilityCall call) {
        MobilityApplication application = mine.get(call.getId());
        return StudentMainAction.of(application.getStatus(), placementOf.containsKey(application.getId()));
    }

    /** Where a main action other than continuing leads: the placement once created, else the file. */
    public String target(MobilityCall call) {
        return action(call) == StudentMainAction.SEE_PLACEMENT ? "/student/placements/view" : "/student/applications/file";
    }

    /** The id the {@link #target} page takes. */
    public long targetId(MobilityCall call) {
        MobilityApplication application = mine.get(call.getId());
        Placement placement = placementOf.get(application.getId());
        return action(call) == StudentMainAction.SEE_PLACEMENT ? placement.getId() : application.getId();
    }

    public List<MobilityCall> getOpen() {
        return open;
    }

    public boolean hasApplied(MobilityCall call) {
        return mine.containsKey(call.getId());
    }

    /** Opens (or creates) the student's application to the call. */
    public String apply(long callId) {
        return PageAction.run(null, () -> {
            MobilityApplication application = applicationDrafting.start(callId, currentUser.get());
            return "/student/applications/file?faces-redirect=true&id=" + application.getId();
        });
    }
}
