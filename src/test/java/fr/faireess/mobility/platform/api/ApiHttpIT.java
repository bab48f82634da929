package fr.faireess.mobility.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.support.ApiCalls;
import fr.faireess.mobility.support.ApiCalls.Answer;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.TestLanes;

/**
 * The REST API against the running application: no record of a campus a client does not see is
 * readable by id (the IDOR sweep), hostile JSON gets a 400 problem in the caller's language and never
 * a 5xx, updates need the version read (412 when stale), the rate limit answers 429 with Retry-After,
 * and the OpenAPI document describes every resource of the API and nothing else.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class ApiHttpIT {

    private static RunningApp app;
    private static ApiCalls api;

    @BeforeAll
    static void start() {
        app = RunningApp.get();
        api = new ApiCalls(app);
    }

    private static List<Long> ids(String token, String path) {
        Answer answer = api.get(token, path);
        assertThat(answer.status()).as(path + ": " + answer).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        for (JsonValue item : answer.object().getJsonArray("items")) {
            ids.add(((JsonObject) item).getJsonNumber("id").longValue());
        }
        return ids;
    }

    @Test
    void aPerpignanClientCannotReadMontpellierApplicationsOrPlacementsById() {
        List<Long> montpellierApplications = ids(ApiCalls.COORDINATOR_BOTH, "/api/v1/applications?campus=MONTPELLIER&size=15");
        List<Long> montpellierPlacements = ids(ApiCalls.COORDINATOR_BOTH, "/api/v1/placements?campus=MONTPELLIER&size=15");
        List<Long> perpignanApplications = ids(ApiCalls.COORDINATOR_BOTH, "/api/v1/applications?campus=PERPIGNAN&size=5");
        assertThat(montpellierApplications).as("the demo has Montpellier files").isNotEmpty();
        assertThat(montpellierPlacements).as("the demo has Montpellier placements").isNotEmpty();
        for (long id : montpellierApplications) {
            assertThat(api.get(ApiCalls.COORDINATOR_PERPIGNAN, "/api/v1/applications/" + id).status()).as("application " + id).isEqualTo(404);
            assertThat(api.get(ApiCalls.COORDINATOR_MONTPELLIER, "/api/v1/applications/" + id).status()).isEqualTo(200);
        }
        for (long id : montpellierPlacements) {
            assertThat(api.get(ApiCalls.COORDINATOR_PERPIGNAN, "/api/v1/placements/" + id).status()).as("placement " + id).isEqualTo(404);
        }
        for (long id : perpignanApplications) {
            assertThat(api.get(ApiCalls.COORDINATOR_PERPIGNAN, "/api/v1/applications/" + id).status()).isEqualTo(200);
            assertThat(api.get(ApiCalls.COORDINATOR_MONTPELLIER, "/api/v1/applications/" + id).status()).isEqualTo(404);
        }
        // Lists too: asking for the other campus gives nothing, asking for nothing gives the client's campus only.
        assertThat(api.get(ApiCalls.COORDINATOR_PERPIGNAN, "/api/v1/applications?campus=MONTPELLIER").object()
                .getJsonNumber("total").longValue()).isZero();
        for (JsonValue item : api.get(ApiCalls.COORDINATOR_PERPIGNAN, "/api/v1/placements?size=100").object().getJsonArray("items")) {
            assertThat(((JsonObject) item).getString("campus")).isEqualTo("PERPIGNAN");
        }
    }

    @Test
    void placementsCarryTheirGrantAndEverySingleResourceItsETag() {
        long id = ids(ApiCalls.COORDINATOR_BOTH, "/api/v1/placements?size=1").get(0);
        Answer placement = api.get(ApiCalls.COORDINATOR_BOTH, "/api/v1/placements/" + id);
        assertThat(placement.status()).isEqualTo(200);
        assertThat(placement.header("ETag")).matches("\"\\d+\"");
        assertThat(placement.object()).containsKeys("grant", "plannedStart", "hostName", "state");
        JsonObject grant = placement.object().getJsonObject("grant");
        assertThat(grant).containsKey("provisional");
    }

    @Test
    void hostileJsonGetsA400ProblemNeverAServerError() {
        long hostId = ids(ApiCalls.COORDINATOR_BOTH, "/api/v1/hosts?size=1").get(0);
        String etag = api.get(ApiCalls.COORDINATOR_BOTH, "/api/v1/hosts/" + hostId).header("ETag");
        List<String> bodies = List.of(
                "{", "not json", "[]", "\"text\"", "{\"name\": 12, \"type\": \"OTHER\"}", "{\"name\": \"X\", \"type\": \"NO_SUCH_TYPE\"}",
                "{\"name\": \"X\", \"latitude\": \"north\"}", "{\"name\": \"X\", \"unknownField\": true}",
                "{\"name\": {\"nested\": [1, 2, {\"deep\": null}]}}", "{\"networks\": \"RETSASO\"}", "{\"name\": \"\\ud800\"}",
                "{\"name\": \"X\"" + ", \"notes\": \"a\"".repeat(3) + "}", "{\"name\": \"" + "é".repeat(300) + "\"}");
        for (String body : bodies) {
            Answer created = api.json(ApiCalls.COORDINATOR_BOTH, "POST", "/api/v1/hosts", body, Map.of());
            assertThat(created.status()).as("POST " + body + " → " + created).isIn(400, 409);
            assertThat(created.header("Content-Type")).startsWith(Problems.MEDIA_TYPE);
            assertThat(created.body()).doesNotContain("Exception").doesNotContain("at fr.");
            Answer updated = api.json(ApiCalls.COORDINATOR_BOTH, "PUT", "/api/v1/hosts/" + hostId, body, Map.of("If-Match", etag));
            assertThat(updated.status()).as("PUT " + body + " → " + updated).isIn(400, 409);
        }
        Answer attendance = api.json(ApiCalls.TRAINER, "PUT", "/api/v1/module/sessions/1/attendance",
                "{\"marks\": [{\"studentId\": \"abc\", \"status\": \"PRESENT\"}]}", Map.of("If-Match", "\"0\""));
        assertThat(attendance.status()).as(attendance.toString()).isIn(400, 404);
        // French by default, English when asked; the unknown field is named as the reason.
        Answer french = api.json(ApiCalls.COORDINATOR_BOTH, "POST", "/api/v1/hosts", "{\"unknownField\": 1}", Map.of());
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.object().getString("title")).isEqualTo("Requête invalide");
        assertThat(french.header("Content-Language")).isEqualTo("fr");
        Answer english = api.json(ApiCalls.COORDINATOR_BOTH, "POST", "/api/v1/hosts", "{\"unknownField\": 1}",
                Map.of("Accept-Language", "en-GB,en;q=0.8"));
        assertThat(english.object().getString("title")).isEqualTo("Bad request");
        // A rule's refusal names the fields to correct, in the caller's language.
        Answer missing = api.json(ApiCalls.COORDINATOR_BOTH, "POST", "/api/v1/hosts", "{}", Map.of("Accept-Language", "en"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.object().getString("detail")).isNotBlank();
        // A field over its limit (@Size on HostForm, checked by the service) is a 400 in the caller's language.
        String tooLongName = "{\"name\": \"" + "N".repeat(201) + "\"}";
        Answer tooLongFr = api.json(ApiCalls.COORDINATOR_BOTH, "POST", "/api/v1/hosts", tooLongName, Map.of());
        assertThat(tooLongFr.status()).as(tooLongFr.toString()).isEqualTo(400);
        assertThat(tooLongFr.object().getString("detail")).isEqualTo("Ce texte est trop long.");
        Answer tooLongEn = api.json(ApiCalls.COORDINATOR_BOTH, "POST", "/api/v1/hosts", tooLongName, Map.of("Accept-Language", "en"));
        assertThat(tooLongEn.object().getString("detail")).isEqualTo("This text is too long.");
    }

    @Test
    void hugeBodiesAndWrongContentTypesAreRefusedPolitely() {
        byte[] huge = ("{\"name\": \"" + "x".repeat(BodyLimitFilter.MAX_BYTES + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
        Answer tooLarge = api.send(ApiCalls.COORDINATOR_BOTH, "POST", "/api/v1/hosts", "application/json", huge, Map.of());
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith(Problems.MEDIA_TYPE);
        Answer chunked = api.sendChunked(ApiCalls.COORDINATOR_BOTH, "/api/v1/hosts", "application/json", huge);
        assertThat(chunked.status()).as(chunked.toString()).isEqualTo(413);
        Answer xml = api.send(ApiCalls.COORDINATOR_BOTH, "POST", "/api/v1/hosts", "application/xml",
                "<host/>".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(xml.status()).as(xml.toString()).isEqualTo(415);
        Answer empty = api.send(ApiCalls.COORDINATOR_BOTH, "POST", "/api/v1/hosts", "application/json", new byte[0], Map.of());
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        Answer method = api.send(ApiCalls.COORDINATOR_BOTH, "DELETE", "/api/v1/hosts/1", null, null, Map.of());
        assertThat(method.status()).as(method.toString()).isEqualTo(405);
        assertThat(method.header("Content-Type")).startsWith(Problems.MEDIA_TYPE);
        Answer unknown = api.get(ApiCalls.COORDINATOR_BOTH, "/api/v1/no-such-resource");
        assertThat(unknown.status()).isIn(401, 404);
        Answer badPage = api.get(ApiCalls.COORDINATOR_BOTH, "/api/v1/hosts?size=1000");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(api.get(ApiCalls.COORDINATOR_BOTH, "/api/v1/hosts?page=0").status()).isEqualTo(400);
        assertThat(api.get(ApiCalls.COORDINATOR_BOTH, "/api/v1/hosts?page=abc").status()).isIn(400, 404);
        assertThat(api.get(ApiCalls.COORDINATOR_BOTH, "/api/v1/placements?departure=2027-13").status()).isEqualTo(400);
        assertThat(api.get(ApiCalls.COORDINATOR_BOTH, "/api/v1/applications?status=NOPE").status()).isEqualTo(400);
        assertThat(api.send(ApiCalls.COORDINATOR_BOTH, "GET", "/api/v1/hosts", null, null,
                Map.of("Accept-Language", ";;;,,q=x")).status()).isEqualTo(200);
    }

    @Test
    void anUpdateNeedsTheVersionItReadAndAStaleOneIsRefused() {
        long hostId = ids(ApiCalls.COORDINATOR_BOTH, "/api/v1/hosts?size=1").get(0);
        Answer read = api.get(ApiCalls.COORDINATOR_BOTH, "/api/v1/hosts/" + hostId);
        JsonObject host = read.object();
        String body = sameHost(host);
        Answer withoutIfMatch = api.json(ApiCalls.COORDINATOR_BOTH, "PUT", "/api/v1/hosts/" + hostId, body, Map.of());
        assertThat(withoutIfMatch.status()).isEqualTo(428);
        Answer saved = api.json(ApiCalls.COORDINATOR_BOTH, "PUT", "/api/v1/hosts/" + hostId, body, Map.of("If-Match", read.header("ETag")));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.header("ETag")).isNotEqualTo(read.header("ETag"));
        assertThat(saved.object().getString("name")).isEqualTo(host.getString("name"));
        Answer stale = api.json(ApiCalls.COORDINATOR_BOTH, "PUT", "/api/v1/hosts/" + hostId, body, Map.of("If-Match", read.header("ETag")));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith(Problems.MEDIA_TYPE);
    }

    @Test
    void aCoordinatorsClientCreatesAHostWithTheDirectorysRules() {
        String name = "Casal API " + System.nanoTime();
        String body = "{\"name\": \"" + name + "\", \"type\": \"OTHER\", \"legalStatus\": \"NON_PROFIT\", \"size\": \"SMALL\", \"city\": \"Esch-sur-Alzette\", \"countryCode\": \"LU\", "
                + "\"languages\": [\"fr\", \"de\"], \"themes\": [\"jeunesse\"]}";
        Answer created = api.json(ApiCalls.COORDINATOR_BOTH, "POST", "/api/v1/hosts", body, Map.of());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("ETag")).matches("\"\\d+\"");
        String location = created.header("Location");
        assertThat(location).startsWith("http").endsWith("/api/v1/hosts/" + created.object().getJsonNumber("id").longValue());
        Answer read = api.get(ApiCalls.COORDINATOR_BOTH, location.substring(location.indexOf("/api/v1/")));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.object().getString("name")).isEqualTo(name);
        assertThat(read.object().getJsonArray("languages")).hasSize(2);
        Answer duplicate = api.json(ApiCalls.COORDINATOR_BOTH, "POST", "/api/v1/hosts", body, Map.of());
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.object().getString("detail")).contains(name);
    }

    /** The host's own values as an update body (nothing changes but its version). */
    private static String sameHost(JsonObject host) {
        StringBuilder json = new StringBuilder("{");
        for (String field : List.of("name", "type", "legalStatus", "size", "address", "city", "countryCode", "latitude",
                "longitude", "website", "notes")) {
            if (host.containsKey(field)) {
                json.append(json.length() > 1 ? ", " : "").append('"').append(field).append("\": ").append(host.get(field));
            }
        }
        for (String field : List.of("languages", "themes", "networks")) {
            json.append(", \"").append(field).append("\": ").append(host.containsKey(field) ? host.get(field) : JsonValue.EMPTY_JSON_ARRAY);
        }
        return json.append('}').toString();
    }

    @Test
    void aTrainerRecordsTheAttendanceOfTheirSessionAgainstItsVersion() {
        Answer found = null;
        for (long id : ids(ApiCalls.TRAINER, "/api/v1/module/sessions?campus=PERPIGNAN&size=50")) {
            Answer session = api.get(ApiCalls.TRAINER, "/api/v1/module/sessions/" + id);
            JsonArray marks = session.object().getJsonArray("attendance");
            if (!marks.isEmpty() && marks.stream().allMatch(m -> ((JsonObject) m).containsKey("status"))) {
                found = session;
                break;
            }
        }
        assumeTrue(found != null, "a recorded session whose cohort is complete");
        long id = found.object().getJsonNumber("id").longValue();
        String body = "{\"marks\": " + found.object().getJsonArray("attendance") + "}";
        Answer saved = api.json(ApiCalls.TRAINER, "PUT", "/api/v1/module/sessions/" + id + "/attendance", body,
                Map.of("If-Match", found.header("ETag")));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.object().getJsonArray("attendance")).isEqualTo(found.object().getJsonArray("attendance"));
        Answer stale = api.json(ApiCalls.TRAINER, "PUT", "/api/v1/module/sessions/" + id + "/attendance", body,
                Map.of("If-Match", found.header("ETag")));
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void aCohortImportFollowsTheImportPagesRulesAndTheClientsCampus() {
        String montpellier = "email;prenom;nom;campus;formation;annee\nnew.student.api@etudiant.example.org;Nouvelle;Étudiante;Montpellier;ASS;1\n";
        Answer outside = api.send(ApiCalls.ADMIN_PERPIGNAN, "POST", "/api/v1/students/imports", "text/csv",
                montpellier.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(outside.status()).as(outside.toString()).isEqualTo(403);
        String existing = "email;prenom;nom;campus;formation;annee\nlea.vidal@etudiant.faire-ess.fr;Léa;Vidal;Perpignan;ASS;2\n";
        Answer refused = api.send(ApiCalls.ADMIN_PERPIGNAN, "POST", "/api/v1/students/imports", "text/csv",
                existing.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.object().getString("detail")).contains("2");
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfter() {
        Answer last = null;
        for (int i = 0; i < 200; i++) {
            last = api.get(ApiCalls.RATE_LIMITED, "/api/v1/testimonies?size=1");
            if (last.status() == 429) {
                break;
            }
            assertThat(last.status()).isEqualTo(200);
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 60);
        assertThat(last.header("Content-Type")).startsWith(Problems.MEDIA_TYPE);
        // Other clients are not slowed down by it.
        assertThat(api.get(ApiCalls.WEBSITE, "/api/v1/testimonies?size=1").status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentListsEveryResourceAndOnlyTheApi() {
        Answer document = api.send(null, "GET", "/openapi", null, null, Map.of("Accept", "application/json"));
        assertThat(document.status()).isEqualTo(200);
        JsonObject openapi = document.object();
        assertThat(openapi.getString("openapi")).startsWith("3.");
        assertThat(openapi.getJsonObject("info").getString("title")).isEqualTo("Mobilité FAIRE-ESS API");
        Set<String> paths = openapi.getJsonObject("paths").keySet();
        assertThat(paths).allSatisfy(p -> assertThat(p).startsWith("/api/v1/"));
        assertThat(paths).contains("/api/v1/calls", "/api/v1/calls/{id}", "/api/v1/applications", "/api/v1/applications/{id}",
                "/api/v1/placements", "/api/v1/placements/{id}", "/api/v1/hosts", "/api/v1/hosts/{id}",
                "/api/v1/module/completion", "/api/v1/module/sessions", "/api/v1/module/sessions/{id}",
                "/api/v1/module/sessions/{id}/attendance", "/api/v1/testimonies", "/api/v1/testimonies/{id}",
                "/api/v1/students/imports");
        for (String path : paths) {
            JsonObject item = openapi.getJsonObject("paths").getJsonObject(path);
            for (String method : item.keySet()) {
                JsonObject operation = item.getJsonObject(method);
                assertThat(operation.getString("summary", "")).as(method + " " + path).isNotBlank();
                assertThat(operation.getJsonObject("responses")).as(method + " " + path).isNotEmpty();
            }
        }
        assertThat(openapi.getJsonObject("components").getJsonObject("schemas")).containsKeys("Host", "HostInput", "Placement", "Problem");
        assertThat(document.body()).contains("\"example\"").doesNotContain("jakarta.faces").doesNotContain("/health");
    }
}
