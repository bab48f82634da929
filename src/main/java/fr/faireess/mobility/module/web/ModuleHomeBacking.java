package fr.faireess.mobility.module.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.module.CohortRate;
import fr.faireess.mobility.module.CriticalIncidentService;
import fr.faireess.mobility.module.IncidentStatus;
import fr.faireess.mobility.module.ModuleCompletion;
import fr.faireess.mobility.module.ModuleSession;
import fr.faireess.mobility.module.ModuleSessionService;
import fr.faireess.mobility.platform.web.RenderCache;

/**
 * Backs the module's home panels ({@code WEB-INF/includes/module-trainer-home.xhtml},
 * {@code module-coordinator-home.xhtml}, {@code module-admin-home.xhtml}); each getter loads once per request.
 */
@Named
@RequestScoped
public class ModuleHomeBacking {
    /** What the getters read, once per rendered response. */
    private final RenderCache render = new RenderCache();


    private static final int UPCOMING = 5;

    @Inject private CurrentUser currentUser;
    @Inject private ModuleSessionService sessions;
    @Inject private CriticalIncidentService incidents;
    @Inject private ModuleCompletion completion;

    private List<ModuleSession> upcoming;
    private List<ModuleSession> awaitingAttendance;
    private Long toReview;
    private List<CohortRate> rates;

    private Account me() {
        return currentUser.get();
    }

    public List<ModuleSession> getUpcoming() {
        if (upcoming == null) {
            upcoming = sessions.upcoming(me(), UPCOMING);
        }
        return upcoming;
    }

    public List<ModuleSession> getAwaitingAttendance() {
        if (awaitingAttendance == null) {
            awaitingAttendance = sessions.awaitingAttendance(me());
        }
        return awaitingAttendance;
    }

    public long getToReview() {
        if (toReview == null) {
            toReview = incidents.countForReview(me(), IncidentStatus.SUBMITTED);
        }
        return toReview;
    }

    /** Completion per cohort this academic year, on the campuses the coordinator sees (both, with the setting). */
    public List<CohortRate> getRates() {
        if (rates == null) {
            CampusScope scope = CampusScope.of(me());
            String year = sessions.currentAcademicYear();
            rates = scope.isAll() ? completion.completionRates(year, null)
                    : scope.campuses().stream().flatMap(campus -> completion.completionRates(year, campus).stream()).toList();
        }
        return rates;
    }

    /** Sessions of every trainer still waiting for their attendance (admin home). */
    public long getAllAwaitingAttendance() {
        return render.get("allAwaitingAttendance", () -> sessions.countAwaitingAttendance());
    }

    public String getAcademicYear() {
        return sessions.currentAcademicYear();
    }
}
