package fr.faireess.mobility.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.DemoDates;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.TestLanes;

/**
 * The BM template in the server: an administrator uploads the year's empty BM export (audited,
 * replaced by a new upload), coordinators download the year's mobilities filled into it in its own
 * column order, the unknown column empty and listed; students, trainers and coordinators cannot
 * upload, students and trainers cannot read it. The template is removed at the end: the other
 * classes' downloads of that year follow the default layout.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class ReportingIT {

    private static final List<String> HEADER = List.of("Participant Last Name", "Mobility activity ID", "NA remarks",
            "Receiving country", "Start Date", "Grant Agreement No.");

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private BmTemplateService templates;
    @Inject private ReportingService reporting;
    @Inject private AccountService accounts;
    @Inject private AuditLog audit;

    private Account account(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }

    private static byte[] template() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Mobilities");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anAdministratorUploadsTheYearsTemplateAndCoordinatorsDownloadItFilledInItsOwnOrder() throws Exception {
        int year = DemoDates.inServer().year(2025);   // the demo's locked table and certified mobilities
        Account admin = account(DemoAccounts.ADMIN);
        Account coordinator = account(DemoAccounts.COORDINATOR_PERPIGNAN);
        byte[] template = template();
        assertThrows(AccessDeniedException.class, () -> templates.upload(year, "bm.xlsx", template, coordinator),
                "the template serves both schools: administrators only");
        assertThrows(AccessDeniedException.class,
                () -> templates.upload(year, "bm.xlsx", template, account(DemoAccounts.STUDENT_ASS_PERPIGNAN)));
        assertThrows(AccessDeniedException.class, () -> templates.upload(year, "bm.xlsx", template, account(DemoAccounts.TRAINER_PERPIGNAN)));
        assertThrows(AccessDeniedException.class, () -> templates.info(year, account(DemoAccounts.TRAINER_PERPIGNAN)));
        assertThrows(AccessDeniedException.class, () -> templates.info(year, account(DemoAccounts.STUDENT_ASS_PERPIGNAN)));
        assertEquals("report.template.noHeader", assertThrows(BusinessException.class,
                () -> templates.upload(year, "notes.csv", "a;b\r\n1;2\r\n".getBytes(StandardCharsets.UTF_8), admin)).messageKey());
        assertTrue(templates.info(year, coordinator).isEmpty(), "nothing stored by a refusal");

        int audited = audit.history(BmTemplateService.AUDIT_SUBJECT, year).size();
        try {
            templates.upload(year, "C:\\BM\\export.xlsx", template, admin);
            BmTemplateService.TemplateInfo info = templates.upload(year, "export (2).xlsx", template, admin);
            assertEquals("export (2).xlsx", info.fileName());
            assertEquals(List.of("NA remarks"), info.unknownHeaders());
            List<AuditEntry> history = audit.history(BmTemplateService.AUDIT_SUBJECT, year);
            assertEquals(audited + 2, history.size());
            assertEquals("BM_TEMPLATE_UPLOADED", history.get(history.size() - 2).getAction());
            assertEquals("BM_TEMPLATE_REPLACED", history.get(history.size() - 1).getAction());
            assertEquals(List.of("NA remarks"), templates.info(year, coordinator).orElseThrow().unknownHeaders(),
                    "the report page lists it");

            ReportingService.Report report = reporting.preview(year, coordinator);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertEquals(report.rows().size(), reporting.export(year, BmLayout.Format.XLSX, coordinator, out));
            try (XSSFWorkbook filled = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                Sheet sheet = filled.getSheet("Mobilities");
                List<String> header = new ArrayList<>();
                sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
                assertEquals(HEADER, header);
                assertEquals(report.rows().size(), sheet.getLastRowNum());
                List<String> names = new ArrayList<>();
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    names.add(row.getCell(0).getStringCellValue());
                    assertTrue(row.getCell(1).getStringCellValue().startsWith("FE-" + year + "-"));
                    assertNull(row.getCell(2), "the unknown column stays empty");
                }
                assertEquals(report.rows().stream().map(r -> r.mobility().lastName()).toList(), names);
                Row emma = sheet.getRow(names.indexOf("Garcia") + 1);
                assertEquals("ES", emma.getCell(3).getStringCellValue());
                assertEquals(DemoDates.inServer().date("2026-03-02"), emma.getCell(4).getLocalDateTimeCellValue().toLocalDate());
            }

            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            reporting.export(year, BmLayout.Format.CSV, coordinator, csv);
            assertTrue(csv.toString(StandardCharsets.UTF_8).startsWith("\uFEFF" + String.join(";", HEADER) + "\r\n"),
                    "the template's columns in the other format");
        } finally {
            templates.remove(year, admin);
        }
        assertTrue(templates.layout(year).isEmpty(), "removed: the default layout again");
        assertEquals("BM_TEMPLATE_REMOVED", audit.history(BmTemplateService.AUDIT_SUBJECT, year).get(audited + 2).getAction());
    }
}
