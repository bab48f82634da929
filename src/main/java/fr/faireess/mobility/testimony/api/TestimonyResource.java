package fr.faireess.mobility.testimony.api;

import java.time.Instant;
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

import fr.faireess.mobility.identity.ApiCaller;
import fr.faireess.mobility.identity.ApiScope.Access;
import fr.faireess.mobility.identity.ApiScope.Feature;
import fr.faireess.mobility.platform.api.ApiException;
import fr.faireess.mobility.platform.api.ETags;
import fr.faireess.mobility.platform.api.Paging;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.testimony.Showcase;
import fr.faireess.mobility.testimony.Testimony;
import fr.faireess.mobility.testimony.TestimonyCriteria;
import fr.faireess.mobility.testimony.TestimonyType;

/**
 * Published testimonies exactly as the public showcase shows them (Showcase: every consent valid
 * today; authors as "first name and initial"), for a school's website or newsletter.
 */
@Path("testimonies")
@Tag(name = "testimonies")
@Produces(MediaType.APPLICATION_JSON)
public class TestimonyResource {

    @Inject
    private ApiCaller caller;

    @Inject
    private Showcase showcase;

    @Schema(name = "Testimony", description = "A published testimony")
    public record TestimonyView(@Schema(example = "14") long id, @Schema(example = "FILM") TestimonyType type,
                                @Schema(example = "Trois mois à Barcelone") String title, String summary, String body,
                                @Schema(example = "fr") String language, @Schema(example = "https://vimeo.com/123456") String link,
                                @Schema(example = "ES") String country, @Schema(example = "ASS") String programme,
                                @Schema(example = "2026") Integer mobilityYear, List<String> authors, Instant publishedAt,
                                @Schema(example = "6") long version) {
    }

    @GET
    @Operation(summary = "List published testimonies", description = "Newest first, as on the showcase. Needs `testimonies:read`.")
    @APIResponse(responseCode = "200", description = "One page of testimonies")
    public Paging.Page<TestimonyView> list(
            @Parameter(description = "Country (ISO code)") @QueryParam("country") String country,
            @Parameter(description = "Programme code") @QueryParam("programme") String programme,
            @Parameter(description = "Year of the mobility") @QueryParam("year") Integer year,
            @Parameter(description = "Type, e.g. FILM, ARTICLE") @QueryParam("type") String type,
            @Parameter(description = "Page, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") Integer size) {
        caller.require(Feature.TESTIMONIES, Access.READ);
        Paging paging = Paging.of(page, size);
        TestimonyCriteria criteria = TestimonyCriteria.showcase(country, programme, year, parseType(type));
        return paging.of(showcase.page(criteria, paging.first(), paging.size()).stream().map(this::view).toList(),
                showcase.count(criteria));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published testimony")
    @APIResponse(responseCode = "200", description = "The testimony")
    @APIResponse(responseCode = "404", description = "Unknown or not shown on the showcase")
    public Response get(@PathParam("id") long id) {
        caller.require(Feature.TESTIMONIES, Access.READ);
        Testimony testimony = showcase.find(id).orElseThrow(NotFoundException::new);
        return Response.ok(view(testimony)).tag(ETags.of(testimony.getVersion())).build();
    }

    private TestimonyView view(Testimony t) {
        return new TestimonyView(t.getId(), t.getType(), t.getTitle(), t.getSummary(), t.getBody(), t.getLanguage(),
                t.getLink(), t.getCountryCode(), t.getProgrammeCode(), t.getMobilityYear(), showcase.authorNames(t),
                t.getPublishedAt(), t.getVersion());
    }

    private static TestimonyType parseType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return TestimonyType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "api.badParameter", "type");
        }
    }
}
