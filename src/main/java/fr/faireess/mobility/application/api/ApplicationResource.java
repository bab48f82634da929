package fr.faireess.mobility.application.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.faireess.mobility.application.ApplicationCriteria;
import fr.faireess.mobility.application.ApplicationQueries;
import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.ApiCaller;
import fr.faireess.mobility.identity.ApiScope.Access;
import fr.faireess.mobility.identity.ApiScope.Feature;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.api.ApiException;
import fr.faireess.mobility.platform.api.ETags;
import fr.faireess.mobility.platform.api.Paging;
import fr.faireess.mobility.platform.error.NotFoundException;

/**
 * Submitted applications of the students the client sees: ApplicationQueries' review list and ApplicationService's file
 * (a coordinator account, its campuses), narrowed to the client's campus. Drafts are never shown.
 */
@Path("applications")
@Tag(name = "applications")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    @Inject
    private ApiCaller caller;

    @Inject
    private ApplicationService applications;

    @Inject
    private ApplicationQueries queries;

    @Schema(name = "Student", description = "A student, as staff see them")
    public record StudentView(@Schema(example = "41") long id, @Schema(example = "lea.vidal@etudiant.faire-ess.fr") String email,
                              @Schema(example = "Léa") String firstName, @Schema(example = "Vidal") String lastName,
                              @Schema(example = "PERPIGNAN") String campus, @Schema(example = "ASS") String programme,
                              @Schema(example = "2") Integer studyYear) {
        public static StudentView of(Account a) {
            return new StudentView(a.getId(), a.getEmail(), a.getFirstName(), a.getLastName(),
                    a.getCampus() == null ? null : a.getCampus().getCode(),
                    a.getProgramme() == null ? null : a.getProgramme().getCode(), a.getStudyYear());
        }
    }

    @Schema(name = "Wish", description = "A ranked wish: a directory host or a free proposal")
    public record WishView(@Schema(example = "1") int rank, @Schema(example = "7") Long hostId,
                           @Schema(example = "ES") String country, @Schema(example = "Barcelona") String city) {
    }

    @Schema(name = "Application", description = "A submitted application")
    public record ApplicationView(@Schema(example = "105") long id, @Schema(example = "12") long callId,
                                  @Schema(example = "Stages Erasmus+ 2027-2028") String callTitle,
                                  @Schema(example = "SUBMITTED") ApplicationStatus status, StudentView student,
                                  @Schema(example = "2027-03-01") LocalDate startOn, @Schema(example = "2027-05-31") LocalDate endOn,
                                  @Schema(example = "es") String workingLanguage, @Schema(example = "B2") String cefrLevel,
                                  boolean fewerOpportunities, @Schema(example = "78") Integer score,
                                  Instant submittedAt, Instant decidedAt, List<WishView> wishes,
                                  @Schema(example = "4") long version) {
        static ApplicationView of(MobilityApplication a) {
            return new ApplicationView(a.getId(), a.getCall().getId(), a.getCall().getTitle(), a.getStatus(),
                    StudentView.of(a.getStudent()), a.getStartOn(), a.getEndOn(), a.getWorkingLanguage(),
                    a.getCefrLevel() == null ? null : a.getCefrLevel().name(), a.isFewerOpportunities(), a.getScore(),
                    a.getSubmittedAt(), a.getDecidedAt(),
                    a.getWishes().stream().map(w -> new WishView(w.getRank(), w.getHostId(), w.getCountryCode(), w.getCity())).toList(),
                    a.getVersion());
        }
    }

    @GET
    @Operation(summary = "List applications", description = "Submitted applications of the client's campuses, filtered and "
            + "paged in the database. Needs `applications:read` and a coordinator account.")
    @APIResponse(responseCode = "200", description = "One page of applications")
    public Paging.Page<ApplicationView> list(
            @Parameter(description = "Call id") @QueryParam("call") Long callId,
            @Parameter(description = "Campus code, e.g. PERPIGNAN") @QueryParam("campus") String campus,
            @Parameter(description = "Programme code: ASS, ES, EJE") @QueryParam("programme") String programme,
            @Parameter(description = "Study year, 1 to 3") @QueryParam("studyYear") Integer studyYear,
            @Parameter(description = "Status, e.g. SUBMITTED, SELECTED") @QueryParam("status") String status,
            @Parameter(description = "Country of the first wish (ISO code)") @QueryParam("country") String country,
            @Parameter(description = "Page, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") Integer size) {
        caller.require(Feature.APPLICATIONS, Access.READ);
        Paging paging = Paging.of(page, size);
        ApplicationStatus wanted = parseStatus(status);
        String clientCampus = caller.principal().campusCode();
        if (clientCampus != null && campus != null && !clientCampus.equals(campus)) {
            return paging.of(List.of(), 0);
        }
        ApplicationCriteria criteria = new ApplicationCriteria(callId, campus != null ? campus : clientCampus, programme,
                studyYear, wanted, country, ApplicationCriteria.Sort.SUBMITTED);
        Account account = caller.account();
        List<ApplicationView> items = queries.page(criteria, paging.first(), paging.size(), account).stream()
                .map(ApplicationView::of).toList();
        return paging.of(items, queries.count(criteria, account));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application", description = "404 for a draft, an unknown id or a student of a campus the "
            + "client does not see.")
    @APIResponse(responseCode = "200", description = "The application, with its ETag")
    @APIResponse(responseCode = "404", description = "Unknown, or not visible to this client")
    public Response get(@PathParam("id") long id) {
        caller.require(Feature.APPLICATIONS, Access.READ);
        // The list is the coordinators' (ApplicationQueries.page checks it); so is one file read through the API.
        RoleGuard.require(caller.account(), Role.COORDINATOR);
        MobilityApplication application = applications.findVisibleTo(id, caller.account())
                .filter(a -> a.getStatus() != ApplicationStatus.DRAFT)
                .filter(a -> caller.sees(a.getStudent().getCampus() == null ? null : a.getStudent().getCampus().getCode()))
                .orElseThrow(NotFoundException::new);
        return Response.ok(ApplicationView.of(application)).tag(ETags.of(application.getVersion())).build();
    }

    private static ApplicationStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ApplicationStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "api.badParameter", "status");
        }
    }
}
