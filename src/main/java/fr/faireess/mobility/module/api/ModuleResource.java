package fr.faireess.mobility.module.api;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.ApiCaller;
import fr.faireess.mobility.identity.ApiScope.Access;
import fr.faireess.mobility.identity.ApiScope.Feature;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.module.AttendanceRow;
import fr.faireess.mobility.module.AttendanceStatus;
import fr.faireess.mobility.module.CohortRate;
import fr.faireess.mobility.module.ModuleCompletion;
import fr.faireess.mobility.module.ModuleSession;
import fr.faireess.mobility.module.ModuleSessionService;
import fr.faireess.mobility.module.SessionCriteria;
import fr.faireess.mobility.platform.api.ApiException;
import fr.faireess.mobility.platform.api.ETags;
import fr.faireess.mobility.platform.api.Paging;
import fr.faireess.mobility.platform.error.NotFoundException;

/**
 * The intercultural module: completion per cohort (ModuleCompletion, as on the cohort tables) and a
 * session's attendance, recorded through ModuleSessionService (the session's trainer or an
 * administrator, the whole grid at once, against the session's version).
 */
@Path("module")
@Tag(name = "module")
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

    @Inject
    private ApiCaller caller;

    @Inject
    private ModuleCompletion completion;

    @Inject
    private ModuleSessionService sessions;

    @Schema(name = "CohortCompletion", description = "How many students of a cohort completed the module")
    public record CohortCompletion(@Schema(example = "2026-2027") String academicYear, @Schema(example = "PERPIGNAN") String campus,
                                   @Schema(example = "ASS") String programme, @Schema(example = "2") int studyYear,
                                   @Schema(example = "4") int sessionsRequired, @Schema(example = "1") int incidentsRequired,
                                   @Schema(example = "23") int students, @Schema(example = "17") int completed,
                                   @Schema(example = "73") int percent) {
        static CohortCompletion of(CohortRate r) {
            return new CohortCompletion(r.requirement().getAcademicYear().getCode(), r.requirement().getCampus().getCode(),
                    r.requirement().getProgramme().getCode(), r.requirement().getStudyYear(),
                    r.requirement().getSessionsRequired(), r.requirement().getIncidentsRequired(), r.students(),
                    r.completed(), r.percent());
        }
    }

    @Schema(name = "Session", description = "A module session and its attendance")
    public record SessionView(@Schema(example = "9") long id, @Schema(example = "Le choc culturel") String title,
                              @Schema(example = "2026-12-03T09:00:00") LocalDateTime startsAt,
                              @Schema(example = "PERPIGNAN") String campus, @Schema(example = "ASS-2, ES-2") String cohorts,
                              boolean attendanceRecorded, List<Mark> attendance, @Schema(example = "5") long version) {
    }

    @Schema(name = "Mark", description = "One student's attendance at a session (no status: not marked yet)")
    public record Mark(@Schema(example = "41") long studentId, @Schema(example = "PRESENT") AttendanceStatus status) {
    }

    @Schema(name = "AttendanceInput", description = "A mark for every student of the session's cohorts, and nobody else")
    public record AttendanceInput(List<Mark> marks) {
    }

    @GET
    @Path("completion")
    @Operation(summary = "Module completion per cohort", description = "Per cohort with a requirement in the academic year "
            + "(default: the current one), within the client's campuses. Needs `module:read` and a staff account.")
    @APIResponse(responseCode = "200", description = "One row per cohort")
    public List<CohortCompletion> completion(
            @Parameter(description = "Academic year, e.g. 2026-2027") @QueryParam("academicYear") String academicYear,
            @Parameter(description = "Campus code") @QueryParam("campus") String campus) {
        caller.require(Feature.MODULE, Access.READ);
        RoleGuard.require(caller.account(), Role.COORDINATOR, Role.TRAINER, Role.ADMIN);
        if (academicYear != null && !academicYear.matches("\\d{4}-\\d{4}")) {
            throw new ApiException(400, "api.badParameter", "academicYear");
        }
        String year = academicYear == null ? sessions.currentAcademicYear() : academicYear;
        CampusScope scope = caller.scope();
        List<CohortRate> rates = new ArrayList<>();
        if (campus != null) {
            if (scope.allows(campus)) {
                rates.addAll(completion.completionRates(year, campus));
            }
        } else if (scope.isAll()) {
            rates.addAll(completion.completionRates(year, null));
        } else {
            scope.campuses().forEach(c -> rates.addAll(completion.completionRates(year, c)));
        }
        return rates.stream().map(CohortCompletion::of).toList();
    }

    @Schema(name = "SessionSummary", description = "A module session, without its attendance")
    public record SessionSummary(@Schema(example = "9") long id, @Schema(example = "Le choc culturel") String title,
                                 @Schema(example = "2026-12-03T09:00:00") LocalDateTime startsAt,
                                 @Schema(example = "PERPIGNAN") String campus, @Schema(example = "ASS-2, ES-2") String cohorts,
                                 @Schema(example = "27") long trainerId, boolean attendanceRecorded,
                                 @Schema(example = "5") long version) {
        static SessionSummary of(ModuleSession s) {
            return new SessionSummary(s.getId(), s.getTitle(), s.getStartsAt(), s.getCampus().getCode(), s.getCohortCodes(),
                    s.getTrainer().getId(), s.getAttendanceRecordedAt() != null, s.getVersion());
        }
    }

    @GET
    @Path("sessions")
    @Operation(summary = "List sessions", description = "Sessions of the client's campuses, latest first. Needs "
            + "`module:read` and a staff account.")
    @APIResponse(responseCode = "200", description = "One page of sessions")
    public Paging.Page<SessionSummary> sessions(
            @Parameter(description = "Academic year, e.g. 2026-2027") @QueryParam("academicYear") String academicYear,
            @Parameter(description = "Campus code") @QueryParam("campus") String campus,
            @Parameter(description = "Only this trainer's sessions (account id)") @QueryParam("trainer") Long trainerId,
            @Parameter(description = "Page, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") Integer size) {
        caller.require(Feature.MODULE, Access.READ);
        RoleGuard.require(caller.account(), Role.COORDINATOR, Role.TRAINER, Role.ADMIN);
        Paging paging = Paging.of(page, size);
        CampusScope scope = caller.scope();
        List<String> campuses = campus != null ? (scope.allows(campus) ? List.of(campus) : List.of())
                : scope.isAll() ? java.util.Collections.singletonList((String) null) : List.copyOf(scope.campuses());
        if (campuses.size() != 1) {
            // Several campuses but not all (none today: a scope is one campus or every one): read each.
            List<SessionSummary> all = new ArrayList<>();
            campuses.forEach(c -> sessions.all(new SessionCriteria(academicYear, c, trainerId), caller.account()).stream()
                    .map(SessionSummary::of).forEach(all::add));
            return paging.of(all.stream().skip(paging.first()).limit(paging.size()).toList(), all.size());
        }
        SessionCriteria criteria = new SessionCriteria(academicYear, campuses.get(0), trainerId);
        return paging.of(sessions.search(criteria, paging.first(), paging.size(), caller.account()).stream().map(SessionSummary::of).toList(),
                sessions.count(criteria, caller.account()));
    }

    @GET
    @Path("sessions/{id}")
    @Operation(summary = "One session with its attendance", description = "Its ETag is the version to send when recording "
            + "attendance. Needs `module:read` and a staff account seeing the session's campus.")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "404", description = "Unknown, or of a campus the client does not see")
    public Response session(@PathParam("id") long id) {
        caller.require(Feature.MODULE, Access.READ);
        ModuleSession session = visibleSession(id);
        return Response.ok(view(session)).tag(ETags.of(session.getVersion())).build();
    }

    @PUT
    @Path("sessions/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a session's attendance", description = "The whole grid at once (all or nothing): a mark for "
            + "each student of the session's cohorts. `If-Match` carries the session's ETag (412 when it changed since). "
            + "Needs `module:write` and the session's trainer or an administrator account.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttendanceInput.class),
            examples = @ExampleObject(name = "marks", value = "{\"marks\": [{\"studentId\": 41, \"status\": \"PRESENT\"}, "
                    + "{\"studentId\": 42, \"status\": \"EXCUSED\"}]}")))
    @APIResponse(responseCode = "200", description = "Saved; the session with its new ETag")
    @APIResponse(responseCode = "412", description = "The session changed since it was read")
    public Response recordAttendance(@PathParam("id") long id,
                                     @Parameter(description = "The session's ETag, e.g. \"5\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     AttendanceInput input) {
        caller.require(Feature.MODULE, Access.WRITE);
        long version = ETags.version(ifMatch);
        if (input == null || input.marks() == null) {
            throw new ApiException(400, "api.bodyMissing");
        }
        visibleSession(id);
        Map<Long, AttendanceStatus> marks = new LinkedHashMap<>();
        for (Mark mark : input.marks()) {
            if (mark == null || mark.status() == null || marks.put(mark.studentId(), mark.status()) != null) {
                throw new ApiException(400, "api.badParameter", "marks");
            }
        }
        sessions.recordAttendance(id, version, marks, caller.account());
        ModuleSession saved = visibleSession(id);
        return Response.ok(view(saved)).tag(ETags.of(saved.getVersion())).build();
    }

    private ModuleSession visibleSession(long id) {
        Account account = caller.account();
        return sessions.find(id, account).filter(s -> caller.sees(s.getCampus().getCode())).orElseThrow(NotFoundException::new);
    }

    private SessionView view(ModuleSession session) {
        List<Mark> marks = new ArrayList<>();
        for (AttendanceRow row : sessions.attendanceGrid(session.getId(), caller.account())) {
            marks.add(new Mark(row.getStudentId(), row.getStatus()));
        }
        return new SessionView(session.getId(), session.getTitle(), session.getStartsAt(), session.getCampus().getCode(),
                session.getCohortCodes(), session.getAttendanceRecordedAt() != null, marks, session.getVersion());
    }
}
