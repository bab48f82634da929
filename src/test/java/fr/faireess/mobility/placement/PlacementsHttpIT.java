package fr.faireess.mobility.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.grant.DemoGrants;
import fr.faireess.mobility.grant.GrantBreakdown;
import fr.faireess.mobility.reference.ErasmusDuration;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.DemoDates;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * Placement pages over HTTP with the demo data: the coordinators' filtered list and calendar, a
 * student's own placement and PDFs, and nobody else's; the mentor's public page refuses a forged link;
 * trainers follow the placements they are referent of, and no other; hosts outside the EEA are
 * flagged; only a placement nobody signed offers its correction.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class PlacementsHttpIT {

    private static final RunningApp APP = RunningApp.get();
    private static final String EMMA = "emma.garcia@etudiant.faire-ess.fr";
    private static final String YANIS = "yanis.serra@etudiant.faire-ess.fr";
    /** The demo's dates as the server loaded them (moved by whole weeks after the demo's anchor week). */
    private static final DemoDates DEMO = APP.demoDates();
    /** Emma Garcia (group 2, green travel, 2 travel days): planned 1 March → 30 May 2026, 2 871,33 €. */
    private static final GrantBreakdown EMMA_PLANNED = DemoGrants.group2(DEMO, "2026-03-01", "2026-05-30", false, true, 2, 0, "2871.33");
    /** Her certificate: 2 March → 29 May 2026, 2 810,00 € (3 months and 0 days). */
    private static final GrantBreakdown EMMA_FINAL = DemoGrants.group2(DEMO, "2026-03-02", "2026-05-29", false, true, 2, 0, "2810.00");

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

    /** The coordinator's page of the first placement listed under {@code student} in a filtered list. */
    private static String placementOf(WebClient coordinator, String listQuery, String student) {
        Page list = coordinator.get("/coordinator/placements/list.xhtml" + listQuery);
        Element link = list.document().selectFirst("a:contains(" + student + ")");
        assertThat(link).as(list.body()).isNotNull();
        return link.attr("href");
    }

    /** Every named field of a form as the page shows it (selected options included), without the form's prefix. */
    private static Map<String, String> fieldsOf(Page page, String formId) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : page.document().getElementById(formId).select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            if (!name.startsWith(formId + ":") || input.attr("type").equals("submit")) {
                continue;
            }
            String value = input.tagName().equals("select")
                    ? input.select("option[selected]").attr("value")
                    : input.tagName().equals("textarea") ? input.text() : input.attr("value");
            fields.put(name.substring(formId.length() + 1), value);
        }
        return fields;
    }

    @Test
    void aStudentEntersTheirParticipantDataOnTheirAccountAndReadsThemInWordsOnMyData() {
        WebClient student = as("emma.fabre@etudiant.faire-ess.fr");
        Page account = student.get("/account/index.xhtml");
        Map<String, String> demo = fieldsOf(account, "participant");
        assertThat(demo.get("nationality_input")).as("the demo's value").isEqualTo("FR");
        assertThat(demo.get("gender_input")).isEqualTo("FEMALE");
        assertThat(demo.get("birthDate_input")).matches("\\d{2}/\\d{2}/\\d{4}");
        DateTimeFormatter french = DateTimeFormatter.ofPattern("dd/MM/yyyy");

        Map<String, String> typed = new LinkedHashMap<>(demo);
        typed.put("birthDate_input", french.format(APP.today().plusDays(1)));
        typed.put("nationality_input", "PT");
        typed.put("gender_input", "UNDEFINED");
        Page refused = student.submit(account, "participant", typed, "saveParticipant");
        assertThat(refused.messageFor("participant:birthDate")).contains("date de naissance plausible");

        java.time.LocalDate born = APP.today().minusYears(19);
        typed.put("birthDate_input", french.format(born));
        Page saved = student.submit(student.get("/account/index.xhtml"), "participant", typed, "saveParticipant");
        assertThat(saved.body()).contains("Vos données pour les documents Erasmus+ sont enregistrées.");
        Page mine = student.get("/student/privacy.xhtml");
        assertThat(mine.document().getElementById("birthDate").text())
                .isEqualTo(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.FRENCH).format(born));
        assertThat(mine.document().getElementById("nationality").text()).isEqualTo("Portugal");
        assertThat(mine.document().getElementById("gender").text()).isEqualTo("Non défini");

        // The demo's values back, for the other tests sharing the server.
        student.submit(student.get("/account/index.xhtml"), "participant", demo, "saveParticipant");
        assertThat(fieldsOf(student.get("/account/index.xhtml"), "participant")).containsAllEntriesOf(
                Map.of("nationality_input", "FR", "gender_input", "FEMALE", "birthDate_input", demo.get("birthDate_input")));
    }

    @Test
    void coordinatorsFilterTheDemoPlacementsByStateAndSeeTheCalendar() {
        // Nadia sees both campuses (demo setting): the demo's placements of Perpignan and Montpellier.
        WebClient coordinator = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        assertThat(coordinator.get("/coordinator/placements/list.xhtml?state=INTERRUPTED").body())
                .contains("MARTINEZ Nathan").doesNotContain("GARCIA Emma");
        assertThat(coordinator.get("/coordinator/placements/list.xhtml?state=CANCELLED").body()).contains("BONNET Louis");
        assertThat(coordinator.get("/coordinator/placements/list.xhtml?month=" + DEMO.month("2027-03-01") + "&programme=EJE").body())
                .contains("VILA Maëlys").doesNotContain("SERRA Yanis");
        Page host = coordinator.get("/coordinator/placements/list.xhtml?state=PROPOSED");
        assertThat(host.body()).contains("SERRA Yanis").contains("VILA Maëlys");
        String hostId = host.document().select("select[id='filters:host_input'] option:contains(Kinder)").attr("value");
        assertThat(hostId).isNotEmpty();
        assertThat(coordinator.get("/coordinator/placements/list.xhtml?host=" + hostId).body())
                .contains("VILA Maëlys").doesNotContain("SERRA Yanis").doesNotContain("GARCIA Emma");
        assertThat(coordinator.get("/coordinator/placements/list.xhtml?month=" + DEMO.month("2026-03-02") + "&country=ES").body())
                .as("Emma left in March 2026").contains("GARCIA Emma");
        // The month of departure filters (Maëlys leaves on 1 March 2027, Emma left on 2 March 2026); the
        // calendar shows departures and returns: Manon leaves on 4 January 2027, Camille returns on 30 January.
        String january = DEMO.month("2027-01-04");
        Page calendar = coordinator.get("/coordinator/placements/calendar.xhtml?from=" + january);
        assertThat(calendar.document().getElementById("calendar").text())
                .contains("Manon Fabre").contains("Camille Roussel");
        assertThat(calendar.document().getElementById("month-" + january).text()).as("months in words")
                .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", java.util.Locale.FRENCH)
                        .format(java.time.YearMonth.parse(january)));

        assertThat(coordinator.get("/coordinator/placements/list.xhtml?campus=MONTPELLIER").body())
                .contains("MARTINEZ Nathan").contains("SERRA Yanis").doesNotContain("GARCIA Emma").doesNotContain("VILA Maëlys");

        String emmas = emmasPlacement(coordinator);
        Page emma = coordinator.get(emmas);
        assertThat(emma.document().getElementById("status").text()).isEqualTo("Terminé");
        assertThat(coordinator.get(emmas + "&tab=agreement").body()).contains("Version 2 — avenant").contains("Pere Casals")
                .contains("copie signée scannée");
        assertThat(coordinator.get(emmas + "&tab=history").body()).contains("avenant-v2-signe.pdf");
    }

    @Test
    void aCoordinatorOfOneCampusSeesItsPlacementsOnlyAndGetsA404ForAnotherCampussPlacementAndPdfs() {
        WebClient nadia = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        String path = emmasPlacement(nadia);
        Page emma = nadia.get(path + "&tab=agreement");
        Page documents = nadia.get(path + "&tab=history");
        String pdf = emma.document().selectFirst("a:contains(Contrat pédagogique (PDF))").attr("href");
        String convention = documents.document().selectFirst("a:contains(Fiche convention de stage (PDF))").attr("href");
        String scan = documents.document().selectFirst("a:contains(avenant-v2-signe.pdf)").attr("href");
        assertThat(nadia.get(pdf).header("Content-Type")).startsWith("application/pdf");

        // Julien sees Montpellier's placements only: Emma (Perpignan) is in neither his list nor his calendar.
        WebClient julien = as(DemoAccounts.COORDINATOR_MONTPELLIER);
        Page list = julien.get("/coordinator/placements/list.xhtml");
        assertThat(list.body()).contains("MARTINEZ Nathan").contains("SERRA Yanis")
                .doesNotContain("GARCIA Emma").doesNotContain("VILA Maëlys");
        assertThat(list.document().select("select[name='filters:campus_input'] option").eachAttr("value"))
                .containsExactly("", "MONTPELLIER");
        assertThat(julien.get("/coordinator/placements/list.xhtml?state=COMPLETED&country=ES").body()).doesNotContain("GARCIA Emma");
        assertThat(julien.get("/coordinator/placements/calendar.xhtml?from=" + DEMO.month("2027-01-04")).document().getElementById("calendar").text())
                .doesNotContain("Manon Fabre").doesNotContain("Camille Roussel");

        // Her page, its correction page and every PDF, guessed: 404.
        for (String guessed : new String[] {path, path + "&tab=agreement", path.replace("/view.xhtml", "/edit.xhtml")}) {
            Page denied = julien.get(guessed);
            assertThat(denied.isRedirect() ? denied.redirectPath() : String.valueOf(denied.status())).as(guessed).contains("404");
        }
        for (String file : new String[] {pdf, convention, scan}) {
            Page denied = julien.get(file);
            assertThat(denied.status()).as(file).isEqualTo(404);
            assertThat(denied.header("Content-Type")).doesNotStartWith("application/pdf");
        }
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

    @Test
    void aReferentTrainerFollowsTheirPlacementsReadOnlyAndAnotherTrainerCannotOpenThem() {
        String path = emmasPlacement(as(DemoAccounts.COORDINATOR_PERPIGNAN)).replace("/coordinator/", "/trainer/");
        WebClient marta = as(DemoAccounts.TRAINER_PERPIGNAN);
        Element panel = marta.get("/trainer/index.xhtml").document().getElementById("referentPlacements");
        assertThat(panel).as("the trainer home's panel").isNotNull();
        assertThat(panel.selectFirst("a[href*=/trainer/placements/list.xhtml]")).isNotNull();
        Page list = marta.get("/trainer/placements/list.xhtml");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.document().getElementById("placements").text())
                .contains("GARCIA Emma").contains("FABRE Manon").contains("VILA Maëlys").contains("Terminé")
                .doesNotContain("MARTINEZ Nathan").doesNotContain("SERRA Yanis");

        Page own = marta.get(path);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.document().getElementById("status").text()).isEqualTo("Terminé");
        assertThat(own.body()).contains("Version 2 — avenant").contains("Pere Casals").contains("Attestée par Pere Casals")
                .contains("Convention de stage signée");
        assertThat(own.document().select("form#move, form#agreement, form#scan, form#certificate")).isEmpty();
        assertThat(own.document().select("#checklist button")).as("read-only checklist").isEmpty();
        String pdf = own.document().selectFirst("a:contains(Contrat pédagogique (PDF))").attr("href");
        String scan = own.document().selectFirst("a:contains(avenant-v2-signe.pdf)").attr("href");
        assertThat(pdf).contains("/trainer/placement-document");
        assertThat(marta.get(pdf).header("Content-Type")).startsWith("application/pdf");
        assertThat(marta.get(scan).status()).isEqualTo(200);

        WebClient olivier = as(DemoAccounts.TRAINER_MONTPELLIER);
        assertThat(olivier.get("/trainer/placements/list.xhtml").document().getElementById("placements").text())
                .contains("MARTINEZ Nathan").doesNotContain("GARCIA Emma");
        Page denied = olivier.get(path);
        assertThat(denied.isRedirect() ? denied.redirectPath() : String.valueOf(denied.status())).contains("404");
        assertThat(olivier.get(pdf).status()).isEqualTo(404);
        assertThat(olivier.get(scan).status()).isEqualTo(404);
        Page nathan = olivier.get(placementOf(as(DemoAccounts.COORDINATOR_MONTPELLIER), "?state=INTERRUPTED", "MARTINEZ Nathan")
                .replace("/coordinator/", "/trainer/"));
        assertThat(nathan.status()).isEqualTo(200);
        assertThat(nathan.body()).contains("Attestée par Sanne de Vries").contains("Raisons de santé");
        assertThat(olivier.get(nathan.document().selectFirst("a:contains(attestation-stage-signee.pdf)").attr("href"))
                .header("Content-Type")).startsWith("application/pdf");
    }

    @Test
    void hostsOutsideTheEeaAreFlaggedForCoordinatorsAndStudents() {
        WebClient coordinator = as(DemoAccounts.COORDINATOR_PERPIGNAN);   // Yanis (Montpellier) and Maëlys (Perpignan): both campuses
        Page list = coordinator.get("/coordinator/placements/list.xhtml?state=PROPOSED");
        Element yanisRow = list.document().selectFirst("tr:has(a:contains(SERRA Yanis))");
        Element maelysRow = list.document().selectFirst("tr:has(a:contains(VILA Maëlys))");
        assertThat(yanisRow.select(".badge.outside-eea").text()).as("Canada").isEqualTo("Hors EEE");
        assertThat(maelysRow.select(".badge.outside-eea")).as("Germany").isEmpty();

        String yanis = yanisRow.selectFirst("a").attr("href");
        assertThat(coordinator.get(yanis).document().getElementById("outsideEea").text())
                .startsWith("Transfert de données hors de l'EEE : le pays d'accueil (Canada) n'appartient pas à l'Espace économique européen.");
        Page student = as(YANIS).get(yanis.replace("/coordinator/", "/student/"));
        assertThat(student.status()).isEqualTo(200);
        assertThat(student.document().getElementById("outsideEea")).isNotNull();
        assertThat(student.document().select(".badge.outside-eea").text()).isEqualTo("Hors EEE");
        assertThat(as(YANIS).get("/student/placements/list.xhtml").body()).contains("le pays d'accueil (Canada)");
        assertThat(coordinator.get(emmasPlacement(coordinator)).document().getElementById("outsideEea")).as("Spain").isNull();
    }

    @Test
    void onlyAPlacementNobodySignedOffersItsCorrectionAndBadDatesChangeNothing() {
        WebClient coordinator = as(DemoAccounts.COORDINATOR_PERPIGNAN);   // Yanis (Montpellier) and Maëlys (Perpignan): both campuses
        String yanis = placementOf(coordinator, "?state=PROPOSED", "SERRA Yanis");
        String maelys = placementOf(coordinator, "?state=PROPOSED", "VILA Maëlys");
        assertThat(coordinator.get(yanis).document().select("a:contains(Modifier le stage)")).hasSize(1);
        // Julien's correction of Yanis's dates (db/demo/V8), its days as the history writes them: "18 janv. 2027" as written.
        String movedStart = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.FRENCH)
                .format(DEMO.date("2027-01-18"));
        assertThat(coordinator.get(yanis + "&tab=history").body()).contains("Stage modifié").contains("Période : " + movedStart);
        assertThat(coordinator.get(maelys).document().select("a:contains(Modifier le stage)")).as("signed twice").isEmpty();

        Page signed = coordinator.get(maelys.replace("/view.xhtml", "/edit.xhtml"));
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.document().getElementById("notRevisable").text()).contains("déjà signé");
        assertThat(signed.document().getElementById("placement")).isNull();

        String before = coordinator.get(yanis).document().getElementById("facts").text();
        Page edit = coordinator.get(yanis.replace("/view.xhtml", "/edit.xhtml"));
        assertThat(edit.status()).isEqualTo(200);
        Map<String, String> fields = fieldsOf(edit, "placement");
        assertThat(fields).containsEntry("plannedStart_input", DEMO.french("2027-02-01")).containsKey("host_input");
        fields.put("plannedEnd_input", DEMO.french("2027-06-15") + "' OR '1'='1");
        Page trailing = coordinator.submit(edit, "placement", fields, "save");
        assertThat(trailing.status()).isEqualTo(200);
        assertThat(trailing.messageFor("placement:plannedEnd")).as("a date followed by other text is not read as its start")
                .isEqualTo("Date non valide : saisissez-la au format jj/mm/aaaa.");
        fields.put("plannedEnd_input", DEMO.french("2027-01-15"));
        Page refused = coordinator.submit(trailing, "placement", fields, "save");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.messageFor("placement:plannedEnd")).isEqualTo("La date de fin précède la date de début.");
        fields.put("plannedEnd_input", DEMO.french("2027-03-15"));
        Page tooShort = coordinator.submit(refused, "placement", fields, "save");
        int days = ErasmusDuration.days(DEMO.date("2027-02-01"), DEMO.date("2027-03-15"));   // 45 as written
        assertThat(tooShort.messageFor("placement:plannedEnd"))
                .isEqualTo("Période de " + days + " jours : un stage Erasmus+ dure au moins 60 jours.");
        assertThat(coordinator.get(yanis).document().getElementById("facts").text()).as("nothing changed").isEqualTo(before);
    }

    /** Text without any kind of space, so that "2 810,00 €" (narrow no-break spaces) compares simply. */
    private static String compact(String text) {
        return text.replaceAll("[\\s\u00a0\u202f]", "");
    }

    @Test
    void thePlacementPagesShowTheGrantOfTheCallYearsTable() {
        WebClient coordinator = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        String path = emmasPlacement(coordinator);
        Page page = coordinator.get(path + "&tab=grant");
        Element grant = page.document().getElementById("grant");
        assertThat(grant).as(page.body()).isNotNull();
        assertThat(grant.text()).contains("Appel " + DEMO.year(2025)).contains("Groupe 2").contains("Voyage vert");
        assertThat(compact(page.document().getElementById("plannedTotal").text())).isEqualTo(DemoGrants.french(EMMA_PLANNED.total()));
        assertThat(compact(page.document().getElementById("finalTotal").text())).isEqualTo(DemoGrants.french(EMMA_FINAL.total()));
        assertThat(page.document().getElementById("grantFacts")).as("the coordinator's facts form").isNotNull();

        Page own = as(EMMA).get(path.replace("/coordinator/", "/student/"));
        assertThat(own.status()).isEqualTo(200);
        assertThat(compact(own.document().getElementById("grantFinal").text())).isEqualTo("Boursedéfinitive:" + DemoGrants.french(EMMA_FINAL.total())
                + "(" + EMMA_FINAL.months() + "moiset" + EMMA_FINAL.extraDays() + "jour(s))");
        assertThat(own.document().getElementById("grantFacts")).as("students do not edit grant facts").isNull();
    }

    @Test
    void thePlacementPageSaysWhatComesNextAndLeadsToTheTabWhereItIsDone() {
        WebClient coordinator = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        // Yanis's agreement is complete and signed by nobody (db/demo/V5).
        String path = placementOf(coordinator, "?state=PROPOSED", "SERRA Yanis");
        Page yanis = coordinator.get(path);
        Element next = yanis.document().getElementById("nextStep");
        assertThat(next.text()).contains("Prochaine étape : recueillir les signatures du contrat pédagogique")
                .contains("Signatures attendues : Stagiaire, École d'envoi, Structure d'accueil");
        assertThat(yanis.document().getElementById("parties").text()).contains("Yanis Serra").contains("(CA)");
        assertThat(next.selectFirst("a").attr("href")).endsWith("/coordinator/placements/view.xhtml?" + query(path) + "&tab=agreement");
        assertThat(yanis.document().select("nav.tabs a").eachText()).containsExactly("Aperçu",
                "Contrat pédagogique (prochaine étape)", "Avant le départ", "Bourse", "Attestation", "Historique");
        // No tab named: the overview, the current tab said to assistive technologies.
        assertThat(yanis.document().select("nav.tabs a[aria-current=page]").eachText()).containsExactly("Aperçu");
        assertThat(yanis.document().getElementById("panel-overview")).isNotNull();
        assertThat(yanis.document().getElementById("panel-agreement")).as("one tab rendered").isNull();
        Page agreement = coordinator.get(next.selectFirst("a").attr("href"));
        assertThat(agreement.document().select("nav.tabs a[aria-current=page]").eachText())
                .containsExactly("Contrat pédagogique (prochaine étape)");

        Page emma = coordinator.get(placementOf(coordinator, "?state=COMPLETED", "GARCIA Emma"));
        assertThat(emma.document().getElementById("nextStep").text()).contains("stage terminé : vérifier la bourse finale");
        assertThat(emma.document().getElementById("tab-grant").text()).isEqualTo("Bourse (prochaine étape)");
    }

    @Test
    void eachTabShowsItsSectionOnlyAndAnUnknownTabIsTheOverview() {
        WebClient coordinator = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        String path = emmasPlacement(coordinator);
        Map<String, String> shown = Map.of("overview", "facts", "agreement", "version-2", "departure", "checklistItems",
                "grant", "grant", "certificate", "certificate", "history", "timeline");
        for (Map.Entry<String, String> tab : shown.entrySet()) {
            Page page = coordinator.get(path + "&tab=" + tab.getKey());
            assertThat(page.status()).as(tab.getKey()).isEqualTo(200);
            assertThat(page.document().select("nav.tabs a[aria-current=page]").eachAttr("id")).as(tab.getKey())
                    .containsExactly("tab-" + tab.getKey());
            assertThat(page.document().select("section.tab-panel").eachAttr("id")).as(tab.getKey())
                    .containsExactly("panel-" + tab.getKey());
            assertThat(page.document().getElementById(tab.getValue())).as(tab.getKey() + ": " + tab.getValue()).isNotNull();
            for (String other : shown.values()) {
                if (!other.equals(tab.getValue())) {
                    assertThat(page.document().getElementById(other)).as(tab.getKey() + " without " + other).isNull();
                }
            }
            // The header stays above every tab.
            assertThat(page.document().getElementById("nextStep")).as(tab.getKey()).isNotNull();
        }
        for (String unknown : new String[] {"", "actions", "%3Cscript%3E"}) {
            Page page = coordinator.get(path + "&tab=" + unknown);
            assertThat(page.status()).as(unknown).isEqualTo(200);
            assertThat(page.document().select("section.tab-panel").eachAttr("id")).as(unknown).containsExactly("panel-overview");
        }
    }

    @Test
    void anActionComesBackToItsTabAndARefusalStaysOnItWithItsMessage() {
        WebClient coordinator = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        String path = emmasPlacement(coordinator);
        // The grant facts: saved as they are, the page comes back to the grant tab.
        Page grant = coordinator.get(path + "&tab=grant");
        Map<String, String> facts = fieldsOf(grant, "grantFacts");
        // A box is sent when ticked only, as a browser does: the facts are saved unchanged.
        for (Element box : grant.document().select("#grantFacts input[type=checkbox][name]")) {
            String name = box.attr("name").substring("grantFacts:".length());
            if (box.hasAttr("checked")) {
                facts.put(name, "on");
            } else {
                facts.remove(name);
            }
        }
        Page saved = coordinator.submit(grant, "grantFacts", facts, "saveGrantFacts");
        assertThat(saved.isRedirect()).as(saved.body()).isTrue();
        assertThat(saved.redirectPath()).contains("/coordinator/placements/view.xhtml").contains("tab=grant");
        Page back = coordinator.get(saved.redirectPath());
        assertThat(back.document().select("section.tab-panel").eachAttr("id")).containsExactly("panel-grant");
        assertThat(back.body()).contains("Informations pour la bourse enregistrées.");
        // A refused value: the same tab again, the message next to its field.
        facts.put("travelDays", "abc");
        Page refused = coordinator.submit(back, "grantFacts", facts, "saveGrantFacts");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.document().select("section.tab-panel").eachAttr("id")).containsExactly("panel-grant");
        assertThat(refused.messageFor("grantFacts:travelDays")).isNotBlank();
        assertThat(refused.document().select("nav.tabs a[aria-current=page]").eachAttr("id")).containsExactly("tab-grant");
    }

    /** The placement's id as its page's address names it ({@code id=…}). */
    private static String query(String path) {
        return path.substring(path.indexOf('?') + 1);
    }

    @Test
    void theReportPageShowsAndDownloadsTheCallYearChosenInItsSelector() {
        WebClient coordinator = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        int shown = DEMO.year(2025);
        int chosen = DEMO.year(2026);
        Page report = coordinator.get("/coordinator/reports/index.xhtml?year=" + shown);
        assertThat(report.document().select("#yearForm\\:callYear_input option").eachAttr("value"))
                .contains(String.valueOf(chosen));

        Page answer = coordinator.submit(report, "yearForm", Map.of("callYear_input", String.valueOf(chosen)), "show");
        assertThat(answer.isRedirect()).as("the choice is shown at its own address").isTrue();
        assertThat(answer.redirectPath()).contains("year=" + chosen);
        Page chosenPage = coordinator.get(answer.redirectPath());
        assertThat(chosenPage.document().selectFirst("#yearForm\\:callYear_input option[selected]").attr("value"))
                .isEqualTo(String.valueOf(chosen));
        assertThat(chosenPage.document().selectFirst("a:contains(Télécharger (CSV))").attr("href"))
                .contains("beneficiary.csv?year=" + chosen);
        assertThat(chosenPage.document().getElementById("mobilities").text()).doesNotContain("Garcia Emma");
        assertThat(chosenPage.document().getElementById("template").text()).as("no BM template uploaded for the year")
                .contains("Pas de modèle BM déposé pour cet appel");
    }

    @Test
    void theReportPageGivesEachBeneficiaryItsFileUnderItsAgreementNumber() {
        // The demo's second call year: each school holds its own grant; Nadia sees both campuses.
        WebClient coordinator = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        String year = String.valueOf(DEMO.year(2026));
        Page report = coordinator.get("/coordinator/reports/index.xhtml?year=" + year);
        assertThat(report.document().select("#yearForm\\:payer_input option").eachText())
                .containsExactly("IRTS Montpellier", "IRTS Perpignan", "Tous les bénéficiaires (vue d'ensemble, pas un fichier pour le BM)");
        String perpignan = report.document().select("#yearForm\\:payer_input option").stream()
                .filter(o -> o.text().equals("IRTS Perpignan")).findFirst().orElseThrow().attr("value");

        Page answer = coordinator.submit(report, "yearForm", Map.of("callYear_input", year, "payer_input", perpignan), "show");
        assertThat(answer.isRedirect()).as(answer.body()).isTrue();
        assertThat(answer.redirectPath()).contains("beneficiary=" + perpignan);
        Page chosen = coordinator.get(answer.redirectPath());
        assertThat(chosen.document().getElementById("payerInfo").text()).contains("IRTS Perpignan")
                .contains(year + "-1-FR01-KA131-HED-000099002");
        assertThat(chosen.document().getElementById("mobilities").text()).contains("Vila").doesNotContain("Serra");
        String csvLink = chosen.document().selectFirst("a:contains(Télécharger (CSV))").attr("href");
        assertThat(csvLink).contains("beneficiary=" + perpignan);

        Page csv = coordinator.get("/coordinator/reports/export/beneficiary.csv?year=" + year + "&beneficiary=" + perpignan);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("beneficiary-module-" + year + "-" + perpignan + ".csv");
        assertThat(csv.body()).contains(year + "-1-FR01-KA131-HED-000099002").contains("Vila")
                .doesNotContain("Serra").doesNotContain("000099003");
        // Every beneficiary at once: an overview of the year, both schools' placements, and the
        // download without a beneficiary (every placement the coordinator sees).
        Page every = coordinator.submit(chosen, "yearForm", Map.of("callYear_input", year, "payer_input", "0"), "show");
        assertThat(every.redirectPath()).contains("beneficiary=0");
        Page overview = coordinator.get(every.redirectPath());
        assertThat(overview.document().selectFirst("#yearForm\\:payer_input option[selected]").attr("value")).isEqualTo("0");
        assertThat(overview.document().getElementById("payerInfo")).isNull();
        assertThat(overview.document().getElementById("mobilities").text()).contains("Vila").contains("Serra");
        assertThat(overview.document().selectFirst("a:contains(Télécharger (CSV))").attr("href"))
                .contains("beneficiary.csv?year=" + year).doesNotContain("beneficiary=");
        // Julien sees Montpellier only: Perpignan's school's file is none of his.
        assertThat(as(DemoAccounts.COORDINATOR_MONTPELLIER)
                .get("/coordinator/reports/export/beneficiary.csv?year=" + year + "&beneficiary=" + perpignan).status())
                .isEqualTo(404);
    }

    @Test
    void coordinatorsDownloadTheBeneficiaryModuleFileOfACallYearAndStudentsCannot() throws Exception {
        // Nadia sees both campuses: the file holds Perpignan's and Montpellier's mobilities.
        int year = DEMO.year(2025);   // the demo's locked table
        WebClient coordinator = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        Page report = coordinator.get("/coordinator/reports/index.xhtml?year=" + year);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.document().getElementById("mobilities").text()).contains("Garcia Emma").doesNotContain("Bonnet");
        String csvLink = report.document().selectFirst("a:contains(Télécharger (CSV))").attr("href");
        assertThat(csvLink).contains("/coordinator/reports/export/beneficiary.csv?year=" + year);

        Page csv = coordinator.get("/coordinator/reports/export/beneficiary.csv?year=" + year);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("beneficiary-module-" + year + ".csv");
        // No template uploaded for the year: the default layout, the BM report's field names in the dictionary's order.
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFdata-type;agreement-number;mobility-id;activity-type;long-term;")
                .isEqualTo("\uFEFF" + String.join(";", fr.faireess.mobility.reporting.BmField.defaultHeader()));
        // Emma's participant data (birth date as the demo moved it, gender, nationality) and her campus's Erasmus code.
        assertThat(csv.body()).containsPattern(";HE-SMT;Yes;No;Emma;Garcia;emma\\.garcia@etudiant\\.faire-ess\\.fr;"
                        + "\\d{2}-\\d{2}-\\d{4};Female;FR;No;No;6;0923;F +PERPIGN\\d+;IRTS Perpignan;FR;Perpignan;")
                .contains(";" + DEMO.date("2026-03-02").format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ";")
                .contains(";" + EMMA_FINAL.total().toPlainString() + ";").contains("Mobility;").contains(";FE-" + year + "-")
                .doesNotContain("Bonnet").doesNotContain("santé");

        var client = java.net.http.HttpClient.newBuilder().cookieHandler(coordinator.cookies()).build();
        var xlsx = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(APP.url("/coordinator/reports/export/beneficiary.xlsx?year=" + year))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("data-type");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("mobility-id");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(4);
        }

        Page refused = as(EMMA).get("/coordinator/reports/export/beneficiary.csv?year=" + year);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("Garcia;");
    }

    @Test
    void anAdministratorEditsTheDraftRateTableWithRefusalsNextToTheFieldsAndCannotTouchTheLockedOne() {
        WebClient admin = as(DemoAccounts.ADMIN);
        Page listPage = admin.get("/admin/grants/list.xhtml");
        Element tables = listPage.document().getElementById("tables");
        String agreement = DEMO.label("{{year:2025}}-1-FR01-KA131-HED-000099001");
        assertThat(tables.text()).contains(agreement).contains("Verrouillé").contains("Brouillon");
        // Each table's beneficiary: the consortium the first year, each school the next.
        assertThat(tables.selectFirst("tr:contains(" + agreement + ")").text()).contains("FAIRE-ESS (consortium)");
        assertThat(tables.text()).contains("IRTS Perpignan").contains("IRTS Montpellier");
        assertThat(listPage.document().select("[id='create:beneficiary_input'] option").eachText())
                .contains("FAIRE-ESS (consortium)", "IRTS Perpignan", "IRTS Montpellier");

        Page locked = admin.get(tables.selectFirst("tr:contains(" + agreement + ") a").attr("href"));
        assertThat(locked.document().getElementById("lockedNotice").text()).contains("sophie.martin@faire-ess.fr");
        assertThat(locked.document().select("[id='table:save'], [id='table:lock']")).isEmpty();
        assertThat(locked.document().getElementById("table:rates:1:rate").hasAttr("disabled")).isTrue();

        // The demo's draft is 2026's as written (on a shared MySQL database, GrantsIT may leave drafts of far years).
        String draftYear = String.valueOf(DEMO.year(2026));
        Element draftRow = tables.select("tr").stream()
                .filter(row -> row.selectFirst("td") != null && row.selectFirst("td").text().equals(draftYear)
                        && row.text().contains("IRTS Montpellier"))
                .findFirst().orElseThrow();
        assertThat(draftRow.text()).contains("Brouillon");
        Page draft = admin.get(draftRow.selectFirst("a").attr("href"));
        assertThat(draft.title()).isEqualTo("Barème de l'appel " + draftYear);
        assertThat(draft.document().getElementById("beneficiary").text()).contains("IRTS Montpellier");
        Map<String, String> fields = fieldsOf(draft, "table");
        assertThat(fields).containsEntry("rates:1:rate", "770");
        fields.put("rates:1:rate", "900");
        Page refused = admin.submit(draft, "table", fields, "save");
        assertThat(refused.messageFor("table:rates:1:rate"))
                .isEqualTo("Le taux doit être compris entre 750 et 820 € (fourchette de l'Agence).");
        Page notLockable = admin.submit(refused, "table", fields, "lock");
        assertThat(notLockable.messageFor("table:agreementNumber"))
                .isEqualTo("Indiquez le numéro de convention de subvention avant de verrouiller.");

        fields.put("rates:1:rate", "780");
        Page saved = admin.submit(notLockable, "table", fields, "save");
        assertThat(saved.isRedirect()).as(saved.body()).isTrue();
        Page again = admin.follow(saved.redirectPath());
        assertThat(again.body()).contains("Barème de l'appel " + draftYear + " enregistré.");
        assertThat(fieldsOf(again, "table")).containsEntry("rates:1:rate", "780");
        fields.put("rates:1:rate", "770");   // back to the demo figure for the other tests
        assertThat(admin.submit(again, "table", fields, "save").isRedirect()).isTrue();
    }
}
