package fr.faireess.mobility.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.placement.PlacementTab;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * Each role's home shows its to-do list from the demo data, as a list of links to the pages where
 * each thing is done, and the menu counts what waits with a text for screen readers.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class TodoHttpIT {

    private static final RunningApp APP = RunningApp.get();
    /** Yanis Serra's placement is proposed, its agreement complete and signed by nobody (db/demo/V5). */
    private static final String YANIS = "yanis.serra@etudiant.faire-ess.fr";

    private static WebClient as(String email) {
        WebClient web = new WebClient(APP);
        assertThat(web.login(email, DemoAccounts.PASSWORD).isRedirect()).isTrue();
        return web;
    }

    private static Document home(String email, String path) {
        Page page = as(email).get(path);
        assertThat(page.status()).isEqualTo(200);
        return page.document();
    }

    /** The list of a home: a titled section holding a real list of links (or the "nothing waits" text). */
    private static List<Element> items(Document home) {
        Element section = home.getElementById("todo");
        assertThat(section).as("the to-do section").isNotNull();
        assertThat(section.selectFirst("h2").text()).isEqualTo("À faire");
        List<Element> items = section.select("ul.todo-list > li");
        if (items.isEmpty()) {
            assertThat(section.getElementById("todoEmpty").text()).isEqualTo("Rien ne vous attend pour le moment.");
        }
        for (Element item : items) {
            assertThat(item.selectFirst("a.todo-link").attr("href")).as(item.text()).startsWith("/");
        }
        return items;
    }

    private static Element item(List<Element> items, TodoKind kind) {
        return items.stream().filter(i -> i.attr("data-kind").equals(kind.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + items));
    }

    @Test
    void theCoordinatorsHomeListsTheFilesToDecideWithTheirCountInTheMenu() {
        Document home = home(DemoAccounts.COORDINATOR_PERPIGNAN, "/coordinator/index.xhtml");
        List<Element> items = items(home);
        Element toDecide = item(items, TodoKind.FILES_TO_DECIDE);
        Element link = toDecide.selectFirst("a.todo-link");
        assertThat(link.attr("href")).contains("/coordinator/applications/list.xhtml").contains("status=SUBMITTED");
        assertThat(link.text()).matches("\\d+ dossiers? à décider");

        Element menuEntry = home.select(".app-nav a").stream()
                .filter(a -> a.attr("href").contains("/coordinator/applications/list")).findFirst().orElseThrow();
        Element badge = menuEntry.selectFirst(".todo-badge");
        assertThat(badge).as("the menu counts the files to decide").isNotNull();
        assertThat(badge.selectFirst(".sr-only").text()).isEqualTo(link.text());
        assertThat(badge.selectFirst("[aria-hidden=true]").text()).isEqualTo(link.text().split(" ")[0]);
        assertThat(menuEntry.attributes().html()).as("no markup leaks into an attribute").doesNotContain("<");
        assertThat(home.select(".app-nav a").stream().filter(a -> a.attr("href").endsWith("/index.xhtml")).findFirst()
                .orElseThrow().select(".todo-badge .sr-only").text()).matches("\\d+ choses à faire");
    }

    @Test
    void theCoordinatorsPlacementItemsOpenThePlacementOnTheTabWhereTheyAreDone() {
        List<Element> items = items(home(DemoAccounts.COORDINATOR_PERPIGNAN, "/coordinator/index.xhtml"));
        int agreementLinks = 0;
        for (TodoKind kind : List.of(TodoKind.AGREEMENTS_TO_COMPLETE, TodoKind.AGREEMENTS_TO_SIGN,
                TodoKind.PLACEMENTS_TO_CONFIRM, TodoKind.CERTIFICATES_OVERDUE)) {
            PlacementTab tab = TodoRules.placementTab(kind);
            for (Element item : items.stream().filter(i -> i.attr("data-kind").equals(kind.name())).toList()) {
                for (Element target : item.select("ul.todo-targets a[href*=/placements/view.xhtml]")) {
                    String href = target.attr("href");
                    if (tab == PlacementTab.OVERVIEW) {
                        assertThat(href).as(kind + ": " + target.text()).doesNotContain("tab=");
                    } else {
                        assertThat(href).as(kind + ": " + target.text()).contains("tab=" + tab.param());
                    }
                    agreementLinks += tab == PlacementTab.AGREEMENT ? 1 : 0;
                }
            }
        }
        assertThat(agreementLinks).as("the demo's Perpignan placements waiting on their agreement").isPositive();
    }

    @Test
    void theStudentWhoseAgreementWaitsForHerIsToldToSignWithALinkToHerPlacement() {
        WebClient yanis = as(YANIS);
        List<Element> items = items(yanis.get("/student/index.xhtml").document());
        Element sign = item(items, TodoKind.SIGN_AGREEMENT);
        assertThat(sign.selectFirst("a.todo-link").text()).isEqualTo("Signer votre contrat pédagogique");
        String placement = sign.selectFirst("ul.todo-targets a").attr("href");
        assertThat(placement).contains("/student/placements/view.xhtml?id=");

        Document page = yanis.get(placement).document();
        Element notice = page.getElementById("signNotice");
        assertThat(notice.text()).contains("attend votre signature");
        assertThat(notice.selectFirst("a").attr("href")).isEqualTo("#sign");
        assertThat(page.getElementById("sign")).as("the form the notice leads to").isNotNull();
    }

    @Test
    void thePlacementListSaysWhoStillHasToSign() {
        Document list = as(DemoAccounts.COORDINATOR_PERPIGNAN).get("/coordinator/placements/list.xhtml?state=PROPOSED").document();
        assertThat(list.select("th").text()).contains("Signatures en attente");
        Element yanis = list.selectFirst("tr:has(a:contains(SERRA Yanis))");
        assertThat(yanis.select("td.pending-signatures").text()).isEqualTo("Stagiaire, École d'envoi, Structure d'accueil");
    }

    @Test
    void aSubmittedFilesMainButtonLeadsToTheFileNotToContinuingIt() {
        Document home = home("noah.rey@etudiant.faire-ess.fr", "/student/index.xhtml");
        Element card = home.select("article.call-card").stream().filter(c -> c.text().contains("appel principal")).findFirst()
                .orElseThrow(() -> new AssertionError("the main call's card"));
        assertThat(card.select("button").text()).doesNotContain("Continuer ma candidature");
        Element action = card.selectFirst("a.main-action");
        assertThat(action.text()).isIn("Voir mon dossier", "Étape suivante de mon dossier");
        assertThat(action.attr("href")).contains("/student/applications/file.xhtml?id=");
    }

    @Test
    void aSelectedFileLeadsTheCoordinatorToItsPlacement() {
        WebClient nadia = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        Document list = nadia.get("/coordinator/applications/list.xhtml?status=SELECTED&sort=NAME").document();
        String yanis = list.select("a").stream().filter(a -> a.text().equals("SERRA Yanis")).findFirst()
                .orElseThrow(() -> new AssertionError("Yanis's selected file")).attr("href");
        Document file = nadia.get(yanis).document();
        assertThat(file.getElementById("createPlacement")).as("Yanis has a placement already").isNull();
        assertThat(file.getElementById("openPlacement").attr("href")).contains("/coordinator/placements/view.xhtml?id=");

        for (Element waiting : nadia.get("/coordinator/index.xhtml").document().select("#withoutPlacement a")) {
            String application = waiting.attr("href").replaceAll(".*application=(\\d+).*", "$1");
            Document selected = nadia.get("/coordinator/applications/view.xhtml?id=" + application).document();
            assertThat(selected.getElementById("createPlacement").attr("href"))
                    .contains("/coordinator/placements/new.xhtml?application=" + application);
        }
    }

    @Test
    void theTrainersAndTheAdminsHomesShowTheirLists() {
        items(home(DemoAccounts.TRAINER_PERPIGNAN, "/trainer/index.xhtml"));
        List<Element> admin = items(home(DemoAccounts.ADMIN, "/admin/index.xhtml"));
        for (Element item : admin) {
            assertThat(item.attr("data-kind")).isIn("HELD_MAILS", "PURGE_TO_REVIEW", "RATE_TABLES_TO_LOCK");
        }
        Document student = home(DemoAccounts.STUDENT_ASS_PERPIGNAN, "/student/index.xhtml");
        assertThat(items(student)).allSatisfy(i -> assertThat(TodoKind.valueOf(i.attr("data-kind")).role().name())
                .isEqualTo("STUDENT"));
    }
}
