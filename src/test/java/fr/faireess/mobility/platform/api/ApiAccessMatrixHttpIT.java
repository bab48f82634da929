package fr.faireess.mobility.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.support.ApiCalls;
import fr.faireess.mobility.support.ApiCalls.Answer;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.TestLanes;

/**
 * Every API resource against every kind of caller: no token, a malformed, expired or revoked one, and
 * the demo's clients (each a scope set acting as an account of some role and campus). The server
 * answers exactly what the matrix says — the scope opens the door, the account's roles decide behind
 * it — and every refusal is a problem document. Writes are sent so that they cannot succeed (a
 * stale version, a file with no student), so the demo data stays as it was. Add each new resource here.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class ApiAccessMatrixHttpIT {

    private static final String ANONYMOUS = null;
    private static final String MALFORMED = "not-a-token";
    /** Column order of every row. */
    private static final List<String> WHO = List.of("anonymous", "malformed", "expired", "revoked", "adminAll",
            "adminPerpignan", "coordinatorBoth", "coordinatorPerpignan", "coordinatorMontpellier", "trainer", "website");
    private static final List<String> TOKENS = new ArrayList<>(List.of("", MALFORMED, ApiCalls.EXPIRED, ApiCalls.REVOKED,
            ApiCalls.ADMIN_ALL, ApiCalls.ADMIN_PERPIGNAN, ApiCalls.COORDINATOR_BOTH, ApiCalls.COORDINATOR_PERPIGNAN,
            ApiCalls.COORDINATOR_MONTPELLIER, ApiCalls.TRAINER, ApiCalls.WEBSITE));

    private static RunningApp app;
    private static ApiCalls api;
    private static long hostId;
    private static long sessionId;

    @BeforeAll
    static void start() {
        app = RunningApp.get();
        api = new ApiCalls(app);
        hostId = api.get(ApiCalls.COORDINATOR_BOTH, "/api/v1/hosts?size=1").object().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        sessionId = api.get(ApiCalls.TRAINER, "/api/v1/module/sessions?campus=PERPIGNAN&size=1").object().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** One call: method, path, body (JSON unless it starts with "csv:"), and the status for each caller of {@link #WHO}. */
    record Call(String method, String path, String body, List<Integer> expected) {
    }

    private static List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        //                                                 anon mal  exp  rev  adAll adPer coBo coPe coMo trai web
        calls.add(new Call("GET", "/api/v1/calls", null, List.of(401, 401, 401, 401, 403, 403, 200, 200, 200, 403, 403)));
        calls.add(new Call("GET", "/api/v1/applications", null, List.of(401, 401, 401, 401, 403, 403, 200, 200, 200, 403, 403)));
        calls.add(new Call("GET", "/api/v1/applications?status=SUBMITTED&campus=PERPIGNAN&size=5", null,
                List.of(401, 401, 401, 401, 403, 403, 200, 200, 200, 403, 403)));
        calls.add(new Call("GET", "/api/v1/applications/999999999", null, List.of(401, 401, 401, 401, 403, 403, 404, 404, 404, 403, 403)));
        calls.add(new Call("GET", "/api/v1/placements", null, List.of(401, 401, 401, 401, 403, 403, 200, 200, 200, 403, 403)));
        // One placement is read as PlacementService shows it (its student, referent or coordinators): absent to anyone else.
        calls.add(new Call("GET", "/api/v1/placements/999999999", null, List.of(401, 401, 401, 401, 404, 403, 404, 404, 404, 403, 403)));
        calls.add(new Call("GET", "/api/v1/hosts", null, List.of(401, 401, 401, 401, 200, 200, 200, 200, 200, 200, 403)));
        calls.add(new Call("GET", "/api/v1/hosts/{host}", null, List.of(401, 401, 401, 401, 200, 200, 200, 200, 200, 404, 403)));
        calls.add(new Call("GET", "/api/v1/module/completion", null, List.of(401, 401, 401, 401, 200, 403, 200, 200, 200, 200, 403)));
        calls.add(new Call("GET", "/api/v1/module/sessions", null, List.of(401, 401, 401, 401, 200, 403, 200, 200, 200, 200, 403)));
        // A Perpignan session: invisible to a client that sees Montpellier only.
        calls.add(new Call("GET", "/api/v1/module/sessions/{session}", null, List.of(401, 401, 401, 401, 200, 403, 200, 200, 404, 200, 403)));
        calls.add(new Call("GET", "/api/v1/testimonies", null, List.of(401, 401, 401, 401, 200, 403, 200, 200, 200, 403, 200)));
        calls.add(new Call("GET", "/api/v1/testimonies/999999999", null, List.of(401, 401, 401, 401, 404, 403, 404, 404, 404, 403, 404)));
        // Writes that cannot succeed: a version nobody has (412 where the write is allowed), a file without students (400).
        calls.add(new Call("PUT", "/api/v1/hosts/{host}", "{\"name\": \"X\", \"type\": \"OTHER\", \"city\": \"X\", \"countryCode\": \"ES\"}",
                List.of(401, 401, 401, 401, 403, 403, 412, 403, 403, 403, 403)));
        calls.add(new Call("POST", "/api/v1/hosts", "{}", List.of(401, 401, 401, 401, 403, 403, 400, 403, 403, 403, 403)));
        calls.add(new Call("PUT", "/api/v1/module/sessions/{session}/attendance", "{\"marks\": []}",
                List.of(401, 401, 401, 401, 412, 403, 403, 403, 403, 412, 403)));
        calls.add(new Call("POST", "/api/v1/students/imports", "csv:email;prenom;nom;campus;formation;annee\n",
                List.of(401, 401, 401, 401, 400, 400, 403, 403, 403, 403, 403)));
        return calls;
    }

    @TestFactory
    Stream<DynamicTest> everyResourceAnswersEachCallerAsTheMatrixSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Call call : calls()) {
            String path = call.path().replace("{host}", Long.toString(hostId)).replace("{session}", Long.toString(sessionId));
            for (int i = 0; i < WHO.size(); i++) {
                String token = TOKENS.get(i).isEmpty() ? ANONYMOUS : TOKENS.get(i);
                int expected = call.expected().get(i);
                String name = call.method() + " " + path + " as " + WHO.get(i) + " → " + expected;
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Answer answer = send(call, path, token);
                    assertThat(answer.status()).as(name + ": " + answer).isEqualTo(expected);
                    if (expected >= 400) {
                        assertThat(answer.header("Content-Type")).as(name).startsWith(Problems.MEDIA_TYPE);
                        JsonObject problem = answer.object();
                        assertThat(problem.getInt("status")).isEqualTo(expected);
                        assertThat(problem.getString("title")).isNotBlank();
                        assertThat(problem.getString("detail")).isNotBlank();
                    } else {
                        assertThat(answer.header("Content-Type")).as(name).startsWith("application/json");
                    }
                    if (expected == 401) {
                        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
                    }
                    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
                    assertThat(answer.header("Cache-Control")).contains("no-store");
                    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at fr.faireess");
                }));
            }
        }
        return tests.stream();
    }

    private static Answer send(Call call, String path, String token) {
        if (call.body() == null) {
            return api.get(token, path);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if ("PUT".equals(call.method())) {
            headers.put("If-Match", "\"999999\"");
        }
        if (call.body().startsWith("csv:")) {
            return api.send(token, call.method(), path, "text/csv",
                    call.body().substring(4).getBytes(StandardCharsets.UTF_8), headers);
        }
        return api.json(token, call.method(), path, call.body(), headers);
    }

    @Test
    void aTokenIsNeverTakenFromTheQueryStringOrAnotherScheme() {
        assertThat(api.get(null, "/api/v1/testimonies?access_token=" + ApiCalls.WEBSITE).status()).isEqualTo(401);
        assertThat(api.send(null, "GET", "/api/v1/testimonies", null, null,
                Map.of("Authorization", "Basic " + ApiCalls.WEBSITE)).status()).isEqualTo(401);
        assertThat(api.send(null, "GET", "/api/v1/testimonies", null, null,
                Map.of("Authorization", "bearer " + ApiCalls.WEBSITE)).status()).isEqualTo(200);
    }
}
