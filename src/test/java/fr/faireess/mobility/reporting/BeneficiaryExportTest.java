package fr.faireess.mobility.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import fr.faireess.mobility.grant.GrantBreakdown;
import fr.faireess.mobility.grant.GrantCalculator;
import fr.faireess.mobility.grant.GrantInput;
import fr.faireess.mobility.grant.GrantRates;
import fr.faireess.mobility.host.HostSize;
import fr.faireess.mobility.host.LegalStatus;
import fr.faireess.mobility.reference.ErasmusGroup;

/** The Beneficiary Module rows: columns, values, grant amounts, and files that open as the BM expects. */
class BeneficiaryExportTest {

    private static final GrantRates GROUP_2 = new GrantRates(770, 150, 250, 50);

    /** Emma Garcia's certified demo placement: 2 March → 29 May 2026, green travel with 2 funded days. */
    private static ReportedMobility emma() {
        return new ReportedMobility(7, 2025, "Emma", "Garcia", "emma.garcia@etudiant.faire-ess.fr", false, false, "0923", 6,
                "IRTS Perpignan", "Perpignan", "Centre Residencial d'Acció Educativa Montilivi", LegalStatus.PUBLIC,
                HostSize.SMALL, "ES", "Girona", ErasmusGroup.GROUP_2, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 29),
                true, true, false);
    }

    /** The grant GrantService would compute for a mobility (here straight from the calculator). */
    private static GrantBreakdown grant(ReportedMobility m, GrantRates rates, int travelDays, int interruptionDays) {
        return GrantCalculator.compute(new GrantInput(m.start(), m.end(), m.group(), m.fewerOpportunities(), m.greenTravel(),
                travelDays, interruptionDays), rates);
    }

    private static List<Object> emmaRow(String agreement, boolean withAmounts) {
        return BeneficiaryExport.row(emma(), agreement, grant(emma(), GROUP_2, 2, 0), withAmounts);
    }

    private static Function<String, Object> cells(List<Object> row) {
        return column -> row.get(BeneficiaryExport.column(column));
    }

    @Test
    void aRowHoldsTheMobilityItsOrganisationsAndItsGrant() {
        List<Object> row = emmaRow("2025-1-FR01-KA131-HED-000099001", true);
        assertThat(row).hasSameSizeAs(BeneficiaryExport.HEADER);
        Function<String, Object> cell = cells(row);
        assertThat(cell.apply("Activity Type")).isEqualTo("HE-SMT");
        assertThat(cell.apply("Mobility ID")).isEqualTo("FE-2025-000007");
        assertThat(cell.apply("Grant Agreement Number")).isEqualTo("2025-1-FR01-KA131-HED-000099001");
        assertThat(cell.apply("Participant Last Name")).isEqualTo("Garcia");
        assertThat(cell.apply("Participant Email")).isEqualTo("emma.garcia@etudiant.faire-ess.fr");
        assertThat(cell.apply("Fewer Opportunities")).isEqualTo("No");
        assertThat(cell.apply("Recent Graduate")).isEqualTo("No");
        assertThat(cell.apply("EQF Level")).isEqualTo(6);
        assertThat(cell.apply("Field of Education (ISCED-F)")).isEqualTo("0923");
        assertThat(cell.apply("Sending Organisation")).isEqualTo("IRTS Perpignan");
        assertThat(cell.apply("Sending Country")).isEqualTo("FR");
        assertThat(cell.apply("Receiving Organisation Type")).isEqualTo("Public body");
        assertThat(cell.apply("Receiving Organisation Size")).isEqualTo("<=250");
        assertThat(cell.apply("Receiving Country")).isEqualTo("ES");
        assertThat(cell.apply("Start Date")).isEqualTo("2026-03-02");
        assertThat(cell.apply("End Date")).isEqualTo("2026-05-29");
        assertThat(cell.apply("Actual Dates")).isEqualTo("Yes");
        assertThat(cell.apply("Duration Calculated (days)")).isEqualTo(88);
        assertThat(cell.apply("Interruption (days)")).isEqualTo(0);
        assertThat(cell.apply("Funded Travel Days")).isEqualTo(2);
        assertThat(cell.apply("Funded Days")).isEqualTo(90);
        assertThat(cell.apply("Funded Months")).isEqualTo(3);
        assertThat(cell.apply("Funded Extra Days")).isEqualTo(0);
        assertThat(cell.apply("Green Travel")).isEqualTo("Yes");
        assertThat(cell.apply("Country Group")).isEqualTo("2");
        assertThat(cell.apply("Monthly Rate (EUR)")).isEqualTo(new BigDecimal("770.00"));
        assertThat(cell.apply("Individual Support (EUR)")).isEqualTo(new BigDecimal("2310.00"));
        assertThat(cell.apply("Traineeship Top-up (EUR)")).isEqualTo(new BigDecimal("450.00"));
        assertThat(cell.apply("Fewer Opportunities Top-up (EUR)")).isEqualTo(new BigDecimal("0.00"));
        assertThat(cell.apply("Green Travel Top-up (EUR)")).isEqualTo(new BigDecimal("50.00"));
        assertThat(cell.apply("Travel Support (EUR)")).isEqualTo(new BigDecimal("0.00"));
        assertThat(cell.apply("Long-term")).isEqualTo("Yes");
        assertThat(cell.apply("Force Majeure")).isEqualTo("No");
        assertThat(cell.apply("Distance Band")).isNull();
        assertThat(cell.apply("Total Grant (EUR)")).isEqualTo(new BigDecimal("2810.00"));
    }

    @Test
    void withoutARateTableTheDaysAreThereAndTheAmountsEmpty() {
        List<Object> row = emmaRow(null, false);
        assertThat(cells(row).apply("Funded Days")).isEqualTo(90);
        assertThat(cells(row).apply("Grant Agreement Number")).isNull();
        assertThat(row.subList(BeneficiaryExport.column("Monthly Rate (EUR)"), row.size())).containsOnlyNulls();
    }

    @Test
    void theReportedValuesAreTheBeneficiaryModulesAndNothingElse() {
        // A new component here (a stop reason, a motivation…) would leave the application in the
        // export: it must be a BM column and must never be special-category data.
        assertThat(Arrays.stream(ReportedMobility.class.getRecordComponents()).map(c -> c.getName()).toList())
                .containsExactly("placementId", "callYear", "firstName", "lastName", "email", "fewerOpportunities",
                        "recentGraduate", "iscedCode", "eqfLevel", "sendingOrganisation", "sendingCity", "receivingName",
                        "receivingStatus", "receivingSize", "receivingCountry", "receivingCity", "group", "start", "end",
                        "certified", "greenTravel", "forceMajeure");
    }

    @Test
    void theCsvStartsWithTheHeaderRowAndDefusesFormulas() {
        ReportedMobility tricky = new ReportedMobility(8, 2025, "Léa", "Vidal; \"junior\"", "lea.vidal@etudiant.faire-ess.fr",
                true, false, "0923", 6, "IRTS Perpignan", "Perpignan", "=HYPERLINK(\"http://x\")", LegalStatus.NON_PROFIT,
                HostSize.LARGE, "MA", "Agadir", ErasmusGroup.INTERNATIONAL, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30),
                false, false, false);
        String csv = new String(BeneficiaryExport.csv(List.of(BeneficiaryExport.row(tricky, "N-1",
                grant(tricky, new GrantRates(700, 0, 250, 50), 0, 0), true))),
                StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF" + String.join(";", BeneficiaryExport.HEADER));
        assertThat(lines[1]).startsWith("HE-SMT;FE-2025-000008;N-1;Léa;\"Vidal; \"\"junior\"\"\";")
                .contains(";\"'=HYPERLINK(\"\"http://x\"\")\";")
                .contains(";Non-profit organisation;>250;MA;Agadir;2026-03-01;2026-06-30;No;Yes;No;120;0;0;120;4;0;No;;International;700.00;2800.00;0.00;1000.00;0.00;0.00;3800.00");
    }

    @Test
    void theXlsxHasTheHeaderRowAndNumbersAsNumbers() throws Exception {
        byte[] xlsx = BeneficiaryExport.xlsx(List.of(emmaRow("N-1", true)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            for (int c = 0; c < BeneficiaryExport.HEADER.size(); c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(BeneficiaryExport.HEADER.get(c));
            }
            Row row = sheet.getRow(1);
            assertThat(row.getCell(BeneficiaryExport.column("Mobility ID")).getStringCellValue()).isEqualTo("FE-2025-000007");
            assertThat(row.getCell(BeneficiaryExport.column("Funded Days")).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(BeneficiaryExport.column("Total Grant (EUR)")).getNumericCellValue()).isEqualTo(2810.0);
        }
    }
}
