package fr.faireess.mobility.module.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.module.AttendanceStatus;
import fr.faireess.mobility.module.GuestRole;
import fr.faireess.mobility.module.IncidentStatus;
import fr.faireess.mobility.module.ModuleSessionService;
import fr.faireess.mobility.module.Movement;
import fr.faireess.mobility.module.SessionFormat;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.reference.Programme;
import fr.faireess.mobility.reference.ReferenceData;

/** Choices the module's pages offer ({@code #{moduleOptions.…}}), labelled in the reader's language. */
@Named
@RequestScoped
public class ModuleOptions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private ReferenceData reference;

    public SessionFormat[] getFormats() { return SessionFormat.values(); }
    public Movement[] getMovements() { return Movement.values(); }
    public GuestRole[] getGuestRoles() { return GuestRole.values(); }
    public AttendanceStatus[] getAttendanceStatuses() { return AttendanceStatus.values(); }

    /** Review statuses (drafts are the student's own business). */
    public IncidentStatus[] getReviewStatuses() {
        return new IncidentStatus[] {IncidentStatus.SUBMITTED, IncidentStatus.VALIDATED, IncidentStatus.REWORK_REQUESTED};
    }

    /** Every cohort of a campus: programme × study year, valued {@code ASS-1}. */
    public List<SelectItem> getCohorts() {
        List<SelectItem> items = new ArrayList<>();
        for (Programme programme : reference.programmes()) {
            for (int year : reference.studyYears()) {
                items.add(new SelectItem(programme.getCode() + "-" + year, cohortLabel(programme.getCode(), year)));
            }
        }
        return items;
    }

    public static String cohortLabel(String programmeCode, int studyYear) {
        return Messages.text("module.cohort.label", programmeCode, Messages.text("module.studyYear." + studyYear));
    }

    /** A moment as a day in the schools' time zone ({@code dd/MM/yyyy}), or "" when absent. */
    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ModuleSessionService.ZONE));
    }

    public String cohort(String programmeCode, int studyYear) {
        return cohortLabel(programmeCode, studyYear);
    }
}
