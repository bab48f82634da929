package fr.faireess.mobility.module;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * The module over HTTP on the demo data: who downloads a session's files, and what administrators
 * and other trainers may do with a session that is not theirs. The demo's Perpignan workshop
 * "Décentration : portraits croisés" (Marta Puig, first-years of 2026-2027) carries a PDF.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class ModuleHttpIT {

    private static final String SESSION = "Décentration : portraits croisés";
    private static final String HANDOUT = "Portraits croisés - consignes.pdf";
    private static final String MONTPELLIER_GRID = "Grille d'analyse d'un incident critique.docx";

    private final RunningApp app = RunningApp.get();
    /** The demo's current academic year (2026-2027 as db/demo writes it) and the one before, as the database holds them. */
    private final String thisYear = app.demoDates().academicYear("2026-2027");
    private final String lastYear = app.demoDates().academicYear("2025-2026");

    private WebClient as(String email) {
        WebClient web = new WebClient(app);
        assertThat(web.login(email, DemoAccounts.PASSWORD).isRedirect()).isTrue();
        return web;
    }

    /** The download link of a file, as the student's module page shows it. */
    private static String linkTo(Page page, String fileName) {
        Element link = page.document().select("a[href*=/module/material]").stream()
                .filter(a -> a.text().equals(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + fileName + " on " + page.path()));
        return link.attr("href");
    }

    @Test
    void aStudentOfTheSessionsCohortDownloadsItsFileAndOtherStudentsGetNotFound() {
        WebClient ines = as(DemoAccounts.STUDENT_EJE_PERPIGNAN);   // EJE, 1st year, Perpignan: in the cohort
        Page module = ines.get("/student/module/index.xhtml");
        assertThat(module.body()).contains(SESSION).doesNotContain(MONTPELLIER_GRID);
        String link = linkTo(module, HANDOUT);

        Page file = ines.get(link);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(file.header("Content-Disposition")).startsWith("attachment;")
                .contains("Portraits%20crois%C3%A9s%20-%20consignes.pdf");
        assertThat(file.header("Cache-Control")).contains("no-store");
        assertThat(file.body()).startsWith("%PDF-");

        // Hugo was a first-year last year (another cohort); Yasmine studies in Montpellier.
        for (String outsider : new String[] {DemoAccounts.STUDENT_ES_PERPIGNAN, DemoAccounts.STUDENT_ASS_MONTPELLIER}) {
            WebClient web = as(outsider);
            Page refused = web.get(link);
            assertThat(refused.status()).as(outsider).isEqualTo(404);
            assertThat(refused.body()).doesNotContain("%PDF").doesNotContain("Exception");
            assertThat(web.get("/student/module/index.xhtml").body()).as(outsider).doesNotContain(HANDOUT);
        }
        assertThat(new WebClient(app).get(link).redirectPath()).startsWith("/login.xhtml");
        assertThat(ines.get("/module/material?id=abc").status()).isEqualTo(404);
    }

    @Test
    void staffWhoSeeTheSessionsCampusDownloadItsFilesAndAnotherCampussStaffGetNothing() {
        WebClient ines = as(DemoAccounts.STUDENT_EJE_PERPIGNAN);
        String link = linkTo(ines.get("/student/module/index.xhtml"), HANDOUT);
        // Nadia (Perpignan) sees both campuses; the administrator sees every campus.
        for (String staff : new String[] {DemoAccounts.TRAINER_PERPIGNAN, DemoAccounts.COORDINATOR_PERPIGNAN,
                DemoAccounts.ADMIN}) {
            Page file = as(staff).get(link);
            assertThat(file.status()).as(staff).isEqualTo(200);
            assertThat(file.body()).as(staff).startsWith("%PDF-");
        }
        // Issue #16: a session's files are its campus's, like its page and grid.
        for (String staff : new String[] {DemoAccounts.TRAINER_MONTPELLIER, DemoAccounts.COORDINATOR_MONTPELLIER}) {
            assertThat(as(staff).get(link).status()).as(staff).isEqualTo(404);
        }
    }

    @Test
    void anAdministratorOpensAnyTrainersSessionToEditItWhileAnotherCampussTrainerFindsNothing() {
        WebClient admin = as(DemoAccounts.ADMIN);
        assertThat(admin.get("/admin/index.xhtml").document().getElementById("moduleAdmin")).isNotNull();
        Page list = admin.get("/trainer/module/sessions.xhtml?year=" + thisYear);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.document().text()).contains(SESSION).contains("Le choc culturel : la grille d'analyse")
                .contains("Marta Puig").contains("Olivier Garnier");
        String sessionLink = list.document().select("a").stream().filter(a -> a.text().equals(SESSION)).findFirst()
                .orElseThrow().attr("href");
        long id = Long.parseLong(sessionLink.replaceAll(".*[?&]id=(\\d+).*", "$1"));

        Page asAdmin = admin.get("/trainer/module/session.xhtml?id=" + id);
        assertThat(asAdmin.document().getElementById("session:save")).as("admins may edit").isNotNull();
        assertThat(asAdmin.document().getElementById("material:add")).isNotNull();
        assertThat(asAdmin.body()).contains(HANDOUT).contains("Séance animée par Marta Puig");
        assertThat(admin.get("/trainer/module/attendance.xhtml?session=" + id).document().getElementById("attendance:save"))
                .isNotNull();

        // Another campus's trainer: the session, its grid and its sign-in sheet are as absent as a guessed id (issue #16).
        WebClient olivier = as(DemoAccounts.TRAINER_MONTPELLIER);
        assertThat(olivier.get("/trainer/module/session.xhtml?id=" + id).status()).isEqualTo(404);
        assertThat(olivier.get("/trainer/module/attendance.xhtml?session=" + id).status()).isEqualTo(404);
        assertThat(olivier.get("/trainer/module/export/signin-sheet.pdf?session=" + id).status()).isEqualTo(404);
        assertThat(olivier.get("/trainer/module/sessions.xhtml?year=" + thisYear).document().text()).doesNotContain(SESSION);

        Page sheet = admin.get("/trainer/module/export/signin-sheet.pdf?session=" + id);
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(as(DemoAccounts.COORDINATOR_PERPIGNAN).get("/trainer/module/session.xhtml?id=" + id).status()).isEqualTo(403);
    }

    @Test
    void coordinatorsReadTheSessionsOfTheirCampusesWithGuestsAndFiles() {
        // Nadia sees both campuses: last year's Perpignan exchange with its Catalan guests, and this
        // year's sessions with their files, which she may download.
        WebClient nadia = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        Page lastYearPage = nadia.get("/coordinator/module/sessions.xhtml?year=" + lastYear);
        assertThat(lastYearPage.status()).isEqualTo(200);
        assertThat(lastYearPage.document().getElementById("list:sessions").text())
                .contains("Travail social en Catalogne : regards croisés").contains("Núria Vilaseca — Espagne")
                .contains("Médiation interculturelle en quartier prioritaire").contains("Amadou Diallo — Sénégal");
        Page thisYearPage = nadia.get("/coordinator/module/sessions.xhtml?year=" + thisYear);
        assertThat(thisYearPage.document().getElementById("list:sessions").text()).contains(SESSION).contains(MONTPELLIER_GRID);
        assertThat(nadia.get(linkTo(thisYearPage, HANDOUT)).status()).isEqualTo(200);
        assertThat(thisYearPage.document().select("form#list input:not([type=hidden]), form#list textarea"))
                .as("read only").isEmpty();

        // Julien sees Montpellier only, whatever the address asks for.
        WebClient julien = as(DemoAccounts.COORDINATOR_MONTPELLIER);
        for (String query : new String[] {"?year=" + thisYear, "?year=" + thisYear + "&campus=PERPIGNAN"}) {
            String table = julien.get("/coordinator/module/sessions.xhtml" + query).document().getElementById("list:sessions").text();
            assertThat(table).as(query).contains("Le choc culturel : la grille d'analyse").doesNotContain(SESSION)
                    .doesNotContain("Négocier un accueil");
        }
    }

    @Test
    void aStudentSeesOnTheirHomeTheAnalysesSentBackForRework() {
        // Lucas's "Les horaires au foyer" was sent back by his trainer (demo V3); Léa has nothing to rework.
        Page lucas = as(DemoAccounts.STUDENT_ES_MONTPELLIER).get("/student/index.xhtml");
        Element notice = lucas.document().getElementById("toRework");
        assertThat(notice).as("the rework notice on Lucas's home").isNotNull();
        assertThat(notice.text()).startsWith("Une analyse est à reprendre").contains("Les horaires au foyer");
        assertThat(notice.select("a[href*=/student/module/incident]")).hasSize(1);
        assertThat(as(DemoAccounts.STUDENT_ASS_PERPIGNAN).get("/student/index.xhtml").document().getElementById("toRework"))
                .isNull();
    }
}
