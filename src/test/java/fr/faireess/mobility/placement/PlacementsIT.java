package fr.faireess.mobility.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import fr.faireess.mobility.application.ApplicationReview;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.grant.GrantFactsForm;
import fr.faireess.mobility.host.HostContact;
import fr.faireess.mobility.reporting.BmField;
import fr.faireess.mobility.reporting.BmRow;
import fr.faireess.mobility.reporting.ReportingService;
import fr.faireess.mobility.reporting.ReportingService.Report;
import fr.faireess.mobility.host.HostDirectory;
import fr.faireess.mobility.host.HostForm;
import fr.faireess.mobility.host.HostLanguage;
import fr.faireess.mobility.host.HostOrganisation;
import fr.faireess.mobility.host.HostSize;
import fr.faireess.mobility.host.HostType;
import fr.faireess.mobility.host.LegalStatus;
import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.identity.Gender;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.mail.MailService;
import fr.faireess.mobility.platform.mail.OutboxCriteria;
import fr.faireess.mobility.reference.ErasmusDuration;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.Fixture;
import fr.faireess.mobility.platform.security.SecretToken;
import fr.faireess.mobility.support.TestLanes;

/**
 * Placements and the Learning Agreement on the real server and database: mentor links (once, then
 * never again; forged and expired ones refused), frozen signed versions, amendments signed again by
 * all three, students kept to their own placement, and bad input that changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class PlacementsIT {


    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private MailService mail;
    @Inject private PlacementService placements;
    @Inject private PlacementCreation placementCreation;
    @Inject private PlacementLifecycle placementLifecycle;
    @Inject private PlacementSteps placementSteps;
    @Inject private AgreementService agreements;
    @Inject private MentorLinks mentorLinks;
    @Inject private ApplicationReview applicationReview;
    @Inject private AccountService accounts;
    @Inject private HostDirectory hosts;
    @Inject private AuditLog audit;
    @Inject private Fixture fixture;
    @Inject private Clock clock;
    @Inject private fr.faireess.mobility.grant.GrantService grants;
    @Inject private fr.faireess.mobility.budget.PaymentService payments;
    @Inject private ReportingService reporting;

    /** Nadia as the actor of set-up calls: the services check the actor's roles in the database. */

    @Resource(lookup = "java:app/jdbc/mobility")
    private DataSource dataSource;

    // ---------------------------------------------------------------- fixtures

    /** Nadia Benali (Perpignan), who sees both campuses in the demo (db/demo/V11). */
    private Account coordinator() {
        return accounts.findByEmail(DemoAccounts.COORDINATOR_PERPIGNAN).orElseThrow();
    }

    /** Julien Roux, who sees Montpellier's files only. */
    private Account montpellierCoordinator() {
        return accounts.findByEmail(DemoAccounts.COORDINATOR_MONTPELLIER).orElseThrow();
    }

    private Account trainer() {
        return accounts.findByEmail(DemoAccounts.TRAINER_PERPIGNAN).orElseThrow();
    }

    private Account otherTrainer() {
        return accounts.findByEmail(DemoAccounts.TRAINER_MONTPELLIER).orElseThrow();
    }

    private Account student() {
        return student("PERPIGNAN");
    }

    /** Alex Stage, ES year 2, with the participant data signing needs: the PDFs are looked for their name. */
    private Account student(String campus) {
        return accounts.saveParticipantData(fixture.student(campus, "ES", 2, "Stage"), fixture.today().minusYears(20),
                "FR", Gender.FEMALE);
    }

    /** {@code student}'s file to a call of their own, submitted and selected by Nadia. */
    private MobilityApplication selected(Account student) {
        MobilityApplication submitted = fixture.submitted(fixture.openCall("Appel stages", 5), student);
        return applicationReview.select(submitted.getId(), coordinator(), null, fixture.versionOf(submitted.getId()));
    }

    /**
     * A day of the stays these tests plan, written as a spring-2027 stay seen from late 2026 and moved
     * by whole years to the first such spring after the application's today. A whole-year move keeps
     * every day count the tests assert: the EU counts 30-day months from the years, months and days of
     * the month (ErasmusDuration), which it does not change (no 29 February is written).
     */
    private LocalDate day(String asWritten) {
        LocalDate firstStart = LocalDate.of(2027, 2, 1);
        int years = 0;
        while (!firstStart.plusYears(years).isAfter(fixture.today())) {
            years++;
        }
        return LocalDate.parse(asWritten).plusYears(years);
    }

    private HostContact mentor() {
        return mentor("ES", "Girona");
    }

    private HostContact mentor(String countryCode, String city) {
        return mentor(countryCode, city, "es");
    }

    /** A new host in {@code city} with one mentor, Pere Casals, written to in {@code language}. */
    private HostContact mentor(String countryCode, String city, String language) {
        HostForm form = new HostForm();
        form.setName("Fundació Acollida " + Fixture.unique());
        form.setType(HostType.CHILD_PROTECTION);
        form.setLegalStatus(LegalStatus.NON_PROFIT);
        form.setSize(HostSize.SMALL);
        form.setCity(city);
        form.setCountryCode(countryCode);
        HostForm.ContactForm contact = form.addContact();
        contact.setFullName("Pere Casals");
        contact.setEmail("tuteur." + Fixture.unique() + "@example.org");
        contact.setMentor(true);
        contact.setLanguage(language);
        HostOrganisation host = hosts.create(form, coordinator());
        return hosts.findForStaff(host.getId(), coordinator()).orElseThrow().getContacts().get(0);
    }

    private PlacementForm placementForm(MobilityApplication application, HostContact mentor, String start, String end) {
        PlacementForm form = new PlacementForm();
        form.setApplicationId(application.getId());
        form.setHostId(mentor.getHost().getId());
        form.setMentorId(mentor.getId());
        form.setReferentId(trainer().getId());
        form.setDepartment("Service d'accueil éducatif");
        form.setPlannedStart(day(start));
        form.setPlannedEnd(day(end));
        form.setHoursPerWeek(35);
        form.setWorkingLanguage("es");
        return form;
    }

    private Placement placement(Account student, String start, String end) {
        return placementCreation.create(placementForm(selected(student), mentor(), start, end), coordinator());
    }

    private Placement reloaded(Placement placement) {
        return placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow();
    }

    /** The current version filled in enough to be signed. */
    private LearningAgreement filled(Placement placement) {
        LearningAgreement current = agreements.current(placement);
        AgreementForm form = current.toForm();
        form.setTitle("Éducateur stagiaire en foyer");
        form.setProgramme("Accompagnement éducatif d'adolescents.");
        form.setRecognition(Recognition.EMBEDDED);
        form.setEctsCredits(20);
        form.setLanguageLevel("B2");
        if (current.isAmendment()) {
            form.setChangeReason("Prolongation demandée par la structure.");
            form.setPlannedEnd(form.getPlannedEnd().plusMonths(1));
        }
        return agreements.save(current.getId(), form, coordinator());
    }

    private LearningAgreement signedByAll(Placement placement, Account student) {
        LearningAgreement agreement = filled(placement);
        agreements.signAsStudent(agreement.getId(), student);
        agreements.signAsCoordinator(agreement.getId(), coordinator());
        String token = agreements.sendSigningLink(agreement.getId(), coordinator());
        return agreements.signWithLink(token, "Pere Casals");
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    private void expire(String token) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE placement_link SET expires_at = ? WHERE token_hash = ?")) {
            update.setTimestamp(1, Timestamp.from(clock.instant().minus(1, ChronoUnit.DAYS)));
            update.setString(2, SecretToken.hash(token));
            assertEquals(1, update.executeUpdate());
        }
    }

    // ---------------------------------------------------------------- mentor links

    @Test
    void pagesPastTheMiddleReadFromTheEndAreTheListsOwnPages() {
        Account nadia = coordinator();
        long total = placements.count(PlacementCriteria.ALL, nadia);
        List<Long> whole = placements.page(PlacementCriteria.ALL, 0, 10_000, nadia).stream().map(Placement::getId).toList();
        assertEquals(total, whole.size());
        assertTrue(total >= 4, "the demo's placements (and those of earlier tests) make several pages");
        for (int size : new int[] {2, 3}) {
            List<Long> pages = new java.util.ArrayList<>();
            for (int first = 0; first < total; first += size) {
                placements.page(PlacementCriteria.ALL, first, size, total, nadia).forEach(p -> pages.add(p.getId()));
            }
            assertEquals(whole, pages, "pages of " + size + ", the later ones read from the end");
        }
    }

    @Test
    void aMentorLinkSignsOnceThenNeverAgainAndForgedOrExpiredLinksAreRefused() throws Exception {
        Account student = student();
        Placement placement = placement(student, "2027-02-01", "2027-04-30");
        LearningAgreement agreement = filled(placement);

        BusinessException forged = assertThrows(BusinessException.class,
                () -> agreements.signWithLink("forged-" + Fixture.unique(), "Intrus"));
        assertEquals("agreement.link.invalid", forged.messageKey());

        String expired = agreements.sendSigningLink(agreement.getId(), coordinator());
        expire(expired);
        assertTrue(agreements.openLink(expired, LinkPurpose.SIGN_AGREEMENT).isEmpty());
        assertEquals("agreement.link.invalid",
                assertThrows(BusinessException.class, () -> agreements.signWithLink(expired, "Pere Casals")).messageKey());
        assertNull(agreements.current(placement).getMentorSignedAt(), "an expired link signs nothing");

        String token = agreements.sendSigningLink(agreement.getId(), coordinator());
        assertTrue(agreements.openLink(token, LinkPurpose.SIGN_AGREEMENT).isPresent());
        assertTrue(agreements.openLink(token, LinkPurpose.CERTIFICATE).isEmpty(), "a signing link is not a certificate link");
        LearningAgreement signed = agreements.signWithLink(token, "Pere Casals");
        assertEquals("Pere Casals", signed.getMentorSignedBy());
        assertEquals(LearningAgreement.MentorMode.LINK, signed.getMentorMode());
        assertNotNull(signed.getMentorSignedAt());

        assertTrue(agreements.openLink(token, LinkPurpose.SIGN_AGREEMENT).isEmpty(), "used once");
        assertEquals("agreement.link.invalid",
                assertThrows(BusinessException.class, () -> agreements.signWithLink(token, "Pere Casals")).messageKey());
    }

    @Test
    void aGermanSpeakingMentorIsWrittenToInGermanAndReadsThePdfThroughTheLinkUntilSigning() {
        Account student = student();
        HostContact mentor = mentor("DE", "Berlin", "de");
        assertEquals(HostLanguage.DE, mentor.getLanguage());
        Placement placement = placementCreation.create(placementForm(selected(student), mentor, "2027-02-01", "2027-04-30"), coordinator());
        LearningAgreement agreement = filled(placement);

        String token = agreements.sendSigningLink(agreement.getId(), coordinator());
        var sent = mail.search(new OutboxCriteria(null, mentor.getEmail()), 0, 10);
        assertEquals(1, sent.size());
        assertEquals("Learning Agreement von " + student.getFullName() + " zur Unterzeichnung (Fassung 1)", sent.get(0).getSubject());
        assertTrue(sent.get(0).getBody().startsWith("Guten Tag Pere Casals,\n\ndas IRTS bittet Sie"), sent.get(0).getBody());
        assertTrue(sent.get(0).getBody().endsWith("Das Team für internationale Mobilität von FAIRE-ESS\n"), sent.get(0).getBody());
        assertEquals(Optional.of(HostLanguage.DE), mentorLinks.language(token));
        assertTrue(mentorLinks.language("forged-" + Fixture.unique()).isEmpty());

        PlacementFile pdf = mentorLinks.agreementPdf(token).orElseThrow();
        assertTrue(new String(pdf.content(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        assertTrue(audit.history(PlacementService.AUDIT_SUBJECT, placement.getId()).stream()
                .anyMatch(e -> "DOCUMENT_READ".equals(e.getAction()) && mentor.getEmail().equals(e.getActorEmail())),
                "the mentor's read is traced like a staff read");
        assertTrue(mentorLinks.agreementPdf("forged-" + Fixture.unique()).isEmpty());

        agreements.signAsStudent(agreement.getId(), student);
        agreements.signWithLink(token, "Pere Casals");
        assertTrue(mentorLinks.agreementPdf(token).isEmpty(), "a spent link opens nothing");
        assertEquals(Optional.of(HostLanguage.DE), mentorLinks.language(token), "the thanks after signing stay in German");
    }

    // ---------------------------------------------------------------- freezing, amendments

    @Test
    void aSignedVersionCannotBeChangedAndAnAmendmentNeedsAllThreeSignaturesAgain() {
        Account student = student();
        Placement placement = placement(student, "2027-02-01", "2027-04-30");
        LearningAgreement v1 = filled(placement);
        agreements.signAsStudent(v1.getId(), student);

        AgreementForm change = agreements.current(placement).toForm();
        change.setTitle("Titre changé après signature");
        BusinessException frozen = assertThrows(BusinessException.class, () -> agreements.save(v1.getId(), change, coordinator()));
        assertEquals("agreement.frozen", frozen.messageKey());
        assertEquals("Éducateur stagiaire en foyer", agreements.current(placement).getTitle());
        assertEquals("agreement.sign.already",
                assertThrows(BusinessException.class, () -> agreements.signAsStudent(v1.getId(), student)).messageKey());
        assertEquals("agreement.amend.currentNotSigned",
                assertThrows(BusinessException.class, () -> agreements.amend(placement.getId(), coordinator())).messageKey());
        assertEquals("placement.confirm.agreementNotSigned", assertThrows(BusinessException.class,
                () -> placementLifecycle.move(placement.getId(), PlacementState.CONFIRMED, null, null,
                        placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow().getVersion(), coordinator()))
                .messageKey());

        agreements.signAsCoordinator(v1.getId(), coordinator());
        String token = agreements.sendSigningLink(v1.getId(), coordinator());
        assertTrue(agreements.signWithLink(token, "Pere Casals").isSignedByAll());
        Placement confirmed = placementLifecycle.move(placement.getId(), PlacementState.CONFIRMED, null, null,
                placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow().getVersion(), coordinator());
        assertEquals(PlacementState.CONFIRMED, confirmed.getState());
        assertTrue(mail.search(new OutboxCriteria(null, student.getEmail()), 0, 50).stream()
                        .anyMatch(m -> m.getSubject().equals("Votre stage chez " + confirmed.getHost().getName() + " est confirmé")
                                && m.getBody().startsWith("Bonjour " + student.getFirstName() + ",")),
                "the student is told, in French");

        LearningAgreement v2 = agreements.amend(placement.getId(), coordinator());
        assertEquals(2, v2.getNumber());
        assertFalse(v2.isFrozen());
        LearningAgreement saved = filled(placement);
        assertEquals(day("2027-05-30"), saved.getPlannedEnd());
        assertEquals("agreement.notCurrent",
                assertThrows(BusinessException.class, () -> agreements.signAsCoordinator(v1.getId(), coordinator())).messageKey());

        agreements.signAsStudent(v2.getId(), student);
        agreements.signAsCoordinator(v2.getId(), coordinator());
        assertFalse(agreements.current(placement).isSignedByAll(), "the mentor must sign the amendment too");
        assertFalse(placements.checklist(placements.findVisibleTo(placement.getId(), student).orElseThrow()).get(0).done());
        agreements.recordMentorScan(v2.getId(), new Scan("avenant.pdf", pdf()), "Pere Casals", fixture.today(), coordinator());
        assertTrue(agreements.current(placement).isSignedByAll());

        List<LearningAgreement> versions = agreements.versions(placement);
        assertEquals(List.of(2, 1), versions.stream().map(LearningAgreement::getNumber).toList(), "every version stays");
        assertEquals(day("2027-04-30"), versions.get(1).getPlannedEnd(), "version 1 unchanged");
        assertTrue(versions.get(1).isSignedByAll());
        assertEquals(day("2027-05-30"), placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow().getPlannedEnd());
    }

    @Test
    void aCancellationIsExplainedByMailToTheStudentAndTheReferent() {
        Account student = student();
        Placement placement = placement(student, "2027-02-01", "2027-04-30");
        assertTrue(mail.search(new OutboxCriteria(null, student.getEmail()), 0, 50).stream()
                        .anyMatch(m -> m.getSubject().equals("Votre stage chez " + placement.getHost().getName() + " est enregistré")),
                "the student is told of the new placement");
        long version = reloaded(placement).getVersion();
        LocalDate today = fixture.today();
        placementLifecycle.move(placement.getId(), PlacementState.CANCELLED, "La structure ferme son service d'accueil.",
                today, version, coordinator());
        assertEquals(PlacementState.CANCELLED, reloaded(placement).getState());

        String host = placement.getHost().getName();
        assertTrue(mail.search(new OutboxCriteria(null, student.getEmail()), 0, 50).stream()
                        .anyMatch(m -> m.getSubject().equals("Votre stage chez " + host + " est annulé")
                                && m.getBody().contains("La structure ferme son service d'accueil.")
                                && m.getBody().contains(today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))),
                "the student is told why and when");
        assertTrue(mail.search(new OutboxCriteria(null, trainer().getEmail()), 0, 200).stream()
                        .anyMatch(m -> m.getSubject().equals("Stage annulé — " + student.getFullName() + " chez " + host)
                                && m.getBody().contains("La structure ferme son service d'accueil.")),
                "so is the academic referent");
    }

    @Test
    void aNonPdfScanIsRefusedAndSignsNothing() {
        Account student = student();
        Placement placement = placement(student, "2027-02-01", "2027-04-30");
        LearningAgreement agreement = filled(placement);
        BusinessException e = assertThrows(BusinessException.class, () -> agreements.recordMentorScan(agreement.getId(),
                new Scan("photo.pdf", "GIF89a not a pdf".getBytes(StandardCharsets.ISO_8859_1)), "Pere Casals",
                fixture.today(), coordinator()));
        assertEquals("application.document.notPdf", e.messageKey());
        assertEquals("scan", e.field().orElseThrow());
        assertNull(agreements.current(placement).getMentorSignedAt());
        assertTrue(agreements.documents(placement).isEmpty());
    }

    // ---------------------------------------------------------------- participant data

    @Test
    void aStudentSignsOnlyOnceTheirParticipantDataAreGivenAndThePdfPrintsThemAsWords() throws Exception {
        Account student = fixture.student("PERPIGNAN", "ES", 2, "Stage");
        Placement placement = placement(student, "2027-02-01", "2027-04-30");
        LearningAgreement agreement = filled(placement);

        BusinessException refused = assertThrows(BusinessException.class,
                () -> agreements.signAsStudent(agreement.getId(), student));
        assertEquals("agreement.sign.participantMissing", refused.messageKey());
        assertNull(agreements.current(placement).getStudentSignedAt());

        assertEquals("participant.birthDate.invalid", assertThrows(BusinessException.class,
                () -> accounts.saveParticipantData(student, fixture.today().plusDays(1), "FR", Gender.MALE)).messageKey());
        assertEquals("participant.nationality.unknown", assertThrows(BusinessException.class,
                () -> accounts.saveParticipantData(student, fixture.today().minusYears(20), "XX", Gender.MALE)).messageKey());
        assertThrows(AccessDeniedException.class,
                () -> accounts.saveParticipantData(coordinator(), fixture.today().minusYears(40), "FR", Gender.MALE));
        LocalDate born = fixture.today().minusYears(20).minusDays(3);
        Account completed = accounts.saveParticipantData(student, born, "es", Gender.UNDEFINED);
        assertEquals("ES", completed.getNationality().getCode());
        agreements.signAsStudent(agreement.getId(), completed);
        assertNotNull(agreements.current(placement).getStudentSignedAt());

        String text = pdfText(agreements.agreementPdf(agreement.getId(), student).orElseThrow().content());
        assertTrue(text.contains(born.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))), text);
        // French, then the Spanish-speaking mentor's language.
        assertTrue(text.contains("Espagne / España"), text);
        assertTrue(text.contains("Non défini / No definido"), text);
        assertFalse(text.contains("null"), text);
    }

    static String pdfText(byte[] pdf) throws java.io.IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- access

    @Test
    void aStudentCannotReachAnotherStudentsPlacementAgreementOrPdf() throws Exception {
        Account owner = student();
        Account other = student();
        Placement placement = placement(owner, "2027-02-01", "2027-04-30");
        LearningAgreement agreement = filled(placement);

        assertTrue(placements.findVisibleTo(placement.getId(), other).isEmpty());
        assertTrue(placements.ofStudent(other).isEmpty());
        assertTrue(agreements.findVisibleTo(agreement.getId(), other).isEmpty());
        assertTrue(agreements.agreementPdf(agreement.getId(), other).isEmpty());
        assertTrue(agreements.conventionPdf(placement.getId(), other).isEmpty());
        assertThrows(NotFoundException.class, () -> agreements.signAsStudent(agreement.getId(), other));
        assertThrows(BusinessException.class, () -> placementSteps.tick(placement.getId(), ChecklistItem.INSURANCE, true, other));
        assertNull(agreements.current(placement).getStudentSignedAt());

        assertTrue(placements.findVisibleTo(placement.getId(), trainer()).isPresent(), "the academic referent sees it");
        byte[] pdf = agreements.agreementPdf(agreement.getId(), owner).orElseThrow().content();
        String text = pdfText(pdf);
        assertTrue(text.contains("Alex") && text.contains("Stage"), text);
        assertTrue(text.contains("Éducateur stagiaire en foyer"), text);
    }

    // ---------------------------------------------------------------- campus scope

    @Test
    void aCoordinatorOfAnotherCampusNeitherSeesNorOpensNorDownloadsNorActsOnAPlacement() {
        Account student = student("PERPIGNAN");
        Placement placement = placement(student, "2027-02-01", "2027-04-30");
        LearningAgreement agreement = filled(placement);
        agreements.recordMentorScan(agreement.getId(), new Scan("accord-signe.pdf", pdf()), "Pere Casals", fixture.today(),
                coordinator());
        long scan = agreements.documents(placement).get(0).getId();
        MobilityApplication waiting = selected(student("PERPIGNAN"));
        long id = placement.getId();
        long version = reloaded(placement).getVersion();
        long agreementVersion = agreements.current(placement).getVersion();
        long hostId = placement.getHost().getId();
        Account julien = montpellierCoordinator();

        // Lists, calendar, filters and choices: nothing of it.
        assertTrue(placements.page(PlacementCriteria.ALL, 0, 10_000, julien).stream().noneMatch(p -> p.getId().equals(id)));
        assertEquals(0, placements.count(new PlacementCriteria(null, null, hostId, null, null, null), julien));
        assertEquals(0, placements.count(new PlacementCriteria(null, null, null, null, null, "PERPIGNAN"), julien),
                "asking for the other campus does not widen the list");
        assertTrue(placements.calendar(java.time.YearMonth.from(day("2027-01-01")), 6, julien).stream()
                .flatMap(m -> java.util.stream.Stream.concat(m.departures().stream(), m.returns().stream()))
                .noneMatch(p -> p.getId().equals(id)));
        assertTrue(placements.hostsWithPlacements(julien).stream().noneMatch(h -> h.getId().equals(hostId)));
        assertTrue(placementCreation.selectedWithoutPlacement(julien).stream().noneMatch(a -> a.getId().equals(waiting.getId())));
        assertTrue(placementCreation.selectedApplication(waiting.getId(), julien).isEmpty());
        assertEquals("placement.application.notSelected", assertThrows(BusinessException.class,
                () -> placementCreation.create(placementForm(waiting, mentor(), "2027-09-01", "2027-11-30"), julien)).messageKey());

        // The placement, its agreement and its PDFs: as if they did not exist.
        assertTrue(placements.findVisibleTo(id, julien).isEmpty());
        assertTrue(agreements.findVisibleTo(agreement.getId(), julien).isEmpty());
        assertTrue(agreements.agreementPdf(agreement.getId(), julien).isEmpty());
        assertTrue(agreements.conventionPdf(id, julien).isEmpty());
        assertTrue(agreements.scanFile(scan, julien).isEmpty());

        // Every coordinator action: not found, nothing written.
        PlacementForm correction = placementCreation.revisionForm(id, coordinator());
        AgreementForm change = agreement.toForm();
        change.setTitle("Titre changé par un autre campus");
        assertThrows(NotFoundException.class, () -> placementCreation.revisionForm(id, julien));
        assertThrows(NotFoundException.class, () -> placementCreation.revise(id, correction, julien));
        assertThrows(NotFoundException.class, () -> placementLifecycle.move(id, PlacementState.CANCELLED, "Annulé", fixture.today(),
                version, julien));
        assertThrows(NotFoundException.class, () -> placementSteps.tick(id, ChecklistItem.CONVENTION, true, julien));
        assertThrows(NotFoundException.class, () -> placementSteps.recordCertificate(id, new CertificateForm(), null, julien));
        assertThrows(NotFoundException.class, () -> agreements.save(agreement.getId(), change, julien));
        assertThrows(NotFoundException.class, () -> agreements.signAsCoordinator(agreement.getId(), julien));
        assertThrows(NotFoundException.class, () -> agreements.sendSigningLink(agreement.getId(), julien));
        assertThrows(NotFoundException.class, () -> agreements.recordMentorScan(agreement.getId(),
                new Scan("autre.pdf", pdf()), "Quelqu'un", fixture.today(), julien));
        assertThrows(NotFoundException.class, () -> agreements.amend(id, julien));
        assertThrows(NotFoundException.class, () -> agreements.sendCertificateLink(id, julien));
        assertThrows(NotFoundException.class, () -> grants.saveFacts(id, new fr.faireess.mobility.grant.GrantFactsForm(), julien));
        assertThrows(NotFoundException.class,
                () -> payments.record(id, new fr.faireess.mobility.budget.PaymentForm(), julien));
        Placement after = reloaded(placement);
        assertEquals(version, after.getVersion(), "the placement did not change");
        assertEquals(PlacementState.PROPOSED, after.getState());
        assertNull(after.ticked(ChecklistItem.CONVENTION));
        assertEquals(agreementVersion, agreements.current(placement).getVersion(), "the agreement did not change");
        assertNull(agreements.current(placement).getCoordinatorSignedAt());
        assertEquals(1, agreements.documents(placement).size());
        assertTrue(audit.history(PlacementService.AUDIT_SUBJECT, id).stream()
                .noneMatch(e -> DemoAccounts.COORDINATOR_MONTPELLIER.equals(e.getActorEmail())), "no trace of Julien");

        // Nadia sees both campuses: she lists, opens and downloads it.
        assertTrue(placements.page(new PlacementCriteria(null, null, hostId, null, null, null), 0, 10, coordinator()).stream()
                .anyMatch(p -> p.getId().equals(id)));
        assertTrue(placements.findVisibleTo(id, coordinator()).isPresent());
        assertTrue(agreements.scanFile(scan, coordinator()).isPresent());

        // Julien does all this for his own campus's students.
        MobilityApplication montpellier = selected(student("MONTPELLIER"));
        assertTrue(placementCreation.selectedWithoutPlacement(julien).stream().anyMatch(a -> a.getId().equals(montpellier.getId())));
        Placement own = placementCreation.create(placementForm(montpellier, mentor(), "2027-02-01", "2027-04-30"), julien);
        assertTrue(placements.findVisibleTo(own.getId(), julien).isPresent());
        assertTrue(agreements.conventionPdf(own.getId(), julien).isPresent());
        assertEquals(1, placements.count(new PlacementCriteria(null, null, own.getHost().getId(), null, null, null), julien));
    }

    // ---------------------------------------------------------------- bad input, cycle, certificate

    @Test
    void badPeriodsAreRefusedWithTheFiguresAndCreateNothing() {
        Account student = student();
        MobilityApplication application = selected(student);
        HostContact mentor = mentor();
        BusinessException shortOne = assertThrows(BusinessException.class,
                () -> placementCreation.create(placementForm(application, mentor, "2027-02-01", "2027-03-15"), coordinator()));
        assertEquals("placement.period.tooShort", shortOne.messageKey());
        assertEquals(45, shortOne.arguments()[0]);
        assertEquals("placement.period.endBeforeStart", assertThrows(BusinessException.class,
                () -> placementCreation.create(placementForm(application, mentor, "2027-04-01", "2027-03-01"), coordinator())).messageKey());
        HostContact stranger = mentor();
        PlacementForm wrongMentor = placementForm(application, mentor, "2027-02-01", "2027-04-30");
        wrongMentor.setMentorId(stranger.getId());
        assertEquals("placement.mentor.notOfHost",
                assertThrows(BusinessException.class, () -> placementCreation.create(wrongMentor, coordinator())).messageKey());
        assertTrue(placements.ofStudent(student).isEmpty(), "nothing was created");

        placementCreation.create(placementForm(application, mentor, "2027-02-01", "2027-09-30"), coordinator());   // 240 days
        MobilityApplication second = selected(student);
        BusinessException cycle = assertThrows(BusinessException.class,
                () -> placementCreation.create(placementForm(second, mentor, "2028-01-01", "2028-05-10"), coordinator()));  // 130 days
        assertEquals("placement.period.cycleExceeded", cycle.messageKey());
        assertEquals(List.of(130, 370, 360, 240), List.of(cycle.arguments()));
        assertEquals(240, placements.cycleDaysOutside(second), "what the reviewer of the second file sees as already used");
        assertEquals(0, placements.cycleDaysOutside(application), "a file's own placement is not counted against it");
        assertEquals(1, placements.ofStudent(student).size());
        assertEquals("placement.application.alreadyPlaced", assertThrows(BusinessException.class,
                () -> placementCreation.create(placementForm(application, mentor, "2027-02-01", "2027-04-30"), coordinator())).messageKey());
    }

    /** Signed by all three, confirmed, then under way: as the coordinator moves it. */
    private void underWay(Placement placement, Account student) {
        signedByAll(placement, student);
        long version = placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow().getVersion();
        placementLifecycle.move(placement.getId(), PlacementState.CONFIRMED, null, null, version, coordinator());
        version = placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow().getVersion();
        placementLifecycle.move(placement.getId(), PlacementState.IN_PROGRESS, null, null, version, coordinator());
    }

    @Test
    void theCertificateIsNeededToCompleteAndItsActualDatesCountInTheCycle() {
        Account student = student();
        Placement placement = placement(student, "2027-02-01", "2027-07-30");     // 180 days planned
        underWay(placement, student);
        long inProgress = placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow().getVersion();
        assertEquals("placement.complete.noCertificate", assertThrows(BusinessException.class,
                () -> placementLifecycle.move(placement.getId(), PlacementState.COMPLETED, null, null, inProgress, coordinator())).messageKey());
        assertEquals(180, placements.otherCycleDays(student, null));

        String token = agreements.sendCertificateLink(placement.getId(), coordinator());
        assertTrue(mail.search(new OutboxCriteria(null, placement.getMentor().getEmail()), 0, 10).stream()
                        .anyMatch(m -> m.getBody().contains("agreement/certificate.xhtml?token=" + token)),
                "the mentor gets the certificate link by mail");
        CertificateForm certificate = new CertificateForm();
        certificate.setActualStart(day("2027-02-01"));
        certificate.setActualEnd(day("2027-05-30"));                        // 120 days done
        certificate.setTasks("Accompagnement quotidien des jeunes.");
        certificate.setOutcomes("Conduite d'entretiens éducatifs.");
        certificate.setEvaluation("Très bon stage.");
        agreements.certifyWithLink(token, certificate);
        assertEquals("agreement.link.invalid",
                assertThrows(BusinessException.class, () -> agreements.certifyWithLink(token, certificate)).messageKey());
        assertEquals(120, placements.otherCycleDays(student, null), "the actual dates replace the planned ones");

        long certified = placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow().getVersion();
        assertEquals(PlacementState.COMPLETED,
                placementLifecycle.move(placement.getId(), PlacementState.COMPLETED, null, null, certified, coordinator()).getState());
        assertTrue(placements.timeline(placement).stream().anyMatch(e -> "PLACEMENT_COMPLETED".equals(e.getAction())));
    }

    @Test
    void anInterruptedPlacementIsPaidAndCountedUpToItsInterruptionNotOnItsPlannedPeriod() {
        Account student = student();
        Placement placement = placement(student, "2027-02-01", "2027-07-30");     // 180 days planned
        underWay(placement, student);
        long version = placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow().getVersion();
        placementLifecycle.move(placement.getId(), PlacementState.INTERRUPTED, "Raisons familiales : retour en France.",
                day("2027-04-30"), version, coordinator());

        Placement interrupted = placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow();
        int done = ErasmusDuration.days(day("2027-02-01"), day("2027-04-30"));   // 90 as written
        assertEquals(done, placements.otherCycleDays(student, null), "the study cycle counts up to the interruption");
        var grant = grants.grantOf(interrupted);
        assertNotNull(grant.planned(), "the current call year has a rate table (demo)");
        assertEquals(180, grant.planned().fundedDays());
        assertNotNull(grant.actual(), "an interrupted placement has its final grant without a certificate");
        assertEquals(done, grant.actual().fundedDays(), "paid up to the interruption, not on the planned period");
        assertTrue(grant.actual().total().compareTo(grant.planned().total()) < 0);

        // The EU report shows the same period and grant, from GrantService's breakdown.
        int callYear = grants.callYearOf(interrupted).orElseThrow();
        Report report = reporting.preview(callYear, coordinator());
        String mobilityId = String.format("FE-%d-%06d", callYear, interrupted.getId());
        BmRow row = report.rows().stream().filter(r -> mobilityId.equals(r.mobilityId())).findFirst().orElseThrow();
        assertEquals(day("2027-02-01"), BmField.START_DATE.valueOf(row));
        assertEquals(day("2027-04-30"), BmField.END_DATE.valueOf(row), "reported up to the interruption");
        assertFalse(row.mobility().certified(), "no certificate yet");
        assertEquals(done, BmField.DURATION_CALCULATED.valueOf(row));
        assertEquals(grant.actual().total(), BmField.MOBILITY_GRANT.valueOf(row));
    }

    @Test
    void anInterruptedPlacementWithForceMajeureIsCertifiedOnItsActualDaysAndItsGrantRecomputed() {
        Account student = student();
        Placement placement = placement(student, "2027-02-01", "2027-07-30");     // 180 days planned
        underWay(placement, student);
        long version = placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow().getVersion();
        LocalDate stop = day("2027-03-09");                                      // 39 days on the EU count
        placementLifecycle.move(placement.getId(), PlacementState.INTERRUPTED, "Rapatriement sanitaire.", stop, version, coordinator());
        assertTrue(grants.grantOf(reloaded(placement)).belowMinimum(), "39 days and no force majeure: not eligible as it stands");

        CertificateForm certificate = new CertificateForm();
        certificate.setActualStart(day("2027-02-01"));
        certificate.setActualEnd(stop.minusDays(1));
        certificate.setTasks("Accueil des familles.");
        certificate.setOutcomes("Premiers entretiens.");
        certificate.setEvaluation("Stage écourté pour raison de santé.");
        BusinessException notTheStopDay = assertThrows(BusinessException.class,
                () -> placementSteps.recordCertificate(placement.getId(), certificate, null, coordinator()));
        assertEquals("placement.certificate.interruptedEnd", notTheStopDay.messageKey());
        assertEquals("actualEnd", notTheStopDay.field().orElseThrow());
        certificate.setActualEnd(stop);
        assertEquals("placement.period.tooShort", assertThrows(BusinessException.class,
                () -> placementSteps.recordCertificate(placement.getId(), certificate, null, coordinator())).messageKey(),
                "below the minimum without force majeure");

        GrantFactsForm facts = new GrantFactsForm();
        facts.setForceMajeure(true);
        assertEquals("grant.facts.explanationRequired", assertThrows(BusinessException.class,
                () -> grants.saveFacts(placement.getId(), facts, coordinator())).messageKey());
        facts.setForceMajeureExplanation("Rapatriement sanitaire décidé par le médecin.");
        grants.saveFacts(placement.getId(), facts, coordinator());
        placementSteps.recordCertificate(placement.getId(), certificate, null, coordinator());

        Placement certified = reloaded(placement);
        assertEquals(PlacementState.INTERRUPTED, certified.getState());
        assertTrue(certified.hasCertificate());
        assertEquals(PlacementDuration.Basis.CERTIFIED, certified.countedPeriod().orElseThrow().basis());
        var grant = grants.grantOf(certified);
        assertFalse(grant.belowMinimum());
        assertEquals(39, grant.actual().fundedDays(), "paid for the days actually spent");
        assertTrue(grant.actual().total().compareTo(grant.planned().total()) < 0);
        assertEquals(39, placements.otherCycleDays(student, null));
        assertTrue(placements.timeline(certified).stream().anyMatch(e -> "GRANT_FACTS_EDITED".equals(e.getAction())
                && e.getDetail().contains("Rapatriement sanitaire décidé par le médecin.")), "the force majeure is audited");
        assertTrue(placements.timeline(certified).stream().anyMatch(e -> "CERTIFICATE_RECORDED".equals(e.getAction())));

        int callYear = grants.callYearOf(certified).orElseThrow();
        Report report = reporting.preview(callYear, coordinator());
        String mobilityId = String.format("FE-%d-%06d", callYear, certified.getId());
        BmRow row = report.rows().stream().filter(r -> mobilityId.equals(r.mobilityId())).findFirst().orElseThrow();
        assertEquals(stop, BmField.END_DATE.valueOf(row));
        assertTrue(row.mobility().certified());
        assertEquals(true, BmField.FORCE_MAJEURE.valueOf(row));
        assertEquals(true, BmField.LONG_TERM.valueOf(row), "planned as a long-term mobility");
        assertEquals(grant.actual().total(), BmField.MOBILITY_GRANT.valueOf(row));
    }

    // ---------------------------------------------------------------- roles checked by the services

    @Test
    void aStudentCannotCreateMoveOrSignAsCoordinatorAndNothingChanges() {
        Account student = student();
        Placement placement = placement(student, "2027-02-01", "2027-04-30");
        LearningAgreement agreement = filled(placement);
        long version = reloaded(placement).getVersion();
        long agreementVersion = agreements.current(placement).getVersion();

        MobilityApplication another = selected(student);
        PlacementForm own = placementForm(another, mentor(), "2028-02-01", "2028-04-30");
        assertThrows(AccessDeniedException.class, () -> placementCreation.create(own, student));
        assertThrows(AccessDeniedException.class, () -> placementLifecycle.move(placement.getId(), PlacementState.CANCELLED,
                "Je renonce.", fixture.today(), version, student));
        assertThrows(AccessDeniedException.class, () -> agreements.signAsCoordinator(agreement.getId(), student));
        AgreementForm change = agreement.toForm();
        change.setTitle("Titre choisi par l'étudiant·e");
        assertThrows(AccessDeniedException.class, () -> agreements.save(agreement.getId(), change, student));
        assertThrows(AccessDeniedException.class, () -> agreements.sendSigningLink(agreement.getId(), student));
        assertThrows(AccessDeniedException.class, () -> agreements.recordMentorScan(agreement.getId(),
                new Scan("faux.pdf", pdf()), "Pere Casals", fixture.today(), student));
        assertThrows(AccessDeniedException.class, () -> agreements.amend(placement.getId(), student));
        assertThrows(AccessDeniedException.class, () -> placementCreation.revise(placement.getId(),
                placementCreation.revisionForm(placement.getId(), coordinator()), student));
        assertThrows(AccessDeniedException.class, () -> placementSteps.tick(placement.getId(), ChecklistItem.CONVENTION, true, student));
        assertThrows(AccessDeniedException.class, () -> agreements.sendCertificateLink(placement.getId(), student));
        assertThrows(AccessDeniedException.class, () -> placementSteps.recordCertificate(placement.getId(), new CertificateForm(),
                null, student));
        // …nor does the academic referent (a trainer) act for the school or for the student.
        assertThrows(AccessDeniedException.class, () -> agreements.signAsCoordinator(agreement.getId(), trainer()));
        assertThrows(AccessDeniedException.class, () -> agreements.signAsStudent(agreement.getId(), trainer()));
        assertThrows(AccessDeniedException.class, () -> placementSteps.tick(placement.getId(), ChecklistItem.INSURANCE, true, trainer()));
        assertThrows(AccessDeniedException.class, () -> agreements.signAsStudent(agreement.getId(), coordinator()));

        Placement after = reloaded(placement);
        assertEquals(PlacementState.PROPOSED, after.getState());
        assertEquals(version, after.getVersion(), "the placement did not change");
        LearningAgreement current = agreements.current(placement);
        assertEquals(agreementVersion, current.getVersion(), "the agreement did not change");
        assertEquals("Éducateur stagiaire en foyer", current.getTitle());
        assertNull(current.getCoordinatorSignedAt());
        assertNull(current.getStudentSignedAt());
        assertNull(after.ticked(ChecklistItem.CONVENTION));
        assertEquals(List.of(placement.getId()), placements.ofStudent(student).stream().map(Placement::getId).toList(),
                "no placement was created for the other application");
        assertTrue(agreements.documents(placement).isEmpty());
    }

    @Test
    void theStudentTicksTheirOwnChecklistItemsAndTheCoordinatorTheConvention() {
        Account student = student();
        Placement placement = placement(student, "2027-02-01", "2027-04-30");
        assertEquals(fixture.today(),
                placementSteps.tick(placement.getId(), ChecklistItem.INSURANCE, true, student).ticked(ChecklistItem.INSURANCE));
        assertThrows(AccessDeniedException.class, () -> placementSteps.tick(placement.getId(), ChecklistItem.INSURANCE, false, coordinator()));
        assertNotNull(placementSteps.tick(placement.getId(), ChecklistItem.CONVENTION, true, coordinator()).ticked(ChecklistItem.CONVENTION));
        assertNull(placementSteps.tick(placement.getId(), ChecklistItem.INSURANCE, false, student).ticked(ChecklistItem.INSURANCE));
        List<ChecklistLine> lines = placements.checklist(reloaded(placement));
        assertEquals(List.of(false, true, false, false, false), lines.stream().map(ChecklistLine::done).toList(),
                "agreement, convention, insurance, language, travel");
    }

    // ---------------------------------------------------------------- correcting a proposed placement

    @Test
    void aProposedPlacementIsCorrectedUntilTheFirstSignatureWithTheRulesCheckedAgain() {
        Account student = student();
        Placement placement = placement(student, "2027-02-01", "2027-04-30");
        LearningAgreement agreement = filled(placement);
        String oldLink = agreements.sendSigningLink(agreement.getId(), coordinator());
        PlacementForm loaded = placementCreation.revisionForm(placement.getId(), coordinator());

        // Bad input changes nothing.
        HostContact newMentor = mentor("MA", "Agadir");
        PlacementForm tooShort = placementCreation.revisionForm(placement.getId(), coordinator());
        tooShort.setPlannedEnd(day("2027-03-15"));
        assertEquals("placement.period.tooShort",
                assertThrows(BusinessException.class, () -> placementCreation.revise(placement.getId(), tooShort, coordinator())).messageKey());
        PlacementForm strangerMentor = placementCreation.revisionForm(placement.getId(), coordinator());
        strangerMentor.setMentorId(newMentor.getId());
        assertEquals("placement.mentor.notOfHost", assertThrows(BusinessException.class,
                () -> placementCreation.revise(placement.getId(), strangerMentor, coordinator())).messageKey());
        assertEquals(loaded.getVersion(), reloaded(placement).getVersion());

        // A correction: new host abroad (outside the EEA), mentor, dates, hours, language, department.
        assertFalse(reloaded(placement).isOutsideEea());
        assertTrue(placementCreation.isRevisable(reloaded(placement)));
        PlacementForm form = placementCreation.revisionForm(placement.getId(), coordinator());
        form.setHostId(newMentor.getHost().getId());
        form.setMentorId(newMentor.getId());
        form.setReferentId(otherTrainer().getId());
        form.setDepartment("Unité petite enfance");
        form.setPlannedStart(day("2027-03-01"));
        form.setPlannedEnd(day("2027-05-30"));
        form.setHoursPerWeek(30);
        form.setWorkingLanguage("fr");
        Placement revised = placementCreation.revise(placement.getId(), form, coordinator());
        assertEquals(newMentor.getHost().getId(), revised.getHost().getId());
        assertEquals(newMentor.getId(), revised.getMentor().getId());
        assertEquals(otherTrainer().getId(), revised.getReferent().getId());
        assertEquals(day("2027-03-01"), revised.getPlannedStart());
        assertEquals(30, revised.getHoursPerWeek());
        assertTrue(revised.isOutsideEea(), "Morocco is outside the EEA");
        LearningAgreement current = agreements.current(placement);
        assertEquals(day("2027-05-30"), current.getPlannedEnd(), "the unsigned agreement follows");
        assertEquals(30, current.getHoursPerWeek());
        assertEquals("Éducateur stagiaire en foyer", current.getTitle(), "the rest of the agreement stays");
        assertTrue(agreements.openLink(oldLink, LinkPurpose.SIGN_AGREEMENT).isEmpty(), "the replaced mentor's link is dead");
        AuditEntry edited = placements.timeline(placement).stream().filter(e -> "PLACEMENT_EDITED".equals(e.getAction()))
                .findFirst().orElseThrow();
        assertTrue(edited.getDetail().contains("Structure : ") && edited.getDetail().contains("Période : " + day("2027-02-01") + " – " + day("2027-04-30")
                        + " → " + day("2027-03-01") + " – " + day("2027-05-30")),
                edited.getDetail());
        assertEquals(coordinator().getId(), edited.getActorId());

        // The form loaded before the correction is stale now.
        assertThrows(ConcurrentModificationException.class, () -> placementCreation.revise(placement.getId(), loaded, coordinator()));
        assertEquals(newMentor.getHost().getId(), reloaded(placement).getHost().getId());

        // Once anybody signed, the correction goes through the agreement only.
        agreements.signAsStudent(current.getId(), student);
        assertFalse(placementCreation.isRevisable(reloaded(placement)));
        PlacementForm afterSigning = placementCreation.revisionForm(placement.getId(), coordinator());
        afterSigning.setHoursPerWeek(20);
        assertEquals("placement.edit.signed", assertThrows(BusinessException.class,
                () -> placementCreation.revise(placement.getId(), afterSigning, coordinator())).messageKey());
        assertEquals(30, reloaded(placement).getHoursPerWeek());
        assertEquals(30, agreements.current(placement).getHoursPerWeek());
    }

    @Test
    void aCorrectionCountsTheOtherPlacementsOfTheCycle() {
        Account student = student();
        placement(student, "2027-02-01", "2027-09-30");                          // 240 days
        Placement second = placement(student, "2028-01-01", "2028-03-30");       // 90 days: 330 in all
        PlacementForm longer = placementCreation.revisionForm(second.getId(), coordinator());
        longer.setPlannedEnd(day("2028-05-10"));                          // 130 days: a 13th month
        BusinessException e = assertThrows(BusinessException.class, () -> placementCreation.revise(second.getId(), longer, coordinator()));
        assertEquals("placement.period.cycleExceeded", e.messageKey());
        assertEquals(List.of(130, 370, 360, 240), List.of(e.arguments()));
        assertEquals(day("2028-03-30"), reloaded(second).getPlannedEnd());
    }

    // ---------------------------------------------------------------- the academic referent

    @Test
    void aTrainerSeesOnlyThePlacementsTheyAreReferentOfAndTheirReadsAreAudited() throws Exception {
        Account student = student();
        Placement placement = placement(student, "2027-02-01", "2027-04-30");
        LearningAgreement agreement = filled(placement);

        assertTrue(placements.findAsReferent(placement.getId(), trainer()).isPresent());
        assertTrue(placements.ofReferent(trainer()).stream().anyMatch(p -> p.getId().equals(placement.getId())));
        assertTrue(placements.findAsReferent(placement.getId(), otherTrainer()).isEmpty(), "another trainer");
        assertTrue(placements.ofReferent(otherTrainer()).stream().noneMatch(p -> p.getId().equals(placement.getId())));
        assertTrue(agreements.agreementPdf(agreement.getId(), otherTrainer()).isEmpty());
        assertTrue(agreements.conventionPdf(placement.getId(), otherTrainer()).isEmpty());
        assertThrows(AccessDeniedException.class, () -> placements.findAsReferent(placement.getId(), student));
        assertThrows(AccessDeniedException.class, () -> placements.ofReferent(coordinator()));

        byte[] pdf = agreements.agreementPdf(agreement.getId(), trainer()).orElseThrow().content();
        assertTrue(pdfText(pdf).contains("Éducateur stagiaire en foyer"));
        agreements.agreementPdf(agreement.getId(), student).orElseThrow();
        List<String> reads = audit.history(PlacementService.AUDIT_SUBJECT, placement.getId()).stream()
                .filter(e -> "DOCUMENT_READ".equals(e.getAction())).map(AuditEntry::getActorEmail).toList();
        assertEquals(List.of(DemoAccounts.TRAINER_PERPIGNAN), reads, "the staff read is traced, the student's own is not");
        assertTrue(placements.timeline(placement).stream().noneMatch(e -> "DOCUMENT_READ".equals(e.getAction())));
    }
}
