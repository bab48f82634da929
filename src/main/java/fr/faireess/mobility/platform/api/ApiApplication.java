package fr.faireess.mobility.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API, version 1, for the school's other systems: every resource lives in the {@code api/}
 * package of its feature and answers JSON (JSON-B). Callers authenticate with a bearer token issued
 * on the administrators' page (Administration → Clients de l'API); errors are RFC 9457 problem
 * documents in the caller's language. The OpenAPI document is served by Payara at {@code /openapi}.
 */
@ApplicationPath(ApiApplication.PATH)
@OpenAPIDefinition(
        info = @Info(title = "Mobilité FAIRE-ESS API", version = "1",
                description = "Read calls, applications, placements with their grant figures, the host directory, "
                        + "module completion and published testimonies; create or update host organisations, record "
                        + "attendance, import a student cohort. Authenticate with `Authorization: Bearer <token>` "
                        + "(Administration → Clients de l'API). Errors are `application/problem+json` (RFC 9457) in "
                        + "the language of `Accept-Language` (French by default). Lists take `page` (from 1) and "
                        + "`size` (1-100). Single resources carry an `ETag`; updates need `If-Match`."),
        security = @SecurityRequirement(name = "bearer"),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "bearer",
                type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "A token issued to an API client by an administrator (mfe_…)")),
        tags = {
                @Tag(name = "calls", description = "Calls for applications"),
                @Tag(name = "applications", description = "Applications, within the client's campuses"),
                @Tag(name = "placements", description = "Placements and their Erasmus+ grant figures"),
                @Tag(name = "hosts", description = "The host directory"),
                @Tag(name = "module", description = "The intercultural module: completion and attendance"),
                @Tag(name = "testimonies", description = "Published testimonies (the public showcase)"),
                @Tag(name = "students", description = "Student cohorts")})
public class ApiApplication extends Application {

    public static final String PATH = "api/v1";
}
