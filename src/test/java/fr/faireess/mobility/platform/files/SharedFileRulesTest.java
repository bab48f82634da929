package fr.faireess.mobility.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.support.TestFiles;

/** The platform's one sniffer, safe-name rule and stored file, which every upload goes through. */
class SharedFileRulesTest {

    @Test
    void sniffsByContentNotByName() {
        assertThat(ContentSniffer.sniff(TestFiles.pdf(2000))).contains(FileType.PDF);
        assertThat(ContentSniffer.sniff(TestFiles.png())).contains(FileType.PNG);
        assertThat(ContentSniffer.sniff(TestFiles.jpeg())).contains(FileType.JPEG);
        assertThat(ContentSniffer.sniff("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ContentSniffer.sniff(null)).isEmpty();
        assertThat(ContentSniffer.hasMacros(TestFiles.pdf(2000))).isFalse();
    }

    @Test
    void oneSafeNameRule() {
        assertThat(SafeFileName.of("C:\\Users\\léa\\CV (2).PDF", FileType.PDF, "document")).isEqualTo("CV (2).pdf");
        assertThat(SafeFileName.of("../../etc/passwd", ".pdf", "document")).isEqualTo("passwd.pdf");
        assertThat(SafeFileName.of("<b>.png", FileType.JPEG, "fichier")).isEqualTo("b_.jpg");
        assertThat(SafeFileName.of("...", FileType.PDF, "document")).isEqualTo("document.pdf");
        assertThat(SafeFileName.of("x".repeat(5000) + ".pdf", FileType.PDF, "document")).hasSize(SafeFileName.MAX_BASE + 4);
        String once = SafeFileName.of("Rapport de stage — été.pdf", FileType.PDF, "document");
        assertThat(SafeFileName.of(once, FileType.PDF, "document")).isEqualTo(once);
    }

    @Test
    void aStoredFileKeepsItsOwnCopyAndItsHash() {
        byte[] content = TestFiles.pdf(3000);
        StoredFile file = StoredFile.upload("../scan.pdf", ".pdf", "document", content, Instant.EPOCH);
        content[0] = 0;
        assertThat(file.getFileName()).isEqualTo("scan.pdf");
        assertThat(file.getSizeBytes()).isEqualTo(3000);
        assertThat(file.content()[0]).isEqualTo((byte) '%');
        assertThat(file.getSha256()).hasSize(64).isEqualTo(StoredFile.sha256Of(file.content()));
        assertThat(file.getUploadedAt()).isEqualTo(Instant.EPOCH);
    }
}
