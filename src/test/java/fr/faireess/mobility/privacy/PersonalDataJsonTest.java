package fr.faireess.mobility.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import fr.faireess.mobility.privacy.PersonalData.AccountData;
import fr.faireess.mobility.privacy.PersonalData.AgreementData;
import fr.faireess.mobility.privacy.PersonalData.ApplicationData;
import fr.faireess.mobility.privacy.PersonalData.AttendanceData;
import fr.faireess.mobility.privacy.PersonalData.CallData;
import fr.faireess.mobility.privacy.PersonalData.CertificateData;
import fr.faireess.mobility.privacy.PersonalData.ChecklistData;
import fr.faireess.mobility.privacy.PersonalData.ConsentData;
import fr.faireess.mobility.privacy.PersonalData.DocumentData;
import fr.faireess.mobility.privacy.PersonalData.EventData;
import fr.faireess.mobility.privacy.PersonalData.HostData;
import fr.faireess.mobility.privacy.PersonalData.IncidentData;
import fr.faireess.mobility.privacy.PersonalData.MessageData;
import fr.faireess.mobility.privacy.PersonalData.PlacementData;
import fr.faireess.mobility.privacy.PersonalData.SignatureData;
import fr.faireess.mobility.privacy.PersonalData.StoredFile;
import fr.faireess.mobility.privacy.PersonalData.TestimonyData;
import fr.faireess.mobility.privacy.PersonalData.WishData;

/** The shape of donnees.json and the layout of the ZIP, as the README documents them. */
class PersonalDataJsonTest {

    private static final Instant AT = Instant.parse("2026-01-10T10:00:00Z");
    private static final byte[] CV = "%PDF-1.4 cv".getBytes(StandardCharsets.US_ASCII);

    private static PersonalData lea() {
        String cvPath = PersonalDataZip.applicationFile(12, "CV", "mon cv.pdf");
        String photoPath = PersonalDataZip.testimonyFile(5, "../../etc/passwd");
        ApplicationData application = new ApplicationData(12L,
                new CallData("Stages Erasmus+ 2026-2027", "2026-2027", AT, AT), "SUBMITTED", AT, AT, null,
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 30), "es", "B2", "Motivation « accentuée »", true, null,
                null, List.of(new WishData(1, "Casal d'Infants", "ES", null, null, "Le réseau")),
                List.of(new DocumentData("CV", "mon cv.pdf", CV.length, AT, cvPath)),
                List.of(new EventData(AT, "APPLICATION_SUBMITTED", "DRAFT", "SUBMITTED", "lea.vidal@etudiant.faire-ess.fr", null)),
                List.of(new MessageData(AT, "Nadia Benali", "Bonjour")));
        AgreementData agreement = new AgreementData(1, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 30), "Éducatrice",
                35, "Programme", "Compétences", "Suivi", "Évaluation", "B2", false, null, "ECTS", 10, null, null, true,
                true, new SignatureData("Léa Vidal", AT, null), new SignatureData(null, null, null),
                new SignatureData("Pere Casals", AT, "LINK"), AT);
        PlacementData placement = new PlacementData(3L, 12L, new HostData("Casal", "Barcelona", "ES", false), null,
                "Pere Casals", "Marta Puig", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 30), 35, "es", "CONFIRMED",
                null, null, List.of(new ChecklistData("INSURANCE", LocalDate.of(2027, 1, 5))), List.of(agreement),
                new CertificateData(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 4, 28), "t", "o", "e", "Pere Casals", AT),
                List.of(new DocumentData("AGREEMENT_SCAN", "scan.pdf", 10, AT, null)), List.of());
        TestimonyData testimony = new TestimonyData(5L, "AUTHOR", "PHOTO_REPORT", "Barcelone", null, null, "fr", null,
                "DRAFT", AT, null, null, new DocumentData("image/jpeg", "../../etc/passwd", 3, AT, photoPath), List.of(),
                List.of());
        return new PersonalData(AT,
                new AccountData(7L, "lea.vidal@etudiant.faire-ess.fr", "Léa", "Vidal", LocalDate.of(2005, 3, 14), "FR",
                        "FEMALE", List.of("STUDENT"), "PERPIGNAN",
                        "ASS", 2, true, "fr", AT, null),
                List.of(application), List.of(placement),
                List.of(new AttendanceData("Séance 1", LocalDateTime.of(2025, 10, 6, 14, 0), "PERPIGNAN", "PRESENT")),
                List.of(new IncidentData(9L, "Au marché", null, false, "s", null, null, null, null, null, null, "DRAFT",
                        null, null, null, AT, AT)),
                List.of(testimony),
                List.of(new ConsentData(5L, "Barcelone", true, false, false, LocalDate.of(2026, 1, 10),
                        LocalDate.of(2028, 1, 10), AT, null)),
                List.of(new StoredFile(cvPath, CV), new StoredFile(photoPath, new byte[] {1, 2, 3})));
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void theDocumentHasTheDocumentedTopLevelKeysInOrder() {
        JsonObject json = parse(PersonalDataJson.toString(lea()));
        assertThat(json.keySet()).containsExactly("format", "versionFormat", "genereLe", "compte", "candidatures",
                "stages", "moduleInterculturel", "temoignages", "consentements", "fichiers");
        assertThat(json.getString("format")).isEqualTo("mobilite-faire-ess/donnees-personnelles");
        assertThat(json.getInt("versionFormat")).isEqualTo(1);
        assertThat(json.getString("genereLe")).isEqualTo("2026-01-10T11:00:00+01:00");
        assertThat(json.getJsonObject("moduleInterculturel").keySet()).containsExactly("presences", "incidentsCritiques");
    }

    @Test
    void theAccountHasNoPasswordAndEveryKeyEvenWithoutValue() {
        JsonObject account = parse(PersonalDataJson.toString(lea())).getJsonObject("compte");
        assertThat(account.keySet()).containsExactly("id", "email", "prenom", "nom", "dateDeNaissance", "nationalite",
                "genre", "roles", "campus", "formation", "anneeDEtudes", "actif", "langue", "creeLe", "derniereConnexion");
        assertThat(account.getString("dateDeNaissance")).isEqualTo("2005-03-14");
        assertThat(account.getString("nationalite")).isEqualTo("FR");
        assertThat(account.getString("genre")).isEqualTo("FEMALE");
        assertThat(account.get("derniereConnexion")).isEqualTo(JsonValue.NULL);
        assertThat(account.getString("prenom")).isEqualTo("Léa");
        assertThat(PersonalDataJson.toString(lea())).doesNotContainIgnoringCase("password").doesNotContain("hash");
    }

    @Test
    void anApplicationCarriesItsWishesPeriodFlagTimelineMessagesAndFileLinks() {
        JsonObject application = parse(PersonalDataJson.toString(lea())).getJsonArray("candidatures").getJsonObject(0);
        assertThat(application.keySet()).containsExactly("id", "appel", "statut", "creeLe", "soumiseLe", "decideeLe",
                "periodeSouhaitee", "langueDeTravail", "niveauCecrl", "motivation", "moinsDOpportunites",
                "motifDeRetrait", "note", "voeux", "documents", "historique", "messages");
        assertThat(application.getBoolean("moinsDOpportunites")).isTrue();
        assertThat(application.getJsonObject("periodeSouhaitee").getString("debut")).isEqualTo("2027-02-01");
        assertThat(application.getJsonArray("voeux").getJsonObject(0).getString("organisme")).isEqualTo("Casal d'Infants");
        assertThat(application.getJsonArray("documents").getJsonObject(0).getString("fichier"))
                .isEqualTo("candidatures/12/CV-mon cv.pdf");
        assertThat(application.getJsonArray("historique").getJsonObject(0).keySet())
                .containsExactly("le", "action", "de", "vers", "par", "commentaire");
        assertThat(application.getJsonArray("messages").getJsonObject(0).getString("texte")).isEqualTo("Bonjour");
    }

    @Test
    void aPlacementCarriesItsAgreementsWithSignaturesChecklistAndCertificate() {
        JsonObject placement = parse(PersonalDataJson.toString(lea())).getJsonArray("stages").getJsonObject(0);
        assertThat(placement.getJsonObject("organisme").getBoolean("horsEee")).isFalse();
        JsonObject agreement = placement.getJsonArray("conventions").getJsonObject(0);
        assertThat(agreement.getJsonObject("signatures").keySet()).containsExactly("etudiant", "coordination", "tuteur");
        assertThat(agreement.getJsonObject("signatures").getJsonObject("tuteur").getString("mode")).isEqualTo("LINK");
        assertThat(agreement.getJsonObject("signatures").getJsonObject("coordination").get("le")).isEqualTo(JsonValue.NULL);
        assertThat(placement.getJsonArray("checklist").getJsonObject(0).getString("faitLe")).isEqualTo("2027-01-05");
        assertThat(placement.getJsonObject("attestation").getString("finReelle")).isEqualTo("2027-04-28");
        assertThat(placement.getJsonArray("documents").getJsonObject(0).get("fichier")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void theModuleTestimoniesAndOwnConsentsAreThere() {
        JsonObject json = parse(PersonalDataJson.toString(lea()));
        assertThat(json.getJsonObject("moduleInterculturel").getJsonArray("presences").getJsonObject(0).getString("le"))
                .isEqualTo("2025-10-06T14:00:00");
        assertThat(json.getJsonArray("temoignages").getJsonObject(0).getString("role")).isEqualTo("AUTHOR");
        assertThat(json.getJsonArray("consentements").getJsonObject(0).getJsonObject("medias").getBoolean("web")).isTrue();
        assertThat(json.getJsonArray("fichiers").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("candidatures/12/CV-mon cv.pdf", "temoignages/5/_.._etc_passwd");
    }

    @Test
    void theJsonIsIndentedUtf8() {
        String json = PersonalDataJson.toString(lea());
        assertThat(json).contains("\n    \"format\"").contains("Léa").contains("« accentuée »");
    }

    @Test
    void theZipHoldsTheJsonFirstThenTheFilesUnderTheirFolders() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(PersonalDataZip.write(lea())),
                StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries.keySet()).containsExactly("donnees.json", "candidatures/12/CV-mon cv.pdf",
                "temoignages/5/_.._etc_passwd");
        assertThat(entries.get("candidatures/12/CV-mon cv.pdf")).isEqualTo(CV);
        assertThat(parse(new String(entries.get("donnees.json"), StandardCharsets.UTF_8)).getJsonObject("compte")
                .getString("email")).isEqualTo("lea.vidal@etudiant.faire-ess.fr");
    }

    @Test
    void uploadedNamesCannotLeaveTheirFolder() {
        assertThat(PersonalDataZip.fileName("..\\..\\x.pdf")).isEqualTo("_.._x.pdf");
        assertThat(PersonalDataZip.fileName("/abs/olu:te.pdf")).isEqualTo("_abs_olu_te.pdf");
        assertThat(PersonalDataZip.fileName("   ")).isEqualTo("fichier");
        assertThat(PersonalDataZip.fileName(".cache")).isEqualTo("cache");
        assertThat(PersonalDataZip.archiveName(LocalDate.of(2026, 11, 28))).isEqualTo("donnees-personnelles-2026-11-28.zip");
    }
}
