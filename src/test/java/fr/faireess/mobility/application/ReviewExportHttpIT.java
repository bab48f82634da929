package fr.faireess.mobility.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.reference.ErasmusDuration;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.DemoDates;
import fr.faireess.mobility.support.RunningApp;
import fr.faireess.mobility.support.WebClient;
import fr.faireess.mobility.support.WebClient.Download;
import fr.faireess.mobility.support.WebClient.Page;
import fr.faireess.mobility.support.TestLanes;

/**
 * Over HTTP with the demo data: the review list's exports carry the list's filters and order, keep
 * to the coordinator's campuses whatever the address says, and are the coordinators' only. The
 * server's database may hold other tests' files too (MariaDB in CI): rows are looked for, not counted.
 */
@ResourceLock(TestLanes.RUNNING_APP)
class ReviewExportHttpIT {

    private static final String EXPORT = "/coordinator/applications/export/applications.";
    private static final String LINA = "lina.benkirane@etudiant.faire-ess.fr";
    private static final String CLARA = "clara.pujol@etudiant.faire-ess.fr";
    private static final String NOAH = "noah.rey@etudiant.faire-ess.fr";
    private static final List<String> FRENCH_HEADER = List.of("Nom", "Prénom", "Courriel", "Campus", "Formation",
            "Année d'études", "Appel", "État", "Déposée le", "Score", "Moins d'opportunités", "Vœu 1", "Vœu 2", "Vœu 3",
            "Début souhaité", "Fin souhaitée", "Durée (jours Erasmus+)", "Langue de travail", "Niveau CECRL");
    private static final int EMAIL = 2;
    private static final int CAMPUS = 3;
    private static final int STATUS = 7;

    private final RunningApp app = RunningApp.get();

    private WebClient as(String email) {
        WebClient web = new WebClient(app);
        assertThat(web.login(email, DemoAccounts.PASSWORD).isRedirect()).as(email + " logs in").isTrue();
        return web;
    }

    /** The CSV's rows (header first), cells unquoted; the byte-order mark checked and dropped. */
    private static List<List<String>> csv(Download download) {
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(download.disposition()).startsWith("attachment;").contains("candidatures-").endsWith(".csv");
        String text = new String(download.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.substring(1).split("\r\n")) {
            rows.add(cells(line));
        }
        return rows;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** The sheet's rows as the texts a reader sees (numbers and dates formatted), header first. */
    private static List<List<String>> xlsx(Download download) throws IOException {
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.disposition()).startsWith("attachment;").endsWith(".xlsx");
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = workbook.getSheet("Candidatures");
            assertThat(sheet).as("the French sheet").isNotNull();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < FRENCH_HEADER.size(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<String> rowOf(List<List<String>> rows, String email) {
        return rows.stream().filter(r -> r.get(EMAIL).equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError(email + " in " + rows));
    }

    private static List<String> column(List<List<String>> rows, int column) {
        return rows.stream().skip(1).map(r -> r.get(column)).toList();
    }

    @Test
    void theListsButtonsExportItsFiltersAndOrderAsCsvAndExcel() throws IOException {
        WebClient nadia = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        Page list = nadia.get("/coordinator/applications/list.xhtml?status=SUBMITTED&country=DE&sort=NAME");
        Element csvLink = list.document().getElementById("csv");
        Element xlsxLink = list.document().getElementById("xlsx");
        assertThat(csvLink.text()).isEqualTo("Exporter (CSV)");
        assertThat(xlsxLink.text()).isEqualTo("Exporter (Excel)");
        assertThat(csvLink.attr("href")).isEqualTo(EXPORT + "csv?status=SUBMITTED&country=DE&sort=NAME");
        assertThat(xlsxLink.attr("href")).isEqualTo(EXPORT + "xlsx?status=SUBMITTED&country=DE&sort=NAME");

        List<List<String>> csv = csv(nadia.download(csvLink.attr("href")));
        assertThat(csv.get(0)).containsExactlyElementsOf(FRENCH_HEADER);
        assertThat(csv).allSatisfy(row -> assertThat(row).hasSize(FRENCH_HEADER.size()));
        assertThat(column(csv, STATUS)).as("the status filter").isNotEmpty().containsOnly("Déposée");
        List<String> emails = column(csv, EMAIL);
        assertThat(emails).contains(LINA, CLARA);
        assertThat(emails.indexOf(LINA)).as("sorted by name").isLessThan(emails.indexOf(CLARA));
        List<List<String>> es = csv(nadia.download(EXPORT + "csv?status=SUBMITTED&country=DE&programme=ES&sort=SCORE"));
        assertThat(column(es, EMAIL)).as("Clara is in EJE").contains(LINA).doesNotContain(CLARA);
        assertThat(column(es, 4)).containsOnly("ES");

        // Lina's file as the committee reads it (db/demo/V4), dates moved with the demo calendar.
        DemoDates dates = app.demoDates();
        LocalDate start = dates.date("2027-02-01");
        LocalDate end = dates.date("2027-05-30");
        DateTimeFormatter french = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        List<String> lina = rowOf(csv, LINA);
        assertThat(lina.subList(0, 7)).containsExactly("Benkirane", "Lina", LINA, "IRTS Perpignan", "ES", "3",
                dates.label(DemoDates.MAIN_CALL));
        assertThat(lina.get(8)).matches("\\d\\d/\\d\\d/\\d{4}");
        assertThat(lina.subList(10, 19)).containsExactly("Non", "Kinder- und Jugendhilfe Kreuzberg — Berlin",
                "Cooperativa Sociale Il Girasole — Bologna", "", french.format(start), french.format(end),
                String.valueOf(ErasmusDuration.days(start, end)), "Allemand", "C1");
        String text = new String(nadia.download(csvLink.attr("href")).body(), StandardCharsets.UTF_8);
        assertThat(text).as("no motivation leaves the application").doesNotContain("Je souhaite découvrir");

        List<List<String>> xlsx = xlsx(nadia.download(xlsxLink.attr("href")));
        assertThat(xlsx.get(0)).containsExactlyElementsOf(FRENCH_HEADER);
        assertThat(column(xlsx, STATUS)).containsOnly("Déposée");
        assertThat(column(xlsx, EMAIL)).contains(LINA, CLARA);
        assertThat(rowOf(xlsx, LINA).subList(11, 13)).containsExactly("Kinder- und Jugendhilfe Kreuzberg — Berlin",
                "Cooperativa Sociale Il Girasole — Bologna");
        assertThat(rowOf(xlsx, LINA).get(16)).isEqualTo(String.valueOf(ErasmusDuration.days(start, end)));

        // Nadia sees both campuses: without a campus filter, both are in her file.
        assertThat(column(csv(nadia.download(EXPORT + "csv?status=SUBMITTED")), CAMPUS))
                .contains("IRTS Perpignan", "IRTS Montpellier");
    }

    @Test
    void aCoordinatorOfOneCampusExportsThatCampusOnlyWhateverTheAddressSays() throws IOException {
        WebClient julien = as(DemoAccounts.COORDINATOR_MONTPELLIER);
        List<List<String>> all = csv(julien.download(EXPORT + "csv?status=SUBMITTED&sort=NAME"));
        assertThat(column(all, EMAIL)).contains(NOAH).doesNotContain(LINA, CLARA);
        assertThat(column(all, CAMPUS)).containsOnly("IRTS Montpellier");

        for (String address : List.of(EXPORT + "csv?campus=PERPIGNAN", EXPORT + "csv?campus=PERPIGNAN&status=SUBMITTED&country=DE")) {
            List<List<String>> perpignan = csv(julien.download(address));
            assertThat(perpignan).as(address + ": the header and no file").hasSize(1);
            assertThat(perpignan.get(0)).containsExactlyElementsOf(FRENCH_HEADER);
        }
        List<List<String>> xlsx = xlsx(julien.download(EXPORT + "xlsx?campus=PERPIGNAN"));
        assertThat(xlsx).hasSize(1);
        List<List<String>> everything = xlsx(julien.download(EXPORT + "xlsx"));
        assertThat(column(everything, CAMPUS)).isNotEmpty().containsOnly("IRTS Montpellier");
        assertThat(column(everything, EMAIL)).contains(NOAH).doesNotContain(LINA, CLARA);
    }

    /** The id of {@code student}'s row in the review list at {@code query}, as its tick box names it. */
    private static String tickOf(WebClient coordinator, String query, String student) {
        Page list = coordinator.get("/coordinator/applications/list.xhtml" + query);
        Element row = list.document().selectFirst("tbody[id='list:applications_data'] > tr[data-rk]:has(a:contains(" + student + "))");
        assertThat(row).as(student + " in " + query).isNotNull();
        return row.attr("data-rk");
    }

    @Test
    void theTickedFilesAreExportedAloneInTheOrderTickedAndNothingTickedGivesAMessageAndNoFile() throws IOException {
        WebClient nadia = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        String query = "?status=SUBMITTED&country=DE&sort=NAME";
        String lina = tickOf(nadia, query, "BENKIRANE Lina");
        String clara = tickOf(nadia, query, "PUJOL Clara");

        // The list's buttons: nothing ticked, a French message and no file; two ticked, the export of those two.
        Page list = nadia.get("/coordinator/applications/list.xhtml" + query);
        Page nothing = nadia.submit(list, "list", Map.of(), "exportSelectionCsv");
        assertThat(nothing.status()).isEqualTo(200);
        assertThat(nothing.header("Content-Type")).startsWith("text/html");
        assertThat(nothing.document().text()).contains("Aucun dossier coché : cochez dans la liste les dossiers à exporter.");
        Page ticked = nadia.submit(list, "list", Map.of("applications_selection", clara + "," + lina), "exportSelectionXlsx");
        assertThat(ticked.isRedirect()).as(ticked.body()).isTrue();
        assertThat(ticked.redirectPath()).endsWith(EXPORT + "xlsx?ids=" + clara + "," + lina);

        List<List<String>> xlsx = xlsx(nadia.download(ticked.redirectPath()));
        assertThat(xlsx.get(0)).containsExactlyElementsOf(FRENCH_HEADER);
        assertThat(column(xlsx, EMAIL)).as("the ticked files only, as ticked").containsExactly(CLARA, LINA);
        List<List<String>> csv = csv(nadia.download(EXPORT + "csv?ids=" + lina + "," + clara + "," + lina));
        assertThat(column(csv, EMAIL)).as("a repeated id once").containsExactly(LINA, CLARA);
        assertThat(rowOf(csv, LINA).subList(0, 6)).containsExactly("Benkirane", "Lina", LINA, "IRTS Perpignan", "ES", "3");
    }

    @Test
    void aTickedFileOutsideTheCoordinatorsCampusesExportsNothing() throws IOException {
        String lina = tickOf(as(DemoAccounts.COORDINATOR_PERPIGNAN), "?status=SUBMITTED&country=DE&sort=NAME", "BENKIRANE Lina");
        WebClient julien = as(DemoAccounts.COORDINATOR_MONTPELLIER);
        String noah = tickOf(julien, "?status=SUBMITTED&q=rey", "REY Noah");
        assertThat(column(csv(julien.download(EXPORT + "csv?ids=" + noah)), EMAIL)).containsExactly(NOAH);
        // Lina is Perpignan's: alone or among Julien's own files, nothing leaves, not even Noah's.
        for (String ids : List.of(lina, noah + "," + lina, lina + "," + noah)) {
            for (String format : List.of("csv", "xlsx")) {
                Download refused = julien.download(EXPORT + format + "?ids=" + ids);
                assertThat(refused.status()).as(format + " " + ids).isEqualTo(404);
                String body = new String(refused.body(), StandardCharsets.UTF_8);
                assertThat(body).as(ids).doesNotContain(LINA).doesNotContain(NOAH).doesNotContain("Benkirane");
            }
        }
        // Unreadable, empty or unknown ids: not found either.
        WebClient nadia = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        for (String ids : List.of("", "abc", lina + ",x", "-1", lina + ",999999999", "0")) {
            Download missing = nadia.download(EXPORT + "csv?ids=" + ids);
            assertThat(missing.status()).as(ids).isEqualTo(404);
            assertThat(new String(missing.body(), StandardCharsets.UTF_8)).as(ids).doesNotContain(LINA);
        }
        // Students and trainers: refused, as for the list's export.
        assertThat(as(DemoAccounts.STUDENT_ES_PERPIGNAN).download(EXPORT + "csv?ids=" + lina).status()).isEqualTo(403);
    }

    @Test
    void studentsAndTrainersAreRefusedAndAnUnreadableAddressIsNotFound() {
        for (String who : List.of(DemoAccounts.STUDENT_ES_PERPIGNAN, DemoAccounts.TRAINER_PERPIGNAN)) {
            Download refused = as(who).download(EXPORT + "csv?status=SUBMITTED");
            assertThat(refused.status()).as(who).isEqualTo(403);
            assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain(LINA).doesNotContain("Benkirane");
        }
        WebClient nadia = as(DemoAccounts.COORDINATOR_PERPIGNAN);
        for (String address : List.of(EXPORT + "csv?status=UNKNOWN", EXPORT + "xlsx?call=abc", EXPORT + "csv?year=deux",
                EXPORT + "csv?sort=RANDOM", "/coordinator/applications/export/applications.pdf",
                "/coordinator/applications/export/")) {
            Download missing = nadia.download(address);
            assertThat(missing.status()).as(address).isEqualTo(404);
            assertThat(new String(missing.body(), StandardCharsets.UTF_8)).as(address).doesNotContain(LINA).doesNotContain("Exception");
        }
        // The list answers the same addresses the same way.
        assertThat(nadia.get("/coordinator/applications/list.xhtml?status=UNKNOWN").status()).isEqualTo(404);
        assertThat(nadia.get("/coordinator/applications/list.xhtml?sort=RANDOM").status()).isEqualTo(404);
    }
}
