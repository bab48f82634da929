package fr.faireess.mobility.module.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.module.Attendance;
import fr.faireess.mobility.module.CompletionStatus;
import fr.faireess.mobility.module.CriticalIncident;
import fr.faireess.mobility.module.CriticalIncidentService;
import fr.faireess.mobility.module.IncidentStatus;
import fr.faireess.mobility.module.ModuleCompletion;
import fr.faireess.mobility.module.ModuleSessionService;
import fr.faireess.mobility.module.SessionMaterialService;
import fr.faireess.mobility.module.SessionMaterials;
import fr.faireess.mobility.platform.i18n.Messages;

/**
 * Backs {@code /student/module/index.xhtml} and the student home panel: the student's own
 * completion, attendance, analyses and the materials of their cohorts' sessions — loaded for the
 * logged-in student only.
 */
@Named
@RequestScoped
public class MyModuleBacking {

    @Inject private CurrentUser currentUser;
    @Inject private ModuleCompletion completion;
    @Inject private ModuleSessionService sessions;
    @Inject private CriticalIncidentService incidents;
    @Inject private SessionMaterialService materials;

    private CompletionStatus status;
    private List<Attendance> attendance;
    private List<CriticalIncident> myIncidents;
    private List<SessionMaterials> sessionMaterials;

    public CompletionStatus getStatus() {
        if (status == null) {
            status = completion.statusOf(currentUser.get());
        }
        return status;
    }

    /** The status in words, e.g. "Il vous manque 2 séance(s)…". */
    public String getExplanation() {
        CompletionStatus s = getStatus();
        return Messages.text(s.explanationKey(), s.explanationArguments());
    }

    public List<Attendance> getAttendance() {
        if (attendance == null) {
            attendance = sessions.attendanceOf(currentUser.get());
        }
        return attendance;
    }

    public List<CriticalIncident> getIncidents() {
        if (myIncidents == null) {
            myIncidents = incidents.mine(currentUser.get());
        }
        return myIncidents;
    }

    /** The analyses a trainer sent back for rework: what the student has to act on first. */
    public List<CriticalIncident> getToRework() {
        return getIncidents().stream().filter(i -> i.getStatus() == IncidentStatus.REWORK_REQUESTED).toList();
    }

    /** The links and files of the sessions of the student's cohorts. */
    public List<SessionMaterials> getMaterials() {
        if (sessionMaterials == null) {
            sessionMaterials = materials.forStudent(currentUser.get());
        }
        return sessionMaterials;
    }
}
