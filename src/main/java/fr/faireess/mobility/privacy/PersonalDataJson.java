package fr.faireess.mobility.privacy;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.privacy.PersonalData.AgreementData;
import fr.faireess.mobility.privacy.PersonalData.ApplicationData;
import fr.faireess.mobility.privacy.PersonalData.DocumentData;
import fr.faireess.mobility.privacy.PersonalData.EventData;
import fr.faireess.mobility.privacy.PersonalData.MessageData;
import fr.faireess.mobility.privacy.PersonalData.PlacementData;
import fr.faireess.mobility.privacy.PersonalData.SignatureData;
import fr.faireess.mobility.privacy.PersonalData.TestimonyData;

/**
 * Writes {@code donnees.json}: UTF-8, indented, French keys (the README documents each one). The
 * shape is stable: every key is always written, {@code null} when there is no value, lists empty when
 * there is nothing; codes (statuses, types) are the application's own, in capitals. Times are ISO-8601
 * with the Paris offset, days ISO dates. {@link #FORMAT} and {@link #VERSION} name the shape; a change
 * that removes or renames a key raises the version.
 */
public final class PersonalDataJson {

    public static final String FORMAT = "mobilite-faire-ess/donnees-personnelles";
    public static final int VERSION = 1;

    private static final JsonGeneratorFactory FACTORY =
            Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private PersonalDataJson() {
    }

    public static void write(PersonalData data, OutputStream out) {
        // The generator closes the writer it was given; the caller's stream (a ZIP entry) must stay open.
        Writer writer = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
        try (JsonGenerator json = FACTORY.createGenerator(writer)) {
            new Writing(json).document(data);
        }
    }

    public static String toString(PersonalData data) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        write(data, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** One document being written: the generator and the small helpers that keep keys always present. */
    private record Writing(JsonGenerator json) {

        void document(PersonalData data) {
            json.writeStartObject();
            text("format", FORMAT);
            json.write("versionFormat", VERSION);
            time("genereLe", data.generatedAt());
            account(data.account());
            list("candidatures", data.applications(), this::application);
            list("stages", data.placements(), this::placement);
            json.writeStartObject("moduleInterculturel");
            list("presences", data.attendance(), a -> {
                json.writeStartObject();
                text("seance", a.session());
                localTime("le", a.startsAt());
                text("campus", a.campus());
                text("statut", a.status());
                json.writeEnd();
            });
            list("incidentsCritiques", data.incidents(), i -> {
                json.writeStartObject();
                number("id", i.id());
                text("titre", i.title());
                day("survenuLe", i.occurredOn());
                json.write("pendantLeStage", i.duringPlacement());
                text("situation", i.situation());
                text("personnesImpliquees", i.peopleInvolved());
                text("reaction", i.reaction());
                text("monCadreDeReference", i.ownFrame());
                text("cadreDeReferenceDeLAutre", i.otherFrame());
                text("negociation", i.negotiation());
                text("apprentissage", i.learning());
                text("statut", i.status());
                text("commentaireFormateur", i.trainerComment());
                time("soumisLe", i.submittedAt());
                time("reluLe", i.reviewedAt());
                time("creeLe", i.createdAt());
                time("modifieLe", i.updatedAt());
                json.writeEnd();
            });
            json.writeEnd();
            list("temoignages", data.testimonies(), this::testimony);
            list("consentements", data.consents(), c -> {
                json.writeStartObject();
                number("temoignage", c.testimonyId());
                text("titreDuTemoignage", c.testimonyTitle());
                json.writeStartObject("medias");
                json.write("web", c.web());
                json.write("imprime", c.print());
                json.write("evenement", c.event());
                json.writeEnd();
                day("donneLe", c.givenOn());
                day("valableJusquAu", c.validUntil());
                time("enregistreLe", c.recordedAt());
                time("retireLe", c.withdrawnAt());
                json.writeEnd();
            });
            json.writeStartArray("fichiers");
            data.files().forEach(f -> json.write(f.path()));
            json.writeEnd();
            json.writeEnd();
        }

        void account(PersonalData.AccountData a) {
            json.writeStartObject("compte");
            number("id", a.id());
            text("email", a.email());
            text("prenom", a.firstName());
            text("nom", a.lastName());
            day("dateDeNaissance", a.birthDate());
            text("nationalite", a.nationality());
            text("genre", a.gender());
            json.writeStartArray("roles");
            a.roles().forEach(json::write);
            json.writeEnd();
            text("campus", a.campus());
            text("formation", a.programme());
            number("anneeDEtudes", a.studyYear() == null ? null : a.studyYear().longValue());
            json.write("actif", a.enabled());
            text("langue", a.preferredLanguage());
            time("creeLe", a.createdAt());
            time("derniereConnexion", a.lastLoginAt());
            json.writeEnd();
        }

        void application(ApplicationData a) {
            json.writeStartObject();
            number("id", a.id());
            json.writeStartObject("appel");
            text("titre", a.call().title());
            text("anneeUniversitaire", a.call().academicYear());
            time("ouverture", a.call().opensAt());
            time("cloture", a.call().closesAt());
            json.writeEnd();
            text("statut", a.status());
            time("creeLe", a.createdAt());
            time("soumiseLe", a.submittedAt());
            time("decideeLe", a.decidedAt());
            period("periodeSouhaitee", a.startOn(), a.endOn());
            text("langueDeTravail", a.workingLanguage());
            text("niveauCecrl", a.cefrLevel());
            text("motivation", a.motivation());
            json.write("moinsDOpportunites", a.fewerOpportunities());
            text("motifDeRetrait", a.withdrawalReason());
            number("note", a.score() == null ? null : a.score().longValue());
            list("voeux", a.wishes(), w -> {
                json.writeStartObject();
                json.write("rang", w.rank());
                text("organisme", w.host());
                text("pays", w.country());
                text("ville", w.city());
                text("typeDeStructure", w.hostType());
                text("raison", w.reason());
                json.writeEnd();
            });
            list("documents", a.documents(), this::document);
            list("historique", a.timeline(), this::event);
            list("messages", a.comments(), this::message);
            json.writeEnd();
        }

        void placement(PlacementData p) {
            json.writeStartObject();
            number("id", p.id());
            number("candidature", p.applicationId());
            json.writeStartObject("organisme");
            text("nom", p.host().name());
            text("ville", p.host().city());
            text("pays", p.host().country());
            json.write("horsEee", p.host().outsideEea());
            json.writeEnd();
            text("service", p.department());
            text("tuteur", p.mentor());
            text("referent", p.referent());
            period("periodePrevue", p.plannedStart(), p.plannedEnd());
            json.write("heuresParSemaine", p.hoursPerWeek());
            text("langueDeTravail", p.workingLanguage());
            text("etat", p.state());
            text("motifArret", p.stopReason());
            day("arreteLe", p.stoppedOn());
            list("checklist", p.checklist(), c -> {
                json.writeStartObject();
                text("element", c.item());
                day("faitLe", c.doneOn());
                json.writeEnd();
            });
            list("conventions", p.agreements(), this::agreement);
            if (p.certificate() == null) {
                json.writeNull("attestation");
            } else {
                json.writeStartObject("attestation");
                day("debutReel", p.certificate().actualStart());
                day("finReelle", p.certificate().actualEnd());
                text("taches", p.certificate().tasks());
                text("acquis", p.certificate().outcomes());
                text("evaluation", p.certificate().evaluation());
                text("par", p.certificate().by());
                time("le", p.certificate().at());
                json.writeEnd();
            }
            list("documents", p.documents(), this::document);
            list("historique", p.timeline(), this::event);
            json.writeEnd();
        }

        void agreement(AgreementData a) {
            json.writeStartObject();
            json.write("version", a.number());
            period("periode", a.plannedStart(), a.plannedEnd());
            text("intitule", a.title());
            json.write("heuresParSemaine", a.hoursPerWeek());
            text("programmeDetaille", a.programme());
            text("competences", a.skills());
            text("planDeSuivi", a.monitoringPlan());
            text("planDEvaluation", a.evaluationPlan());
            text("niveauDeLangue", a.languageLevel());
            json.write("competencesNumeriques", a.digitalSkills());
            text("motifDuChangement", a.changeReason());
            text("reconnaissance", a.recognition());
            number("creditsEcts", a.ectsCredits() == null ? null : a.ectsCredits().longValue());
            text("soutienFinancier", a.financialSupport());
            text("soutienEnNature", a.inKindSupport());
            json.write("assuranceAccident", a.accidentInsurance());
            json.write("assuranceResponsabiliteCivile", a.liabilityInsurance());
            json.writeStartObject("signatures");
            signature("etudiant", a.student());
            signature("coordination", a.coordinator());
            signature("tuteur", a.mentor());
            json.writeEnd();
            time("creeLe", a.createdAt());
            json.writeEnd();
        }

        void signature(String key, SignatureData s) {
            json.writeStartObject(key);
            text("par", s.by());
            time("le", s.at());
            text("mode", s.mode());
            json.writeEnd();
        }

        void testimony(TestimonyData t) {
            json.writeStartObject();
            number("id", t.id());
            text("role", t.role());
            text("type", t.type());
            text("titre", t.title());
            text("resume", t.summary());
            text("texte", t.body());
            text("langue", t.language());
            text("lien", t.link());
            text("statut", t.status());
            time("creeLe", t.createdAt());
            time("soumisLe", t.submittedAt());
            time("publieLe", t.publishedAt());
            if (t.file() == null) {
                json.writeNull("fichier");
            } else {
                json.writeKey("fichier");
                document(t.file());
            }
            list("commentaires", t.comments(), this::message);
            list("historique", t.timeline(), this::event);
            json.writeEnd();
        }

        void document(DocumentData d) {
            json.writeStartObject();
            text("type", d.kind());
            text("nomFichier", d.fileName());
            json.write("tailleOctets", d.sizeBytes());
            time("deposeLe", d.uploadedAt());
            text("fichier", d.path());
            json.writeEnd();
        }

        void event(EventData e) {
            json.writeStartObject();
            time("le", e.at());
            text("action", e.action());
            text("de", e.from());
            text("vers", e.to());
            text("par", e.by());
            text("commentaire", e.comment());
            json.writeEnd();
        }

        void message(MessageData m) {
            json.writeStartObject();
            time("le", m.at());
            text("auteur", m.author());
            text("texte", m.text());
            json.writeEnd();
        }

        void period(String key, LocalDate start, LocalDate end) {
            json.writeStartObject(key);
            day("debut", start);
            day("fin", end);
            json.writeEnd();
        }

        <T> void list(String key, List<T> items, Consumer<T> item) {
            json.writeStartArray(key);
            items.forEach(item);
            json.writeEnd();
        }

        void text(String key, String value) {
            if (value == null) {
                json.writeNull(key);
            } else {
                json.write(key, value);
            }
        }

        void number(String key, Long value) {
            if (value == null) {
                json.writeNull(key);
            } else {
                json.write(key, value);
            }
        }

        void time(String key, Instant value) {
            text(key, value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME
                    .format(value.truncatedTo(ChronoUnit.SECONDS).atZone(SchoolTime.ZONE).toOffsetDateTime()));
        }

        void localTime(String key, LocalDateTime value) {
            text(key, value == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value.truncatedTo(ChronoUnit.SECONDS)));
        }

        void day(String key, LocalDate value) {
            text(key, value == null ? null : value.toString());
        }
    }

    /** Hands writes through but not the close. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
