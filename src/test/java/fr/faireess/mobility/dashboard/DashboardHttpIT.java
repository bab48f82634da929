package fr.faireess.mobility.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.DemoDates;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/** The dashboards over HTTP, on the demo data: charts with their tables and exports, and the filters. */
@ResourceLock(TestLanes.RUNNING_APP)
class DashboardHttpIT {

    private static final RunningApp APP = RunningApp.get();
    private static final DemoDates DEMO = APP.demoDates();

    private static WebClient as(String email) {
        WebClient client = new WebClient(APP);
        client.login(email, DemoAccounts.PASSWORD);
        return client;
    }

    @Test
    void theCoordinatorsDashboardDrawsEachFigureAsAChartWithItsTableAndExports() {
        WebClient coordinator = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        Page page = coordinator.get("/coordinator/dashboard.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().getElementById("pageTitle").text()).isEqualTo("Tableau de bord");

        Elements charts = page.document().select("div.ui-chart canvas[role=img]");
        assertThat(charts).as("at least five charts on the demo data").hasSizeGreaterThanOrEqualTo(5);
        assertThat(charts.eachAttr("aria-label")).allMatch(label -> label.startsWith("Graphique : "));
        assertThat(page.body()).as("each chart is started by its PrimeFaces widget").contains("cw(\"Chart\",\"widget_chart_applications\"");
        for (String key : DashboardService.FIGURES) {
            Element section = page.document().getElementById("figure-" + key);
            assertThat(section).as(key).isNotNull();
            assertThat(section.select("table.counts thead th").first().text()).isNotBlank();
            assertThat(section.getElementById("csv-" + key).attr("href")).contains("/coordinator/dashboard/export/" + key + ".csv");
        }
        // The demo's placements: ES, ASS and EJE students; Spain among the countries; the demo's testimonies.
        assertThat(page.document().getElementById("table-programmes").text()).contains("ES");
        assertThat(page.document().getElementById("table-countries").text()).contains("Espagne");
        assertThat(page.document().select("#table-testimonies tbody tr")).isNotEmpty();
        assertThat(page.document().getElementById("table-years").text()).contains(DEMO.academicYear("2025-2026"));

        WebClient.Download csv = coordinator.download("/coordinator/dashboard/export/countries.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String body = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFFPays;Mobilités").contains("Espagne;");
        WebClient.Download xlsx = coordinator.download("/coordinator/dashboard/export/applications.xlsx?year=" + DEMO.year(2025));
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.disposition()).contains("tableau-de-bord-applications-" + DEMO.year(2025) + ".xlsx");
    }

    @Test
    void theFiltersAreInTheAddressAndNarrowEveryFigureAndTheExports() {
        WebClient coordinator = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        Page page = coordinator.get("/coordinator/dashboard.xhtml");
        int year = DEMO.year(2025);
        Page applied = coordinator.submit(page, "filters", Map.of("year_input", String.valueOf(year), "campus_input", "MONTPELLIER"), "apply");
        assertThat(applied.isRedirect()).isTrue();
        assertThat(applied.redirectPath()).contains("year=" + year).contains("campus=MONTPELLIER");
        Page filtered = coordinator.get(applied.redirectPath());
        assertThat(filtered.document().select("#table-campuses tbody th").eachText()).allMatch(name -> name.contains("Montpellier"));
        assertThat(filtered.document().getElementById("csv-countries").attr("href")).endsWith("countries.csv?year=" + year + "&campus=MONTPELLIER");

        // Julien sees Montpellier only: asking for Perpignan shows nothing of it.
        WebClient julien = as(DemoAccounts.COORDINATOR_MONTPELLIER);
        Page perpignan = julien.get("/coordinator/dashboard.xhtml?campus=PERPIGNAN");
        assertThat(perpignan.status()).isEqualTo(200);
        assertThat(perpignan.document().select("#table-campuses tbody tr")).isEmpty();
        assertThat(perpignan.document().select("select[id='filters:campus_input'] option").eachAttr("value"))
                .doesNotContain("PERPIGNAN");
    }

    @Test
    void theAdminsDashboardShowsBothSchools() {
        WebClient admin = as(DemoAccounts.ADMIN);
        Page page = admin.get("/admin/dashboard.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().getElementById("table-campuses").text()).contains("Perpignan").contains("Montpellier");
        assertThat(page.document().getElementById("csv-years").attr("href")).contains("/admin/dashboard/export/years.csv");
    }

    @Test
    void theTrainersDashboardShowsAttendanceAndAnalysesPerCohort() {
        WebClient trainer = as(DemoAccounts.TRAINER_PERPIGNAN);
        Page page = trainer.get("/trainer/dashboard.xhtml");
        assertThat(page.status()).isEqualTo(200);
        for (String key : DashboardService.TRAINER_FIGURES) {
            assertThat(page.document().getElementById("figure-" + key)).as(key).isNotNull();
        }
        assertThat(page.document().getElementById("figure-countries")).isNull();
        assertThat(page.document().getElementById("table-attendance").text()).contains("Perpignan").doesNotContain("Montpellier");
        WebClient.Download csv = trainer.download("/trainer/dashboard/export/attendance.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).startsWith("\uFEFFCohorte;");
        assertThat(trainer.download("/trainer/dashboard/export/countries.csv").status()).isEqualTo(403);
    }
}
