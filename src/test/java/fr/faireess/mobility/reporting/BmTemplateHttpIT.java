package fr.faireess.mobility.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.DemoDates;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * The BM template through the pages: an administrator uploads a CSV template for a call year, the
 * coordinators' report page lists its unknown column before download, the download is the template
 * filled in its own order; students and trainers do not reach the upload page. The template is
 * removed through the page at the end (other classes expect the default layout).
 */
@ResourceLock(TestLanes.RUNNING_APP)
class BmTemplateHttpIT {

    private static final RunningApp APP = RunningApp.get();
    private static final DemoDates DEMO = APP.demoDates();
    private static final List<String> HEADER = List.of("Participant Last Name", "Mobility activity ID", "NA remarks",
            "Receiving country", "Start Date", "Long-term activity");

    private static WebClient as(String email) {
        WebClient web = new WebClient(APP);
        assertThat(web.login(email, DemoAccounts.PASSWORD).isRedirect()).isTrue();
        return web;
    }

    @Test
    void anAdministratorUploadsTheTemplateAndCoordinatorsSeeItsUnknownColumnAndDownloadItFilled() {
        int year = DEMO.year(2025);
        assertThat(as(DemoAccounts.STUDENT_ASS_PERPIGNAN).get("/admin/reports/templates.xhtml").status()).isEqualTo(403);
        assertThat(as(DemoAccounts.TRAINER_PERPIGNAN).get("/admin/reports/templates.xhtml").status()).isEqualTo(403);
        assertThat(as(DemoAccounts.COORDINATOR_PERPIGNAN).get("/admin/reports/templates.xhtml").status()).isEqualTo(403);

        WebClient admin = as(DemoAccounts.ADMIN);
        Page page = admin.get("/admin/reports/templates.xhtml");
        assertThat(page.status()).isEqualTo(200);
        byte[] template = ("BM export\r\n" + String.join(";", HEADER) + "\r\n;*;;DICT;DD/MM/YYYY;DICT\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Page uploaded = admin.submitWithFile(page, "upload", Map.of("year_input", String.valueOf(year)), "send", "file",
                "export-bm.csv", template);
        assertThat(uploaded.status()).isEqualTo(200);
        assertThat(uploaded.body()).contains(year + " enregistré : 6 colonnes, dont 1 inconnue(s)");
        try {
            assertThat(uploaded.document().getElementById("list").text()).contains("export-bm.csv").contains("NA remarks");

            WebClient coordinator = as(DemoAccounts.COORDINATOR_PERPIGNAN);
            Page report = coordinator.get("/coordinator/reports/index.xhtml?year=" + year);
            assertThat(report.document().getElementById("templateFile").text()).contains("export-bm.csv").contains("6 colonnes");
            assertThat(report.document().getElementById("unknownColumns").text()).contains("NA remarks");

            Page csv = coordinator.get("/coordinator/reports/export/beneficiary.csv?year=" + year);
            assertThat(csv.status()).isEqualTo(200);
            String[] lines = csv.body().split("\r\n");
            assertThat(lines[0]).isEqualTo("BM export");
            assertThat(lines[1]).isEqualTo(String.join(";", HEADER));
            assertThat(lines[2]).isEqualTo(";*;;DICT;DD/MM/YYYY;DICT");
            String start = DEMO.date("2026-03-02").format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            assertThat(csv.body()).contains("\r\nGarcia;FE-" + year + "-").contains(";;ES;" + start + ";Yes\r\n");
        } finally {
            Page list = admin.get("/admin/reports/templates.xhtml");
            Page removed = admin.submit(list, "templates", Map.of(), "rows:0:remove");
            assertThat(removed.status()).isEqualTo(200);
        }
        assertThat(as(DemoAccounts.COORDINATOR_PERPIGNAN).get("/coordinator/reports/index.xhtml?year=" + year).document()
                .getElementById("template").text()).contains("Pas de modèle BM déposé pour cet appel");
    }
}
