package fr.faireess.mobility.application.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class TableDownloadTest {

    @Test
    void theAddressNamesTheTableAndItsFormat() {
        assertThat(TableDownload.of("/payments.csv")).contains(new TableDownload.Requested("payments", TableDownload.CSV));
        assertThat(TableDownload.of("/applications.xlsx"))
                .contains(new TableDownload.Requested("applications", TableDownload.XLSX));
        assertThat(TableDownload.CSV.extension()).isEqualTo("csv");
        assertThat(TableDownload.XLSX.extension()).isEqualTo("xlsx");
    }

    @Test
    void anyOtherAddressIsNoFile() {
        for (String path : new String[] {null, "", "/", "/payments", "/payments.pdf", "/payments.CSV", "payments.csv",
                "/../payments.csv", "/a/payments.csv", "/payments.csv.xlsx", "/pay ments.csv"}) {
            assertThat(TableDownload.of(path)).as(String.valueOf(path)).isEqualTo(Optional.empty());
        }
    }

    @Test
    void sheetNamesKeepToWhatExcelAllows() {
        assertThat(TableDownload.sheetName("Candidatures : statut [2026]/appel?")).isEqualTo("Candidatures   statut  2026  ap");
        assertThat(TableDownload.sheetName("x".repeat(40))).hasSize(31);
    }
}
