package fr.faireess.mobility.home.web;

import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.application.ApplicationCriteria;
import fr.faireess.mobility.application.ApplicationQueries;
import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.placement.PlacementCreation;

/**
 * Backs the coordinator home: counts per call and status, files waiting, places freed by a
 * withdrawal — each within the campuses the coordinator sees (the services apply the scope).
 */
@Named
@RequestScoped
public class CoordinatorHomeBacking {

    @Inject private CallService calls;
    @Inject private ApplicationQueries applicationQueries;
    @Inject private PlacementCreation placementCreation;
    @Inject private CurrentUser currentUser;

    private List<MobilityCall> recentCalls;
    private Map<Long, Map<ApplicationStatus, Long>> counts;
    private long waiting;
    private List<MobilityApplication> offers;
    private List<MobilityApplication> withoutPlacement;

    @PostConstruct
    void load() {
        recentCalls = calls.visibleTo(currentUser.get()).stream().limit(6).toList();
        counts = applicationQueries.countsByCall(currentUser.get());
        waiting = applicationQueries.count(new ApplicationCriteria(null, null, null, null, ApplicationStatus.SUBMITTED, null, null),
                currentUser.get());
        offers = applicationQueries.offersFromWaitlist(currentUser.get());
        withoutPlacement = placementCreation.selectedWithoutPlacement(currentUser.get());
    }

    public List<MobilityCall> getRecentCalls() { return recentCalls; }
    public long getWaiting() { return waiting; }
    public List<MobilityApplication> getOffers() { return offers; }
    public List<MobilityApplication> getWithoutPlacement() { return withoutPlacement; }
    public List<ApplicationStatus> getStatuses() {
        return List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.CHANGES_REQUESTED, ApplicationStatus.SELECTED,
                ApplicationStatus.WAITLISTED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN);
    }

    public long count(MobilityCall call, ApplicationStatus status) {
        return counts.getOrDefault(call.getId(), Map.of()).getOrDefault(status, 0L);
    }
}
