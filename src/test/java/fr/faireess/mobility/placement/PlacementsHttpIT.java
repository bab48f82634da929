package fr.faireess.mobility.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;

/**
 * Placement pages over HTTP with the demo data: the coordinators' filtered list and calendar, a
 * student's own placement and PDFs, and nobody else's; the mentor's public page refuses a forged link.
 */
class PlacementsHttpIT {

    private static final RunningApp APP = RunningApp.get();
    private static final String EMMA = "emma.garcia@etudiant.faire-ess.fr";

    private static WebClient as(String email) {
        WebClient web = new WebClient(APP);
        assertThat(web.login(email, DemoAccounts.PASSWORD).isRedirect()).isTrue();
        return web;
    }

    /** Emma's placement page path, found through the coordinators' list filtered on completed placements. */
    private static String emmasPlacement(WebClient coordinator) {
        Page list = coordinator.get("/coordinator/placements/list.xhtml?state=COMPLETED&country=ES");
        assertThat(list.status()).isEqualTo(200);
        Element link = list.document().selectFirst("a:contains(GARCIA Emma)");
        assertThat(link).as(list.body()).isNotNull();
        return link.attr("href");
    }

    @Test
    void coordinatorsFilterTheDemoPlacementsByStateAndSeeTheCalendar() {
        WebClient coordinator = as(DemoAccounts.COORDINATOR_MONTPELLIER);
        assertThat(coordinator.get("/coordinator/placements/list.xhtml?state=INTERRUPTED").body())
                .contains("MARTINEZ Nathan").doesNotContain("GARCIA Emma");
        assertThat(coordinator.get("/coordinator/placements/list.xhtml?state=CANCELLED").body()).contains("BONNET Louis");
        assertThat(coordinator.get("/coordinator/placements/list.xhtml?month=2027-03&programme=EJE").body())
                .contains("VILA Maëlys").doesNotContain("SERRA Yanis");
        Page calendar = coordinator.get("/coordinator/placements/calendar.xhtml?from=2027-01");
        assertThat(calendar.document().getElementById("calendar").text())
                .contains("2027-01").contains("Manon Fabre").contains("Camille Roussel");

        Page emma = coordinator.get(emmasPlacement(coordinator));
        assertThat(emma.document().getElementById("status").text()).isEqualTo("Terminé");
        assertThat(emma.body()).contains("Version 2 — avenant").contains("Pere Casals").contains("copie signée scannée");
    }

    @Test
    void aStudentReachesHerOwnPlacementAndPdfsButNobodyElses() {
        String path = emmasPlacement(as(DemoAccounts.COORDINATOR_PERPIGNAN)).replace("/coordinator/", "/student/");
        WebClient emma = as(EMMA);
        Page own = emma.get(path);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("Centre Residencial").contains("Attestée par Pere Casals");
        String pdf = own.document().selectFirst("a:contains(Contrat pédagogique (PDF))").attr("href");
        String convention = own.document().selectFirst("a:contains(Fiche convention de stage (PDF))").attr("href");
        assertThat(emma.get(pdf).header("Content-Type")).startsWith("application/pdf");
        assertThat(emma.get(convention).status()).isEqualTo(200);

        WebClient other = as(DemoAccounts.STUDENT_ES_PERPIGNAN);
        Page denied = other.get(path);
        assertThat(denied.isRedirect() ? denied.redirectPath() : String.valueOf(denied.status())).contains("404");
        assertThat(other.get(pdf).status()).isEqualTo(404);
        assertThat(other.get(convention).status()).isEqualTo(404);
        assertThat(other.get(pdf.replace("/student/", "/coordinator/")).status()).isEqualTo(403);
    }

    @Test
    void aForgedMentorLinkGetsAClearFrenchRefusalAndNoForm() {
        for (String page : new String[] {"/agreement/sign.xhtml?token=forged-token", "/agreement/certificate.xhtml?token="}) {
            Page refused = new WebClient(APP).get(page);
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.document().getElementById("invalid").text())
                    .isEqualTo("Ce lien n'est pas valable : il a déjà été utilisé, il a expiré ou il est incorrect. "
                            + "Demandez un nouveau lien à l'école.");
            assertThat(refused.document().select("form#sign, form#certificate")).isEmpty();
        }
    }

    @Test
    void theStudentHomeShowsTheirPlacementAndItsState() {
        WebClient emma = as(EMMA);
        var home = emma.get("/student/index.xhtml");
        assertThat(home.status()).isEqualTo(200);
        var panel = home.document().getElementById("myPlacement");
        assertThat(panel).as("the 'Mon stage' panel").isNotNull();
        assertThat(panel.text()).contains("Terminé");
        assertThat(panel.selectFirst("a[href*=/student/placements/view.xhtml]")).isNotNull();
    }
}
