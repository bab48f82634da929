package fr.faireess.mobility.module;

import static fr.faireess.mobility.support.TestFiles.jpeg;
import static fr.faireess.mobility.support.TestFiles.png;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.faireess.mobility.support.TestFiles;

class MaterialFileRuleTest {

    // ---------------------------------------------------------------- accepted, by content

    @Test
    void pdfJpegAndPngAreRecognisedByTheirBytes() {
        assertThat(MaterialFileRule.detect(TestFiles.pdf(2000))).contains(MaterialKind.PDF);
        assertThat(MaterialFileRule.detect(jpeg())).contains(MaterialKind.JPEG);
        assertThat(MaterialFileRule.detect(png())).contains(MaterialKind.PNG);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "word/document.xml,    DOCX",
            "ppt/presentation.xml, PPTX",
            "xl/workbook.xml,      XLSX",
    })
    void officeOpenXmlDocumentsAreToldApartByTheirMainPart(String mainPart, MaterialKind kind) throws IOException {
        byte[] document = ooxml(mainPart);
        assertThat(MaterialFileRule.detect(document)).contains(kind);
        assertThat(MaterialFileRule.refusal(document)).isEmpty();
    }

    @Test
    void documentsWrittenByARealOfficeLibraryAreRecognised() throws IOException {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Grille d'analyse des incidents critiques");
            document.write(docx);
        }
        ByteArrayOutputStream pptx = new ByteArrayOutputStream();
        try (XMLSlideShow slides = new XMLSlideShow()) {
            slides.createSlide();
            slides.write(pptx);
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Présences").createRow(0).createCell(0).setCellValue("Nom");
            workbook.write(xlsx);
        }
        assertThat(MaterialFileRule.detect(docx.toByteArray())).contains(MaterialKind.DOCX);
        assertThat(MaterialFileRule.detect(pptx.toByteArray())).contains(MaterialKind.PPTX);
        assertThat(MaterialFileRule.detect(xlsx.toByteArray())).contains(MaterialKind.XLSX);
    }

    @Test
    void openDocumentTextAndPresentationAreToldApartByTheirMimetypeEntry() throws IOException {
        assertThat(MaterialFileRule.detect(openDocument("application/vnd.oasis.opendocument.text"))).contains(MaterialKind.ODT);
        assertThat(MaterialFileRule.detect(openDocument("application/vnd.oasis.opendocument.presentation")))
                .contains(MaterialKind.ODP);
    }

    // ---------------------------------------------------------------- refused

    @Test
    void aFileNamedLikeADocumentButHoldingSomethingElseIsRefused() throws IOException {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(MaterialFileRule.refusal(html)).contains("module.material.wrongType");
        byte[] plainZip = zip("notes.txt", "bonjour");
        assertThat(MaterialFileRule.refusal(plainZip)).as("a ZIP that is not an office document").contains("module.material.wrongType");
        byte[] spreadsheet = openDocument("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(MaterialFileRule.refusal(spreadsheet)).as("only OpenDocument text and presentation").contains("module.material.wrongType");
        byte[] truncated = java.util.Arrays.copyOf(ooxml("word/document.xml"), 60);
        assertThat(MaterialFileRule.refusal(truncated)).contains("module.material.wrongType");
    }

    @Test
    void officeDocumentsWithMacrosAreRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<Types/>");
            put(zip, "word/document.xml", "<w:document/>");
            put(zip, "word/vbaProject.bin", "macro");
        }
        assertThat(MaterialFileRule.refusal(out.toByteArray())).contains("module.material.macros");
    }

    @Test
    void anEmptyOrTooLargeFileIsRefusedWithItsOwnReason() {
        assertThat(MaterialFileRule.refusal(new byte[0])).contains("module.material.empty");
        assertThat(MaterialFileRule.refusal(null)).contains("module.material.empty");
        assertThat(MaterialFileRule.refusal(TestFiles.pdf(MaterialFileRule.MAX_BYTES))).isEmpty();
        assertThat(MaterialFileRule.refusal(TestFiles.pdf(MaterialFileRule.MAX_BYTES + 1))).contains("module.material.tooLarge");
    }

    // ---------------------------------------------------------------- stored name

    @Test
    void theStoredNameEndsWithWhatTheContentIsAndCarriesNoPath() {
        assertThat(MaterialFileRule.safeName("Diaporama Gérone.pptx", MaterialKind.PPTX)).isEqualTo("Diaporama Gérone.pptx");
        assertThat(MaterialFileRule.safeName("photo.pdf", MaterialKind.JPEG)).isEqualTo("photo.jpg");
        assertThat(MaterialFileRule.safeName("C:\\Users\\marta\\..\\grille<script>.docx", MaterialKind.DOCX))
                .isEqualTo("grille_script_.docx");
        assertThat(MaterialFileRule.safeName("../../etc/passwd", MaterialKind.PDF)).isEqualTo("passwd.pdf");
        assertThat(MaterialFileRule.safeName("...", MaterialKind.ODT)).isEqualTo("support.odt");
        assertThat(MaterialFileRule.safeName(null, MaterialKind.PNG)).isEqualTo("support.png");
    }

    // ---------------------------------------------------------------- files

    /** The skeleton Word, PowerPoint and Excel write: content types, relationships, the main part. */
    static byte[] ooxml(String mainPart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>");
            put(zip, mainPart, "<?xml version=\"1.0\"?><root/>");
        }
        return out.toByteArray();
    }

    /** What LibreOffice writes first: the "mimetype" entry, stored uncompressed. */
    static byte[] openDocument(String mimeType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mimeType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(type);
            zip.closeEntry();
            put(zip, "content.xml", "<office:document-content/>");
            put(zip, "META-INF/manifest.xml", "<manifest:manifest/>");
        }
        return out.toByteArray();
    }

    private static byte[] zip(String name, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, name, text);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
