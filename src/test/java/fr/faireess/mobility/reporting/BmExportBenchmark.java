package fr.faireess.mobility.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.Resource;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.faireess.mobility.platform.persistence.DataSourceSetup;
import fr.faireess.mobility.support.Bench;
import fr.faireess.mobility.support.Deployments;

/**
 * The BM file's writer with 10,000 rows, in the server: the default layout as CSV and as XLSX, and an
 * uploaded XLSX template (a notes sheet, a title row, 20 columns of which one unknown) filled. Each
 * case runs once unmeasured, then 3 times; printed: the median time, the bytes written, and the heap
 * in use after a collection before the file, after 1,000 rows and after 10,000 rows — flat memory
 * means the last two are about the same. The rows are built in memory (one mobility reused with
 * 10,000 ids): what is measured is the writing, not the reading of placements (read 500 at a time by
 * {@code ReportingService}, which this benchmark does not seed).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BmExportBenchmark {

    private static final String NAME = "BmExportBenchmark";
    private static final int ROWS = 10_000;
    private static final int RUNS = 3;

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Resource(lookup = DataSourceSetup.JNDI_NAME) private DataSource dataSource;

    /** Counts what is written and keeps nothing: the file's size without holding the file. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private record Figure(String label, double medianMs, long bytes, long heapBeforeMb, long heapAt1000Mb, long heapAtEndMb) {
    }

    @Test
    @Order(1)
    void writeTenThousandRows() throws Exception {
        Bench.forget(NAME);
        List<String> report = new ArrayList<>();
        report.add(Bench.environment(dataSource));
        List<Figure> figures = new ArrayList<>();
        figures.add(measure("default layout, CSV", BmLayout.defaultLayout(BmLayout.Format.CSV)));
        figures.add(measure("default layout, XLSX", BmLayout.defaultLayout(BmLayout.Format.XLSX)));
        BmLayout template = BmTemplateReader.read(template());
        assertEquals(List.of("NA remarks"), template.unknownHeaders());
        figures.add(measure("uploaded XLSX template", template));
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-24s | %7s | %9s | %10s | %12s | %13s | %13s%n",
                "case", "rows", "median ms", "KB written", "heap before", "heap at 1,000", "heap at 10,000"));
        for (Figure f : figures) {
            table.append(String.format(Locale.ROOT, "%-24s | %7d | %9.1f | %10d | %9d MB | %10d MB | %10d MB%n", f.label(), ROWS,
                    f.medianMs(), f.bytes() / 1024, f.heapBeforeMb(), f.heapAt1000Mb(), f.heapAtEndMb()));
        }
        report.add(table.toString());
        Bench.write(NAME, report);
    }

    @Test
    @Order(2)
    @RunAsClient
    void printTheFigures() {
        Assumptions.assumeTrue(Bench.print(NAME), "no figures: the measure failed");
    }

    private static Figure measure(String label, BmLayout layout) throws IOException {
        write(layout, new Counting(), null);
        double[] ms = new double[RUNS];
        long bytes = 0;
        long[] heap = new long[3];
        for (int i = 0; i < RUNS; i++) {
            Counting out = new Counting();
            long[] sampled = new long[3];
            sampled[0] = Bench.heapUsedMb(true);
            long start = System.nanoTime();
            write(layout, out, i == RUNS - 1 ? sampled : null);
            ms[i] = (System.nanoTime() - start) / 1_000_000.0;
            bytes = out.bytes;
            heap = sampled;
        }
        Arrays.sort(ms);
        return new Figure(label, ms[RUNS / 2], bytes, heap[0], heap[1], heap[2]);
    }

    /** Writes the rows; when {@code heap} is given, samples the heap in use after a collection at 1,000 and 10,000 rows. */
    private static void write(BmLayout layout, OutputStream out, long[] heap) throws IOException {
        BmRow base = BmRows.row(BmRows.emma(), true);
        try (BmWriter writer = BmWriter.open(layout, out)) {
            for (int i = 1; i <= ROWS; i++) {
                ReportedMobility m = BmRows.to(i, i % 7 == 0 ? "GR" : "ES", "City " + (i % 50));
                writer.row(new BmRow(m, base.agreementNumber(), base.grant(), true));
                if (heap != null && i == 1000) {
                    heap[1] = Bench.heapUsedMb(true);
                }
            }
            if (heap != null) {
                heap[2] = Bench.heapUsedMb(true);
            }
            writer.finish();
        }
    }

    private static byte[] template() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Read me").createRow(0).createCell(0).setCellValue("Mobility import template");
            XSSFSheet sheet = workbook.createSheet("Mobility activities");
            sheet.createRow(0).createCell(0).setCellValue("KA131-HED");
            Row header = sheet.createRow(1);
            List<String> names = new ArrayList<>(List.of("NA remarks"));
            Arrays.stream(BmField.values()).limit(19).forEach(f -> names.add(f.aliases().isEmpty() ? f.header() : f.aliases().get(0)));
            java.util.Collections.reverse(names);
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
