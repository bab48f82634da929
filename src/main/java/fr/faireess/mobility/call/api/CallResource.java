package fr.faireess.mobility.call.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

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

import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.identity.ApiCaller;
import fr.faireess.mobility.identity.ApiScope.Access;
import fr.faireess.mobility.identity.ApiScope.Feature;
import fr.faireess.mobility.platform.api.ETags;
import fr.faireess.mobility.platform.api.Paging;
import fr.faireess.mobility.platform.error.NotFoundException;

/** Calls for applications open to a campus the client sees (a coordinator's view, CallService's rule). */
@Path("calls")
@Tag(name = "calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallResource {

    @Inject
    private ApiCaller caller;

    @Inject
    private CallService calls;

    @Schema(name = "Call", description = "A call for applications")
    public record CallView(@Schema(example = "12") long id,
                           @Schema(example = "Stages Erasmus+ 2027-2028") String title,
                           @Schema(example = "2027-2028") String academicYear,
                           @Schema(example = "2026-12-01T08:00:00Z") Instant opensAt,
                           @Schema(example = "2027-01-31T22:59:00Z") Instant closesAt,
                           @Schema(example = "12") int places,
                           boolean requiresModule,
                           @Schema(example = "true") boolean open,
                           @Schema(example = "[\"MONTPELLIER\", \"PERPIGNAN\"]") Set<String> campuses,
                           @Schema(example = "[\"ASS\", \"ES\"]") Set<String> programmes,
                           @Schema(example = "[2, 3]") Set<Integer> studyYears,
                           @Schema(example = "3") long version) {

        static CallView of(MobilityCall c, Instant now) {
            return new CallView(c.getId(), c.getTitle(), c.getAcademicYear(), c.getOpensAt(), c.getClosesAt(),
                    c.getPlaces(), c.isRequiresModule(), c.isOpen(now), c.getCampuses(), c.getProgrammes(),
                    c.getStudyYears(), c.getVersion());
        }
    }

    @GET
    @Operation(summary = "List calls", description = "Calls open to a campus the client sees, latest closing first. "
            + "Needs `calls:read` and a coordinator account.")
    @APIResponse(responseCode = "200", description = "One page of calls")
    public Paging.Page<CallView> list(
            @Parameter(description = "Academic year, e.g. 2027-2028") @QueryParam("academicYear") String academicYear,
            @Parameter(description = "Only calls open (true) or not (false) now") @QueryParam("open") Boolean open,
            @Parameter(description = "Page, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") Integer size) {
        caller.require(Feature.CALLS, Access.READ);
        Paging paging = Paging.of(page, size);
        Instant now = calls.now();
        List<CallView> all = calls.visibleTo(caller.account()).stream()
                .filter(c -> caller.scope().allowsAny(c.getCampuses()))
                .filter(c -> academicYear == null || academicYear.equals(c.getAcademicYear()))
                .filter(c -> open == null || open == c.isOpen(now))
                .map(c -> CallView.of(c, now)).toList();
        return paging.of(all.stream().skip(paging.first()).limit(paging.size()).toList(), all.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One call", description = "404 for a call of a campus the client does not see, as for an unknown id.")
    @APIResponse(responseCode = "200", description = "The call, with its ETag")
    @APIResponse(responseCode = "404", description = "Unknown, or not visible to this client")
    public Response get(@PathParam("id") long id) {
        caller.require(Feature.CALLS, Access.READ);
        MobilityCall call = calls.findFor(id, caller.account())
                .filter(c -> caller.scope().allowsAny(c.getCampuses()))
                .orElseThrow(NotFoundException::new);
        return Response.ok(CallView.of(call, calls.now())).tag(ETags.of(call.getVersion())).build();
    }
}
