package fr.faireess.mobility.host.api;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import fr.faireess.mobility.host.HostCriteria;
import fr.faireess.mobility.host.HostDirectory;
import fr.faireess.mobility.host.HostDuplicateException;
import fr.faireess.mobility.host.HostDuplicateRule;
import fr.faireess.mobility.host.HostForm;
import fr.faireess.mobility.host.HostOrganisation;
import fr.faireess.mobility.host.HostRow;
import fr.faireess.mobility.host.HostSize;
import fr.faireess.mobility.host.HostType;
import fr.faireess.mobility.host.LegalStatus;
import fr.faireess.mobility.host.PartnerNetwork;
import fr.faireess.mobility.identity.ApiCaller;
import fr.faireess.mobility.identity.ApiScope.Access;
import fr.faireess.mobility.identity.ApiScope.Feature;
import fr.faireess.mobility.platform.api.ApiApplication;
import fr.faireess.mobility.platform.api.ApiException;
import fr.faireess.mobility.platform.api.ETags;
import fr.faireess.mobility.platform.api.Paging;
import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.error.NotFoundException;

/**
 * The host directory: read (as the acting account sees it) and, for a coordinator account, create or
 * update an organisation through HostDirectory (its checks, duplicate rule, lock and audit). An update
 * names the version it read in {@code If-Match}; contacts are kept as they are (the pages edit them).
 */
@Path("hosts")
@Tag(name = "hosts")
@Produces(MediaType.APPLICATION_JSON)
public class HostResource {

    private static final String HOST_EXAMPLE = """
            {"name": "Fundació Pere Tarrés", "type": "CHILD_PROTECTION", "legalStatus": "NON_PROFIT", "size": "SMALL",
             "address": "Carrer de Santaló 37", "city": "Barcelona", "countryCode": "ES", "website": "https://www.peretarres.org",
             "languages": ["ca", "es"], "themes": ["enfance"], "networks": []}""";

    @Inject
    private ApiCaller caller;

    @Inject
    private HostDirectory directory;

    @Schema(name = "HostSummary", description = "A row of the host directory")
    public record HostSummary(@Schema(example = "7") long id, @Schema(example = "Fundació Pere Tarrés") String name,
                              @Schema(example = "Barcelona") String city, @Schema(example = "ES") String country,
                              HostType type, boolean active, List<String> languages, List<String> themes,
                              List<PartnerNetwork> networks) {
        static HostSummary of(HostRow r) {
            return new HostSummary(r.id(), r.name(), r.city(), r.country().getCode(), r.type(), r.active(), r.languages(),
                    r.themes(), r.networks());
        }
    }

    @Schema(name = "Host", description = "A host organisation (contacts are not exposed)")
    public record HostView(long id, String name, HostType type, LegalStatus legalStatus, HostSize size, String address,
                           String city, String countryCode, BigDecimal latitude, BigDecimal longitude, String website,
                           Set<String> languages, Set<String> themes, Set<PartnerNetwork> networks, String notes,
                           boolean active, @Schema(example = "3") long version) {
        static HostView of(HostOrganisation h) {
            return new HostView(h.getId(), h.getName(), h.getType(), h.getLegalStatus(), h.getSize(), h.getAddress(),
                    h.getCity(), h.getCountry().getCode(), h.getLatitude(), h.getLongitude(), h.getWebsite(),
                    h.getLanguages(), h.getThemes(), h.getNetworks(), h.getNotes(), h.isActive(), h.getVersion());
        }
    }

    @Schema(name = "HostInput", description = "An organisation to create or the new values of one to update; unknown fields are refused")
    public record HostInput(@Schema(required = true, example = "Fundació Pere Tarrés") String name,
                            @Schema(required = true) HostType type, LegalStatus legalStatus, HostSize size,
                            String address, @Schema(required = true, example = "Barcelona") String city,
                            @Schema(required = true, example = "ES") String countryCode,
                            BigDecimal latitude, BigDecimal longitude, String website,
                            List<String> languages, List<String> themes, Set<PartnerNetwork> networks, String notes,
                            @Schema(description = "Save although an organisation of the same name and city exists")
                            Boolean confirmDuplicate) {

        void applyTo(HostForm form) {
            form.setName(name);
            form.setType(type);
            form.setLegalStatus(legalStatus);
            form.setSize(size);
            form.setAddress(address);
            form.setCity(city);
            form.setCountryCode(countryCode);
            form.setLatitude(latitude);
            form.setLongitude(longitude);
            form.setWebsite(website);
            form.setLanguages(languages == null ? null : String.join(", ", languages));
            form.setThemes(themes == null ? null : String.join(", ", themes));
            form.setNetworks(networks == null ? Set.of() : networks);
            form.setNotes(notes);
            if (Boolean.TRUE.equals(confirmDuplicate)) {
                form.setConfirmedDuplicate(HostDuplicateRule.confirmation(form.getName(), form.getCity()));
            }
        }
    }

    @GET
    @Operation(summary = "Search the host directory", description = "By name, ordered by name. Needs `hosts:read`; "
            + "inactive organisations only for coordinator and administrator accounts.")
    @APIResponse(responseCode = "200", description = "One page of organisations")
    public Paging.Page<HostSummary> list(
            @Parameter(description = "Text in the name or city") @QueryParam("q") String text,
            @Parameter(description = "Country (ISO code)") @QueryParam("country") String country,
            @Parameter(description = "Type, e.g. CHILD_PROTECTION") @QueryParam("type") String type,
            @Parameter(description = "Theme") @QueryParam("theme") String theme,
            @Parameter(description = "Partner network") @QueryParam("network") String network,
            @Parameter(description = "Working language code, e.g. es") @QueryParam("language") String language,
            @Parameter(description = "Active (true) or inactive (false) only") @QueryParam("active") Boolean active,
            @Parameter(description = "Page, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") Integer size) {
        caller.require(Feature.HOSTS, Access.READ);
        Paging paging = Paging.of(page, size);
        HostCriteria criteria = new HostCriteria(text, country, parse(HostType.class, type, "type"), theme,
                parse(PartnerNetwork.class, network, "network"), language, active);
        List<HostSummary> items = directory.search(criteria, caller.account(), paging.first(), paging.size()).stream()
                .map(HostSummary::of).toList();
        return paging.of(items, directory.count(criteria, caller.account()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One host organisation", description = "Needs `hosts:read` and a coordinator or administrator account.")
    @APIResponse(responseCode = "200", description = "The organisation, with its ETag (its version)")
    @APIResponse(responseCode = "404", description = "Unknown")
    public Response get(@PathParam("id") long id) {
        caller.require(Feature.HOSTS, Access.READ);
        HostOrganisation host = directory.findForStaff(id, caller.account()).orElseThrow(NotFoundException::new);
        return Response.ok(HostView.of(host)).tag(ETags.of(host.getVersion())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a host organisation", description = "The directory's rules apply (required fields, "
            + "country, website, duplicates: 409 unless `confirmDuplicate`). Needs `hosts:write` and a coordinator account.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HostInput.class), examples = @ExampleObject(name = "host", value = HOST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new organisation")
    @APIResponse(responseCode = "400", description = "Unreadable JSON, an unknown field or a field to correct")
    @APIResponse(responseCode = "409", description = "An organisation of the same name and city exists")
    public Response create(HostInput input) {
        caller.require(Feature.HOSTS, Access.WRITE);
        if (input == null) {
            throw new ApiException(400, "api.bodyMissing");
        }
        HostForm form = new HostForm();
        input.applyTo(form);
        HostOrganisation host;
        try {
            host = directory.create(form, caller.account());
        } catch (HostDuplicateException e) {
            throw duplicate(e);
        }
        // On the public address, never on the request's Host header (as every redirect of the application).
        URI location = URI.create(Settings.fromConfig().publicUrl() + ApiApplication.PATH + "/hosts/" + host.getId());
        return Response.created(location).entity(HostView.of(host))
                .tag(ETags.of(host.getVersion())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a host organisation", description = "Replaces the organisation's fields (not its contacts). "
            + "`If-Match` must carry the ETag read: 412 when someone saved it since, 428 without it. Needs `hosts:write` "
            + "and a coordinator account.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HostInput.class), examples = @ExampleObject(name = "host", value = HOST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Saved; the new ETag")
    @APIResponse(responseCode = "412", description = "Stale If-Match: reload and apply the change again")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("id") long id,
                           @Parameter(description = "The ETag read, e.g. \"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           HostInput input) {
        caller.require(Feature.HOSTS, Access.WRITE);
        long version = ETags.version(ifMatch);
        if (input == null) {
            throw new ApiException(400, "api.bodyMissing");
        }
        HostOrganisation current = directory.findForStaff(id, caller.account()).orElseThrow(NotFoundException::new);
        HostForm form = HostForm.of(current);
        input.applyTo(form);
        form.setVersion(version);
        HostOrganisation saved;
        try {
            saved = directory.update(id, form, caller.account());
        } catch (HostDuplicateException e) {
            throw duplicate(e);
        }
        return Response.ok(HostView.of(saved)).tag(ETags.of(saved.getVersion())).build();
    }

    /** A near-duplicate is a conflict with an existing record (409), settled by sending {@code confirmDuplicate}. */
    private static ApiException duplicate(HostDuplicateException e) {
        return new ApiException(409, e.messageKey(), e.arguments());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "api.badParameter", name);
        }
    }
}
