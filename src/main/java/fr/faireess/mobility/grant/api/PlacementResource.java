package fr.faireess.mobility.grant.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

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

import fr.faireess.mobility.grant.GrantBreakdown;
import fr.faireess.mobility.grant.GrantService;
import fr.faireess.mobility.grant.PlacementGrant;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.ApiCaller;
import fr.faireess.mobility.identity.ApiScope.Access;
import fr.faireess.mobility.identity.ApiScope.Feature;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementCriteria;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.platform.api.ApiException;
import fr.faireess.mobility.platform.api.ETags;
import fr.faireess.mobility.platform.api.Paging;
import fr.faireess.mobility.platform.error.NotFoundException;

/**
 * Placements of the students the client sees, each with its grant as GrantService computes it for
 * the placement pages and the Beneficiary Module file (planned, and final once known). It lives in
 * the grant feature because it serves both: grant sits above placement in the layering
 * (PackageStructureTest), and a placement read through the API always carries its grant.
 */
@Path("placements")
@Tag(name = "placements")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementResource {

    @Inject
    private ApiCaller caller;

    @Inject
    private PlacementService placements;

    @Inject
    private GrantService grants;

    @Schema(name = "Grant", description = "An Erasmus+ grant computation (euros)")
    public record GrantView(@Schema(example = "92") int fundedDays, @Schema(example = "3") int months,
                            @Schema(example = "2") int extraDays, @Schema(example = "1250") Integer distanceKm,
                            @Schema(example = "1840.00") BigDecimal individualSupport,
                            @Schema(example = "309.00") BigDecimal travelSupport,
                            @Schema(example = "2149.00") BigDecimal total) {
        static GrantView of(GrantBreakdown b) {
            return b == null ? null : new GrantView(b.fundedDays(), b.months(), b.extraDays(), b.distanceKm(),
                    b.individualSupport(), b.travelSupport(), b.total());
        }
    }

    @Schema(name = "PlacementGrant", description = "The grant of a placement: empty figures without a rate table for its call year")
    public record Grants(@Schema(example = "2026") Integer callYear, @Schema(example = "GROUP_2") String countryGroup,
                         @Schema(example = "false") boolean provisional, @Schema(example = "false") boolean belowMinimum,
                         GrantView planned, GrantView counted) {
        static Grants of(PlacementGrant g) {
            if (g == null) {
                return null;
            }
            return new Grants(g.callYear(), g.group() == null ? null : g.group().name(), g.isProvisional(), g.belowMinimum(),
                    GrantView.of(g.planned()), GrantView.of(g.counted()));
        }
    }

    @Schema(name = "Placement", description = "A placement abroad")
    public record PlacementView(@Schema(example = "31") long id, @Schema(example = "105") long applicationId,
                                @Schema(example = "CONFIRMED") PlacementState state,
                                @Schema(example = "41") long studentId, @Schema(example = "lea.vidal@etudiant.faire-ess.fr") String studentEmail,
                                @Schema(example = "PERPIGNAN") String campus,
                                @Schema(example = "7") long hostId, @Schema(example = "Fundació Pere Tarrés") String hostName,
                                @Schema(example = "ES") String country, @Schema(example = "false") boolean outsideEea,
                                @Schema(example = "2027-03-01") LocalDate plannedStart, @Schema(example = "2027-05-31") LocalDate plannedEnd,
                                LocalDate actualStart, LocalDate actualEnd, @Schema(example = "35") int hoursPerWeek,
                                Grants grant, @Schema(example = "2") long version) {
        static PlacementView of(Placement p, PlacementGrant grant) {
            Account s = p.getStudent();
            return new PlacementView(p.getId(), p.getApplication().getId(), p.getState(), s.getId(), s.getEmail(),
                    s.getCampus() == null ? null : s.getCampus().getCode(), p.getHost().getId(), p.getHost().getName(),
                    p.getHost().getCountry().getCode(), p.isOutsideEea(), p.getPlannedStart(), p.getPlannedEnd(),
                    p.getActualStart(), p.getActualEnd(), p.getHoursPerWeek(), Grants.of(grant), p.getVersion());
        }
    }

    @GET
    @Operation(summary = "List placements with their grants", description = "Placements of the client's campuses by "
            + "planned departure. Needs `placements:read` and a coordinator account.")
    @APIResponse(responseCode = "200", description = "One page of placements")
    public Paging.Page<PlacementView> list(
            @Parameter(description = "State, e.g. CONFIRMED") @QueryParam("state") String state,
            @Parameter(description = "Host country (ISO code)") @QueryParam("country") String country,
            @Parameter(description = "Host id") @QueryParam("host") Long hostId,
            @Parameter(description = "Programme code") @QueryParam("programme") String programme,
            @Parameter(description = "Month of departure, yyyy-MM") @QueryParam("departure") String departure,
            @Parameter(description = "Campus code") @QueryParam("campus") String campus,
            @Parameter(description = "Page, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") Integer size) {
        caller.require(Feature.PLACEMENTS, Access.READ);
        Paging paging = Paging.of(page, size);
        String clientCampus = caller.principal().campusCode();
        if (clientCampus != null && campus != null && !clientCampus.equals(campus)) {
            return paging.of(List.of(), 0);
        }
        PlacementCriteria criteria = new PlacementCriteria(parseState(state), country, hostId, programme,
                parseMonth(departure), campus != null ? campus : clientCampus);
        Account account = caller.account();
        long total = placements.count(criteria, account);
        List<Placement> found = placements.page(criteria, paging.first(), paging.size(), total, account);
        Map<Long, PlacementGrant> grantsById = grants.grantsOf(found);
        return paging.of(found.stream().map(p -> PlacementView.of(p, grantsById.get(p.getId()))).toList(), total);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One placement with its grant", description = "404 for an unknown id or a student of a campus "
            + "the client does not see.")
    @APIResponse(responseCode = "200", description = "The placement, with its ETag")
    @APIResponse(responseCode = "404", description = "Unknown, or not visible to this client")
    public Response get(@PathParam("id") long id) {
        caller.require(Feature.PLACEMENTS, Access.READ);
        Placement placement = placements.findVisibleTo(id, caller.account())
                .filter(p -> caller.sees(p.getStudent().getCampus() == null ? null : p.getStudent().getCampus().getCode()))
                .orElseThrow(NotFoundException::new);
        return Response.ok(PlacementView.of(placement, grants.grantOf(placement))).tag(ETags.of(placement.getVersion())).build();
    }

    private static PlacementState parseState(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return PlacementState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "api.badParameter", "state");
        }
    }

    private static YearMonth parseMonth(String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ApiException(400, "api.badParameter", "departure");
        }
    }
}
