package fr.faireess.mobility.identity.api;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.faireess.mobility.identity.AccountForm;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.identity.ApiCaller;
import fr.faireess.mobility.identity.ApiScope.Access;
import fr.faireess.mobility.identity.ApiScope.Feature;
import fr.faireess.mobility.identity.CohortCsv;
import fr.faireess.mobility.identity.ImportLineException;
import fr.faireess.mobility.identity.ImportedAccount;
import fr.faireess.mobility.platform.api.ApiException;
import fr.faireess.mobility.platform.api.ApiLanguage;
import fr.faireess.mobility.platform.i18n.Messages;

/**
 * A student cohort from the student information system: the same CSV file as the administrators'
 * import page and the same rules (CohortCsv, then AccountService.importStudents), all or nothing.
 */
@Path("students/imports")
@Tag(name = "students")
public class CohortImportResource {

    @Inject
    private ApiCaller caller;

    @Inject
    private AccountService accounts;

    @Context
    private HttpHeaders headers;

    /** The accounts created, without any password: students set theirs as the school's procedure says. */
    @Schema(name = "CohortImport")
    public record Imported(@Schema(example = "2") int created, List<Student> students) {
    }

    public record Student(@Schema(example = "alba.serra@etudiant.faire-ess.fr") String email,
                          @Schema(example = "Alba Serra") String fullName) {
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a student cohort (all or nothing)",
            description = "The CSV file of the import page: a header row naming email, prenom, nom, campus, formation "
                    + "and annee (French or English names), `;` or `,` between cells, at most 500 students. The first wrong "
                    + "line refuses the whole file (400, naming the line). Needs `students:write`, an administrator account, "
                    + "and every student in the client's campus.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "cohort",
            value = "email;prenom;nom;campus;formation;annee\nalba.serra@etudiant.faire-ess.fr;Alba;Serra;Perpignan;ASS;1\n")))
    @APIResponse(responseCode = "201", description = "Every account created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Imported.class)))
    @APIResponse(responseCode = "400", description = "A line refused: nothing imported")
    public Response importCohort(String csv) {
        caller.require(Feature.STUDENTS, Access.WRITE);
        Locale locale = ApiLanguage.of(headers.getAcceptableLanguages());
        List<AccountForm> forms = CohortCsv.parse(csv);
        for (AccountForm form : forms) {
            if (!caller.sees(form.getCampusCode())) {
                throw new ApiException(403, "api.campusOutOfScope", form.getEmail());
            }
        }
        try {
            List<ImportedAccount> created = accounts.importStudents(forms, caller.actor());
            return Response.status(201).entity(new Imported(created.size(),
                    created.stream().map(a -> new Student(a.email(), a.fullName())).toList())).build();
        } catch (ImportLineException e) {
            throw new ApiException(400, "account.import.lineRefused", e.line(),
                    Messages.text(locale, e.reason().messageKey(), e.reason().arguments()));
        }
    }
}
