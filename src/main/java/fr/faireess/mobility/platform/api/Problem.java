package fr.faireess.mobility.platform.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document: {@code type} is {@code about:blank} (the status says it all),
 * {@code title} the status's short text and {@code detail} what went wrong, both in the caller's
 * language; {@code errors} lists each field to correct when there are several.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, in the caller's language")
public record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Requête invalide") String title,
        @Schema(example = "400") int status,
        @Schema(example = "Le corps de la requête n'est pas un JSON valide pour cette ressource.") String detail,
        @Schema(example = "/api/v1/hosts") String instance,
        List<FieldError> errors) {

    public record FieldError(@Schema(example = "name") String field, @Schema(example = "Le nom est obligatoire.") String message) {
    }
}
