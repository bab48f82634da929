package fr.faireess.mobility.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

/**
 * Over HTTP against the running application with its demo data: a student reaches only their own
 * files and documents, whatever URL or parameter they try.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class ApplicationsHttpIT {

    /** A demo student whose application to the open call is submitted (db/demo/V4). */
    static final String NOAH = "noah.rey@etudiant.faire-ess.fr";

    private final RunningApp app = RunningApp.get();

    private record FileLinks(String filePath, String documentPath) {
    }

    private FileLinks noahsFile() {
        WebClient noah = new WebClient(app);
        noah.login(NOAH, DemoAccounts.PASSWORD);
        Page list = noah.get("/student/applications/list.xhtml");
        Element link = list.document().selectFirst("ul.my-applications a[href*=file.xhtml]");
        assertThat(link).as("Noah's application link").isNotNull();
        String filePath = link.attr("href");
        Page file = noah.get(filePath);
        assertThat(file.status()).isEqualTo(200);
        Element document = file.document().selectFirst("ul.documents a[href*=/student/document]");
        assertThat(document).as("Noah's CV link").isNotNull();
        assertThat(noah.get(document.attr("href")).header("Content-Type")).startsWith("application/pdf");
        return new FileLinks(filePath, document.attr("href"));
    }

    @Test
    void anotherStudentGetsNotFoundForTheFileAndTheDocument() {
        FileLinks links = noahsFile();
        WebClient lea = new WebClient(app);
        lea.login(DemoAccounts.STUDENT_ASS_PERPIGNAN, DemoAccounts.PASSWORD);

        Page file = lea.follow(links.filePath());
        assertThat(file.title()).isEqualTo("Page introuvable");
        assertThat(file.body()).doesNotContain("Noah");
        Page document = lea.get(links.documentPath());
        assertThat(document.status()).isEqualTo(404);
        assertThat(document.header("Content-Type")).doesNotStartWith("application/pdf");
    }

    @Test
    void aStudentCannotUseTheCoordinatorsDownloadOrReviewPages() {
        FileLinks links = noahsFile();
        WebClient noah = new WebClient(app);
        noah.login(NOAH, DemoAccounts.PASSWORD);
        assertThat(noah.get(links.documentPath().replace("/student/", "/coordinator/")).status()).isEqualTo(403);
        assertThat(noah.get("/coordinator/applications/list.xhtml").status()).isEqualTo(403);
    }

    @Test
    void aCoordinatorDownloadsTheDocumentsOfASubmittedFile() {
        FileLinks links = noahsFile();
        WebClient coordinator = new WebClient(app);
        coordinator.login(DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.PASSWORD);
        Page pdf = coordinator.get(links.documentPath().replace("/student/", "/coordinator/"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(pdf.header("Content-Disposition")).startsWith("attachment;");
    }

    /** Id of Noah's file, from its link. */
    private static String idOf(String filePath) {
        return filePath.replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    @Test
    void anotherStudentsIdSlippedIntoAFormPostChangesNothing() {
        FileLinks links = noahsFile();
        String noahsId = idOf(links.filePath());
        WebClient zoe = new WebClient(app);
        zoe.login("zoe.gimenez@etudiant.faire-ess.fr", DemoAccounts.PASSWORD);
        Element own = zoe.get("/student/applications/list.xhtml").document()
                .selectFirst("ul.my-applications a[href*=file.xhtml]");
        assertThat(own).as("Zoé's own application").isNotNull();
        assertThat(idOf(own.attr("href"))).isNotEqualTo(noahsId);

        // Her own page's forms, posted with Noah's id as the view parameter: the service finds no
        // such file for her, whatever the form, and says so on the page.
        String refused = "Cet élément n'existe pas ou ne vous est pas accessible.";
        Page page = zoe.get(own.attr("href"));
        Page comment = zoe.submit(page, "thread", Map.of("comment", "Message glissé dans le dossier de Noah"), "send",
                Map.of("id", noahsId));
        assertThat(comment.status()).isEqualTo(200);
        assertThat(comment.document().text()).contains(refused).doesNotContain("Message envoyé.");
        page = zoe.get(own.attr("href"));
        Page withdraw = zoe.submit(page, "withdraw", Map.of("withdrawReason", "Retrait forgé"), "confirmWithdraw",
                Map.of("id", noahsId));
        assertThat(withdraw.status()).isEqualTo(200);
        assertThat(withdraw.document().text()).contains(refused).doesNotContain("Votre candidature est retirée.");

        WebClient noah = new WebClient(app);
        noah.login(NOAH, DemoAccounts.PASSWORD);
        Page file = noah.get(links.filePath());
        assertThat(file.document().getElementById("status").text()).isEqualTo("Déposée");
        assertThat(file.body()).doesNotContain("Message glissé").doesNotContain("Retrait forgé");
        Page zoesFile = zoe.get(own.attr("href"));
        assertThat(zoesFile.document().getElementById("status").text()).isEqualTo("Déposée");
        assertThat(zoesFile.body()).doesNotContain("Message glissé");
    }

    // ---------------------------------------------------------------- review list

    private static String selected(Page page, String select) {
        Element option = page.document().selectFirst("select[name='filters:" + select + "_input'] option[selected]");
        return option == null ? "" : option.attr("value");
    }

    /** Yanis Serra's selected file (demo), as Nadia finds it in her review list: its address. */
    private static String yanisFile(WebClient coordinator) {
        Page list = coordinator.get("/coordinator/applications/list.xhtml?status=SELECTED&sort=NAME");
        return list.document().select("a").stream().filter(a -> a.text().equals("SERRA Yanis")).findFirst()
                .orElseThrow(() -> new AssertionError("Yanis's selected file in the list")).attr("href");
    }

    @Test
    void aScorePostedAsSomethingOtherThanANumberGetsAMessageNextToTheFieldAndChangesNothing() {
        WebClient coordinator = new WebClient(app);
        coordinator.login(DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.PASSWORD);
        String yanis = yanisFile(coordinator);
        Page file = coordinator.get(yanis);
        assertThat(file.document().select("label[for=scoreForm:score_input]")).as("the label names the field, not its form").hasSize(1);
        String scoreBefore = file.document().getElementById("scoreForm:score_hinput").val();
        for (String forged : List.of("abc", "NaN", "${7*7}")) {
            Page refused = coordinator.submit(file, "scoreForm", Map.of("score_input", forged, "score_hinput", forged), "saveScore");
            assertThat(refused.status()).as(forged).isEqualTo(200);
            assertThat(refused.messageFor("scoreForm:score")).as(forged + " " + refused.document().getElementById("scoreForm"))
                    .isEqualTo("Saisissez un nombre.");
            assertThat(refused.body()).doesNotContain("Invalid number").doesNotContain("Exception");
        }
        assertThat(coordinator.get(yanis).document().getElementById("scoreForm:score_hinput").val())
                .as("nothing saved").isEqualTo(scoreBefore);
    }

    @Test
    void theReviewFileShowsThePlacesTheDeadlineAndWhatTheCycleLeaves() {
        WebClient coordinator = new WebClient(app);
        coordinator.login(DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.PASSWORD);
        Page file = coordinator.get(yanisFile(coordinator));
        // His 150-day placement comes from this very file: it does not count against it.
        assertThat(file.document().getElementById("cycle").text())
                .startsWith("Cycle d'études : 0 jour(s) de mobilité Erasmus+ déjà compté(s), 360 restant(s)");
        assertThat(file.document().getElementById("places").text()).matches("Places : \\d+ sélectionné·e\\(s\\) sur 10 · dépôt jusqu'au .+");
    }

    @Test
    void theReviewListFindsAStudentByNameAndOffersOnlyTheCountriesOfItsFiles() {
        WebClient coordinator = new WebClient(app);
        coordinator.login(DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.PASSWORD);
        Page list = coordinator.get("/coordinator/applications/list.xhtml");
        java.util.List<String> countries = list.document().select("select[id='filters:country_input'] option").eachAttr("value");
        assertThat(countries).as("the countries of the demo's first wishes, not the world").contains("DE")
                .doesNotContain("JP", "AQ").hasSizeLessThan(30);

        Page applied = coordinator.submit(list, "filters", Map.of("q", "pujol"), "apply");
        assertThat(applied.redirectPath()).contains("q=pujol");
        Page found = coordinator.get(applied.redirectPath());
        assertThat(found.document().getElementById("filters:q").val()).isEqualTo("pujol");
        Elements rows = found.document().select("tbody[id='list:applications_data'] > tr:not(.ui-datatable-empty-message)");
        assertThat(rows.eachText()).isNotEmpty().allMatch(t -> t.contains("PUJOL Clara"));
        Page nobody = coordinator.get("/coordinator/applications/list.xhtml?q=" + java.net.URLEncoder.encode("<b>%zz", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(nobody.status()).isEqualTo(200);
        assertThat(nobody.document().select("tbody[id='list:applications_data'] > tr.ui-datatable-empty-message")).hasSize(1);
    }

    @Test
    void ticksInTheReviewListSendOneMessageToSeveralFilesAndAForgedTickIsIgnored() {
        WebClient coordinator = new WebClient(app);
        coordinator.login(DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.PASSWORD);
        Page list = coordinator.get("/coordinator/applications/list.xhtml?country=DE&sort=NAME");
        Elements rows = list.document().select("tbody[id='list:applications_data'] > tr[data-rk]");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        String first = rows.get(0).attr("data-rk");
        String second = rows.get(1).attr("data-rk");
        String text = "Réunion d'information Erasmus+ " + System.nanoTime();

        Page refused = coordinator.submit(list, "list", Map.of("bulkAction_input", "MESSAGE", "bulkText", " ",
                "applications_selection", first + "," + second), "bulkApply");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.messageFor("list:bulkText")).isEqualTo("Écrivez le message à envoyer.");

        Page done = coordinator.submit(list, "list", Map.of("bulkAction_input", "MESSAGE", "bulkText", text,
                "applications_selection", first + "," + second + ",999999999"), "bulkApply");
        assertThat(done.isRedirect()).isTrue();
        Page after = coordinator.get(done.redirectPath());
        assertThat(after.document().text()).contains("Message envoyé sur 2 dossier(s)");
        for (String id : java.util.List.of(first, second)) {
            assertThat(coordinator.get("/coordinator/applications/view.xhtml?id=" + id).document().text()).contains(text);
        }
    }

    @Test
    void theReviewListIsBookmarkableItsFiltersComeBackFromTheUrlAndGoIntoIt() {
        WebClient coordinator = new WebClient(app);
        coordinator.login(DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.PASSWORD);
        Page list = coordinator.get("/coordinator/applications/list.xhtml?status=SUBMITTED&country=DE&campus=PERPIGNAN&sort=NAME");
        assertThat(list.status()).isEqualTo(200);
        assertThat(selected(list, "status")).isEqualTo("SUBMITTED");
        assertThat(selected(list, "country")).isEqualTo("DE");
        assertThat(selected(list, "campus")).isEqualTo("PERPIGNAN");
        assertThat(selected(list, "sort")).isEqualTo("NAME");
        Elements rows = list.document().select("tbody[id='list:applications_data'] > tr:not(.ui-datatable-empty-message)");
        assertThat(rows).as("the demo's files submitted from Perpignan for Germany (Clara, Lina)").hasSizeGreaterThanOrEqualTo(2);
        for (Element row : rows) {
            assertThat(row.text()).contains("Déposée").contains("Allemagne").contains("Perpignan");
        }
        java.util.List<String> names = rows.stream().map(r -> r.selectFirst("a").text()).toList();
        assertThat(names).contains("BENKIRANE Lina", "PUJOL Clara").isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        // Applying the filter form leads to a URL that carries every filter chosen, and back.
        Page applied = coordinator.submit(list, "filters", Map.of("status_input", "SUBMITTED", "country_input", "DE",
                "campus_input", "PERPIGNAN", "programme_input", "ES", "sort_input", "SCORE"), "apply");
        assertThat(applied.isRedirect()).isTrue();
        String target = applied.redirectPath();
        assertThat(target).startsWith("/coordinator/applications/list.xhtml?")
                .contains("status=SUBMITTED").contains("country=DE").contains("campus=PERPIGNAN")
                .contains("programme=ES").contains("sort=SCORE");
        Page bookmarked = coordinator.get(target);
        assertThat(selected(bookmarked, "programme")).isEqualTo("ES");
        assertThat(selected(bookmarked, "sort")).isEqualTo("SCORE");
        Elements filtered = bookmarked.document().select("tbody[id='list:applications_data'] > tr:not(.ui-datatable-empty-message)");
        assertThat(filtered.eachText()).anyMatch(t -> t.contains("BENKIRANE Lina")).noneMatch(t -> t.contains("PUJOL Clara"));
        for (Element row : filtered) {
            assertThat(row.text()).contains("ES ·").contains("Allemagne");
        }
    }

    @Test
    void twoCoordinatorsOnTheSameFileTheSecondDecisionIsReportedAndTheFirstKept() {
        WebClient nadia = new WebClient(app);
        nadia.login(DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.PASSWORD);
        Element link = nadia.get("/coordinator/applications/list.xhtml?status=SUBMITTED&sort=NAME").document()
                .select("tbody[id='list:applications_data'] a").stream()
                .filter(a -> a.text().equals("ORTIZ Rayan")).findFirst().orElseThrow();
        Page nadiasPage = nadia.get(link.attr("href"));
        WebClient julien = new WebClient(app);
        julien.login(DemoAccounts.COORDINATOR_MONTPELLIER, DemoAccounts.PASSWORD);
        Page juliensPage = julien.get(link.attr("href"));

        Page waitlisted = julien.submit(juliensPage, "decision", Map.of(), "waitlist");
        assertThat(waitlisted.isRedirect()).as("Julien's decision is saved").isTrue();
        Page selected = nadia.submit(nadiasPage, "decision", Map.of(), "select");
        assertThat(selected.status()).isEqualTo(200);
        assertThat(selected.document().text()).contains("Ces données ont été modifiées par quelqu'un d'autre");

        Page now = nadia.get(link.attr("href"));
        assertThat(now.document().getElementById("status").text()).isEqualTo("Liste d'attente");
    }

    // ---------------------------------------------------------------- campus scope

    @Test
    void aCoordinatorOfOneCampusGuessingAnotherCampussFileGetsTheFrench404AndSeesOnlyTheirCampus() {
        // Nadia (Perpignan) sees both campuses in the demo; she finds a submitted Perpignan file.
        WebClient nadia = new WebClient(app);
        nadia.login(DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.PASSWORD);
        Page nadiasList = nadia.get("/coordinator/applications/list.xhtml?status=SUBMITTED&campus=PERPIGNAN&sort=NAME");
        assertThat(nadiasList.document().select("select[name='filters:campus_input'] option").eachAttr("value"))
                .contains("PERPIGNAN", "MONTPELLIER");
        Element perpignan = nadiasList.document().selectFirst("tbody[id='list:applications_data'] a");
        assertThat(perpignan).as("a submitted Perpignan file in the demo").isNotNull();
        String filePath = perpignan.attr("href");
        String name = perpignan.text();
        Page file = nadia.get(filePath);
        assertThat(file.status()).isEqualTo(200);
        String documentPath = file.document().selectFirst("ul.documents a[href*=/coordinator/document]").attr("href");
        assertThat(nadia.get(documentPath).header("Content-Type")).startsWith("application/pdf");

        // Julien (Montpellier only) guesses its address and its document's: the French 404, nothing of it.
        WebClient julien = new WebClient(app);
        julien.login(DemoAccounts.COORDINATOR_MONTPELLIER, DemoAccounts.PASSWORD);
        Page guessed = julien.get(filePath);
        assertThat(guessed.status()).as("a real 404, not a redirect to a page answered 200").isEqualTo(404);
        assertThat(guessed.title()).isEqualTo("Page introuvable");
        assertThat(guessed.body()).doesNotContain(name.substring(name.indexOf(' ') + 1));
        Page document = julien.get(documentPath);
        assertThat(document.status()).isEqualTo(404);
        assertThat(document.header("Content-Type")).doesNotStartWith("application/pdf");

        // His list holds Montpellier's files only, and its campus filter offers Montpellier only.
        Page list = julien.get("/coordinator/applications/list.xhtml?status=SUBMITTED&sort=NAME");
        assertThat(list.document().select("select[name='filters:campus_input'] option").eachAttr("value"))
                .containsExactly("", "MONTPELLIER");
        java.util.List<String> rows = list.document()
                .select("tbody[id='list:applications_data'] > tr:not(.ui-datatable-empty-message)").eachText();
        assertThat(rows).isNotEmpty().allMatch(row -> row.contains("Montpellier")).noneMatch(row -> row.contains(name));
        assertThat(julien.get("/coordinator/applications/list.xhtml?campus=PERPIGNAN").document()
                .select("tbody[id='list:applications_data'] > tr:not(.ui-datatable-empty-message)")).isEmpty();

        // A demo call for both campuses: he reads it, and is told he cannot change it (no save button).
        Element call = julien.get("/coordinator/calls/list.xhtml").document().select("a[href*=calls/edit]").stream()
                .filter(a -> a.text().contains("appel principal")).findFirst().orElseThrow();
        Page callPage = julien.get(call.attr("href"));
        assertThat(callPage.status()).isEqualTo(200);
        assertThat(callPage.document().getElementById("outsideScope").text())
                .startsWith("Cet appel concerne aussi un campus dont vous ne voyez pas les dossiers");
        assertThat(callPage.document().select("button[id='call:save']")).isEmpty();
    }

    // ---------------------------------------------------------------- homes

    @Test
    void theStudentHomeShowsEachApplicationsStatusNextStepAndDeadline() {
        WebClient noah = new WebClient(app);
        noah.login(NOAH, DemoAccounts.PASSWORD);
        Element item = noah.get("/student/index.xhtml").document().select("ul.my-applications li").stream()
                .filter(li -> li.text().contains("appel principal")).findFirst().orElseThrow();
        assertThat(item.selectFirst(".badge").text()).isEqualTo("Déposée");
        // The main demo call closes on 31 January 2027 as db/demo writes it, later when the demo was loaded later.
        int closingYear = app.demoDates().date("2027-01-31").getYear();
        assertThat(item.selectFirst(".deadline").text()).matches("Clôture de l'appel : .*" + closingYear + ".*");
        assertThat(item.text()).contains("Votre dossier est en cours d'examen par la coordination internationale.");
    }

    @Test
    void theCoordinatorHomeCountsFilesPerCallAndStatusAndLinksToThoseWaiting() {
        WebClient coordinator = new WebClient(app);
        coordinator.login(DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.PASSWORD);
        Page home = coordinator.get("/coordinator/index.xhtml");
        Element header = home.document().selectFirst("table.counts thead tr");
        assertThat(header.text()).contains("Déposée").contains("Sélectionnée").contains("Liste d'attente");
        Element row = home.document().select("table.counts tbody tr").stream()
                .filter(tr -> tr.text().contains("appel principal")).findFirst().orElseThrow();
        String callLink = row.selectFirst("a").attr("href");
        int submittedColumn = header.select("th").eachText().indexOf("Déposée");
        int counted = Integer.parseInt(row.select("td").get(submittedColumn).text());
        assertThat(counted).isPositive();

        Page list = coordinator.get(callLink + "&status=SUBMITTED");
        int listed = list.document().select("tbody[id='list:applications_data'] > tr:not(.ui-datatable-empty-message)").size();
        assertThat(listed).as("the home's count is the list's").isEqualTo(counted);

        Element waiting = home.document().selectFirst("#waiting a");
        assertThat(waiting.attr("href")).contains("status=SUBMITTED");
        long all = Long.parseLong(home.document().selectFirst("#waiting .stat").text());
        assertThat(all).isGreaterThanOrEqualTo(counted);
    }

    // ---------------------------------------------------------------- module requirement

    @Test
    void aStudentWhoHasNotCompletedTheModuleIsToldWhyOnTheCallsCard() {
        WebClient hugo = new WebClient(app);
        hugo.login(DemoAccounts.STUDENT_ES_PERPIGNAN, DemoAccounts.PASSWORD);
        Element card = hugo.get("/student/calls.xhtml").document().select("article.call-card").stream()
                .filter(a -> a.text().contains("Philia+")).findFirst().orElseThrow();
        assertThat(card.selectFirst(".module-refusal").text()).startsWith("Module interculturel non terminé : il manque");
        assertThat(card.select("button")).as("no apply button where the answer is known").isEmpty();

        Element main = hugo.get("/student/calls.xhtml").document().select("article.call-card").stream()
                .filter(a -> a.text().contains("appel principal")).findFirst().orElseThrow();
        assertThat(main.select(".module-refusal")).isEmpty();
        assertThat(main.select("button")).hasSize(1);
    }
}
