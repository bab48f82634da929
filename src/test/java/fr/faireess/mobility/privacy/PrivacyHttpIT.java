package fr.faireess.mobility.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.DemoDates;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Download;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * Over HTTP with the demo data: a student downloads a ZIP of their own data from "Mes données
 * personnelles" (their application is in it, nobody else's), an administrator produces one from the
 * account page, and the retention page shows the settings and runs the purge.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class PrivacyHttpIT {

    /** A demo student whose application to the open call of the demo's current year is submitted (db/demo/V4), with its PDFs. */
    private static final String NOAH = "noah.rey@etudiant.faire-ess.fr";

    private final RunningApp app = RunningApp.get();
    /** That call's title as the server's database holds it. */
    private final String mainCall = app.demoDates().label(DemoDates.MAIN_CALL);

    private WebClient loggedIn(String email) {
        WebClient web = new WebClient(app);
        assertThat(web.login(email, DemoAccounts.PASSWORD).isRedirect()).isTrue();
        return web;
    }

    private static Map<String, byte[]> unzip(Download download) throws IOException {
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/zip");
        assertThat(download.disposition()).startsWith("attachment;").contains("donnees-personnelles-");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static String json(Map<String, byte[]> entries) {
        return new String(entries.get("donnees.json"), StandardCharsets.UTF_8);
    }

    @Test
    void aStudentDownloadsAZipOfTheirOwnDataWithTheirApplicationAndNobodyElses() throws IOException {
        WebClient noah = loggedIn(NOAH);
        Page page = noah.get("/student/privacy.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.title()).isEqualTo("Mes données personnelles");
        assertThat(page.body()).doesNotContain("MOBILITY_RETENTION");

        Map<String, byte[]> entries = unzip(noah.download(page, "download", "zip"));
        JsonObject data = Json.createReader(new StringReader(json(entries))).readObject();
        assertThat(data.getJsonObject("compte").getString("email")).isEqualTo(NOAH);
        assertThat(data.getJsonArray("candidatures")).anySatisfy(a ->
                assertThat(a.asJsonObject().getJsonObject("appel").getString("titre")).isEqualTo(mainCall));
        assertThat(entries.keySet()).anyMatch(name -> name.startsWith("candidatures/") && name.endsWith(".pdf"));
        assertThat(json(entries)).doesNotContain(DemoAccounts.STUDENT_ASS_PERPIGNAN).doesNotContain("emma.garcia")
                .doesNotContain("password_hash").doesNotContain("pbkdf2");

        WebClient leaClient = loggedIn(DemoAccounts.STUDENT_ASS_PERPIGNAN);
        Map<String, byte[]> lea = unzip(leaClient.download(leaClient.get("/student/privacy.xhtml"), "download", "zip"));
        assertThat(json(lea)).contains(DemoAccounts.STUDENT_ASS_PERPIGNAN).doesNotContain(NOAH);
    }

    @Test
    void staffCannotOpenTheStudentsPageAndOnlyAnAdminExportsFromTheAccountPage() throws IOException {
        assertThat(loggedIn(DemoAccounts.COORDINATOR_PERPIGNAN).get("/student/privacy.xhtml").status()).isEqualTo(403);
        assertThat(loggedIn(DemoAccounts.TRAINER_PERPIGNAN).get("/admin/accounts/list.xhtml?q=noah").status()).isEqualTo(403);

        WebClient admin = loggedIn(DemoAccounts.ADMIN);
        Element link = admin.get("/admin/accounts/list.xhtml?q=noah.rey").document()
                .selectFirst("a[href*=/admin/accounts/edit.xhtml?id=]");
        assertThat(link).as("Noah's account link").isNotNull();
        Page edit = admin.get(link.attr("href"));
        assertThat(edit.document().getElementById("personalData")).isNotNull();
        Map<String, byte[]> entries = unzip(admin.download(edit, "personalData", "export"));
        assertThat(json(entries)).contains(NOAH).contains(mainCall);

        assertThat(loggedIn(DemoAccounts.COORDINATOR_PERPIGNAN).get(link.attr("href")).status()).isEqualTo(403);
    }

    @Test
    void theAdminPageShowsTheRetentionSettingsAndRunsThePurge() {
        WebClient admin = loggedIn(DemoAccounts.ADMIN);
        Page page = admin.get("/admin/privacy.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#retention code").eachText()).containsExactly(
                "MOBILITY_RETENTION_UNSELECTED_YEARS", "MOBILITY_RETENTION_MOBILITY_YEARS",
                "MOBILITY_RETENTION_MODULE_YEARS", "MOBILITY_RETENTION_SENT_MAIL_DAYS",
                "MOBILITY_RETENTION_UNSENT_MAIL_DAYS", "MOBILITY_RETENTION_LOGIN_FAILURE_DAYS",
                "MOBILITY_RETENTION_FORMER_STUDENT_YEARS");
        assertThat(page.document().select("#retention td").eachText())
                .contains("2 ans", "7 ans", "3 ans", "90 jours", "180 jours", "30 jours");

        Page done = admin.submit(page, "purge", Map.of(), "run");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("Purge terminée").contains(DemoAccounts.ADMIN);
        assertThat(done.document().select("#counts tr")).hasSize(RecordType.values().length + 1);
    }
}
