package fr.faireess.mobility.application;

import static fr.faireess.mobility.support.TestFiles.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PdfRuleTest {


    @Test
    void aPdfIsAccepted() {
        assertThat(PdfRule.refusal(pdf(2000))).isEmpty();
    }

    @Test
    void aRenamedNonPdfIsRefusedByItsContent() {
        assertThat(PdfRule.refusal("PK\u0003\u0004 a docx renamed cv.pdf".getBytes(StandardCharsets.ISO_8859_1)))
                .contains("application.document.notPdf");
        byte[] truncated = Arrays.copyOf(pdf(5000), 3000);
        assertThat(PdfRule.refusal(truncated)).contains("application.document.notPdf");
    }

    @Test
    void fiveMegabytesIsTheLimit() {
        assertThat(PdfRule.refusal(pdf(PdfRule.MAX_BYTES))).isEmpty();
        assertThat(PdfRule.refusal(pdf(6 * 1024 * 1024))).contains("application.document.tooLarge");
    }

    @Test
    void nothingIsNotAFile() {
        assertThat(PdfRule.refusal(new byte[0])).contains("application.document.empty");
        assertThat(PdfRule.refusal(null)).contains("application.document.empty");
    }
}
