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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import fr.faireess.mobility.application.ApplicationForm;
import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.CefrLevel;
import fr.faireess.mobility.application.DocumentKind;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.application.Upload;
import fr.faireess.mobility.call.CallForm;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.host.HostContact;
import fr.faireess.mobility.host.HostDirectory;
import fr.faireess.mobility.host.HostForm;
import fr.faireess.mobility.host.HostOrganisation;
import fr.faireess.mobility.host.HostSize;
import fr.faireess.mobility.host.HostType;
import fr.faireess.mobility.host.LegalStatus;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountForm;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.identity.Role;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;

/**
 * Placements and the Learning Agreement on the real server and database: mentor links (once, then
 * never again; forged and expired ones refused), frozen signed versions, amendments signed again by
 * all three, students kept to their own placement, and bad input that changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PlacementsIT {


    @Deployment
    static WebArchive deployment() {
        return Deployments.application(PlacementsIT.class, DemoAccounts.class);
    }

    @Inject private PlacementService placements;
    @Inject private AgreementService agreements;
    @Inject private ApplicationService applications;
    @Inject private CallService calls;
    @Inject private AccountService accounts;
    @Inject private HostDirectory hosts;

    /** Demo accounts as the actors of set-up calls: the services check the actor's roles in the database. */
    private Actor admin() {
        return DemoAccounts.actor(accounts, DemoAccounts.ADMIN);
    }

    private Actor coordinatorActor() {
        return DemoAccounts.actor(accounts, DemoAccounts.COORDINATOR_PERPIGNAN);
    }

    @Resource(lookup = "java:app/jdbc/mobility")
    private DataSource dataSource;

    // ---------------------------------------------------------------- fixtures

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Account coordinator() {
        return accounts.findByEmail(DemoAccounts.COORDINATOR_PERPIGNAN).orElseThrow();
    }

    private Account trainer() {
        return accounts.findByEmail(DemoAccounts.TRAINER_PERPIGNAN).orElseThrow();
    }

    private Account student() {
        AccountForm form = new AccountForm();
        form.setEmail("stagiaire." + unique() + "@example.org");
        form.setFirstName("Alex");
        form.setLastName("Stage");
        form.setRoles(EnumSet.of(Role.STUDENT));
        form.setCampusCode("PERPIGNAN");
        form.setProgrammeCode("ES");
        form.setStudyYear(2);
        return accounts.create(form, "mot-de-passe-solide", admin());
    }

    private MobilityApplication selected(Account student) {
        CallForm call = new CallForm();
        call.setTitle("Appel stages " + unique());
        call.setAcademicYear("2026-2027");
        call.setOpensAt(LocalDateTime.now().minusDays(2));
        call.setClosesAt(LocalDateTime.now().plusDays(30));
        call.setPlaces(5);
        call.setCampuses(List.of("PERPIGNAN", "MONTPELLIER"));
        call.setProgrammes(List.of("ASS", "ES", "EJE"));
        call.setStudyYears(List.of(1, 2, 3));
        MobilityCall created = calls.create(call, coordinatorActor());
        MobilityApplication draft = applications.start(created.getId(), student);
        ApplicationForm form = new ApplicationForm();
        form.getWishes().get(0).setCountryCode("ES");
        form.getWishes().get(0).setCity("Girona");
        form.getWishes().get(0).setHostType("CHILD_PROTECTION");
        form.setStartOn(LocalDate.of(2027, 2, 1));
        form.setEndOn(LocalDate.of(2027, 4, 30));
        form.setWorkingLanguage("es");
        form.setCefrLevel(CefrLevel.B2);
        form.setMotivation("Je veux travailler en protection de l'enfance en Catalogne. ".repeat(6));
        form.setVersion(draft.getVersion());
        applications.submit(draft.getId(), student, form, List.of(new Upload(DocumentKind.CV, "cv.pdf", pdf()),
                new Upload(DocumentKind.LETTER, "lettre.pdf", pdf())));
        return applications.select(draft.getId(), coordinator());
    }

    private HostContact mentor() {
        HostForm form = new HostForm();
        form.setName("Fundació Acollida " + unique());
        form.setType(HostType.CHILD_PROTECTION);
        form.setLegalStatus(LegalStatus.NON_PROFIT);
        form.setSize(HostSize.SMALL);
        form.setCity("Girona");
        form.setCountryCode("ES");
        HostForm.ContactForm contact = form.addContact();
        contact.setFullName("Pere Casals");
        contact.setEmail("tuteur." + unique() + "@example.org");
        contact.setMentor(true);
        HostOrganisation host = hosts.create(form, coordinatorActor());
        return hosts.findForStaff(host.getId(), coordinator()).orElseThrow().getContacts().get(0);
    }

    private PlacementForm placementForm(MobilityApplication application, HostContact mentor, String start, String end) {
        PlacementForm form = new PlacementForm();
        form.setApplicationId(application.getId());
        form.setHostId(mentor.getHost().getId());
        form.setMentorId(mentor.getId());
        form.setReferentId(trainer().getId());
        form.setDepartment("Service d'accueil éducatif");
        form.setPlannedStart(LocalDate.parse(start));
        form.setPlannedEnd(LocalDate.parse(end));
        form.setHoursPerWeek(35);
        form.setWorkingLanguage("es");
        return form;
    }

    private Placement placement(Account student, String start, String end) {
        return placements.create(placementForm(selected(student), mentor(), start, end), coordinator());
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
            update.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now().minusDays(1)));
            update.setString(2, LinkToken.hash(token));
            assertEquals(1, update.executeUpdate());
        }
    }

    // ---------------------------------------------------------------- mentor links

    @Test
    void aMentorLinkSignsOnceThenNeverAgainAndForgedOrExpiredLinksAreRefused() throws Exception {
        Account student = student();
        Placement placement = placement(student, "2027-02-01", "2027-04-30");
        LearningAgreement agreement = filled(placement);

        BusinessException forged = assertThrows(BusinessException.class,
                () -> agreements.signWithLink("forged-" + unique(), "Intrus"));
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
                () -> placements.move(placement.getId(), PlacementState.CONFIRMED, null, null,
                        placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow().getVersion(), coordinator()))
                .messageKey());

        agreements.signAsCoordinator(v1.getId(), coordinator());
        String token = agreements.sendSigningLink(v1.getId(), coordinator());
        assertTrue(agreements.signWithLink(token, "Pere Casals").isSignedByAll());
        Placement confirmed = placements.move(placement.getId(), PlacementState.CONFIRMED, null, null,
                placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow().getVersion(), coordinator());
        assertEquals(PlacementState.CONFIRMED, confirmed.getState());

        LearningAgreement v2 = agreements.amend(placement.getId(), coordinator());
        assertEquals(2, v2.getNumber());
        assertFalse(v2.isFrozen());
        LearningAgreement saved = filled(placement);
        assertEquals(LocalDate.of(2027, 5, 30), saved.getPlannedEnd());
        assertEquals("agreement.notCurrent",
                assertThrows(BusinessException.class, () -> agreements.signAsCoordinator(v1.getId(), coordinator())).messageKey());

        agreements.signAsStudent(v2.getId(), student);
        agreements.signAsCoordinator(v2.getId(), coordinator());
        assertFalse(agreements.current(placement).isSignedByAll(), "the mentor must sign the amendment too");
        assertFalse(placements.checklist(placements.findVisibleTo(placement.getId(), student).orElseThrow()).get(0).done());
        agreements.recordMentorScan(v2.getId(), new Scan("avenant.pdf", pdf()), "Pere Casals", LocalDate.now(), coordinator());
        assertTrue(agreements.current(placement).isSignedByAll());

        List<LearningAgreement> versions = agreements.versions(placement);
        assertEquals(List.of(2, 1), versions.stream().map(LearningAgreement::getNumber).toList(), "every version stays");
        assertEquals(LocalDate.of(2027, 4, 30), versions.get(1).getPlannedEnd(), "version 1 unchanged");
        assertTrue(versions.get(1).isSignedByAll());
        assertEquals(LocalDate.of(2027, 5, 30), placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow().getPlannedEnd());
    }

    @Test
    void aNonPdfScanIsRefusedAndSignsNothing() {
        Account student = student();
        Placement placement = placement(student, "2027-02-01", "2027-04-30");
        LearningAgreement agreement = filled(placement);
        BusinessException e = assertThrows(BusinessException.class, () -> agreements.recordMentorScan(agreement.getId(),
                new Scan("photo.pdf", "GIF89a not a pdf".getBytes(StandardCharsets.ISO_8859_1)), "Pere Casals",
                LocalDate.now(), coordinator()));
        assertEquals("application.document.notPdf", e.messageKey());
        assertEquals("scan", e.field().orElseThrow());
        assertNull(agreements.current(placement).getMentorSignedAt());
        assertTrue(agreements.documents(placement).isEmpty());
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
        assertThrows(BusinessException.class, () -> placements.tick(placement.getId(), ChecklistItem.INSURANCE, true, other));
        assertNull(agreements.current(placement).getStudentSignedAt());

        assertTrue(placements.findVisibleTo(placement.getId(), trainer()).isPresent(), "the academic referent sees it");
        byte[] pdf = agreements.agreementPdf(agreement.getId(), owner).orElseThrow().content();
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertTrue(text.contains("Alex Stage"), text);
        assertTrue(text.contains("Éducateur stagiaire en foyer"), text);
    }

    // ---------------------------------------------------------------- bad input, cycle, certificate

    @Test
    void badPeriodsAreRefusedWithTheFiguresAndCreateNothing() {
        Account student = student();
        MobilityApplication application = selected(student);
        HostContact mentor = mentor();
        BusinessException shortOne = assertThrows(BusinessException.class,
                () -> placements.create(placementForm(application, mentor, "2027-02-01", "2027-03-15"), coordinator()));
        assertEquals("placement.period.tooShort", shortOne.messageKey());
        assertEquals(45, shortOne.arguments()[0]);
        assertEquals("placement.period.endBeforeStart", assertThrows(BusinessException.class,
                () -> placements.create(placementForm(application, mentor, "2027-04-01", "2027-03-01"), coordinator())).messageKey());
        HostContact stranger = mentor();
        PlacementForm wrongMentor = placementForm(application, mentor, "2027-02-01", "2027-04-30");
        wrongMentor.setMentorId(stranger.getId());
        assertEquals("placement.mentor.notOfHost",
                assertThrows(BusinessException.class, () -> placements.create(wrongMentor, coordinator())).messageKey());
        assertTrue(placements.ofStudent(student).isEmpty(), "nothing was created");

        placements.create(placementForm(application, mentor, "2027-02-01", "2027-09-30"), coordinator());   // 240 days
        MobilityApplication second = selected(student);
        BusinessException cycle = assertThrows(BusinessException.class,
                () -> placements.create(placementForm(second, mentor, "2028-01-01", "2028-05-10"), coordinator()));  // 130 days
        assertEquals("placement.period.cycleExceeded", cycle.messageKey());
        assertEquals(List.of(130, 370, 360, 240), List.of(cycle.arguments()));
        assertEquals(1, placements.ofStudent(student).size());
        assertEquals("placement.application.alreadyPlaced", assertThrows(BusinessException.class,
                () -> placements.create(placementForm(application, mentor, "2027-02-01", "2027-04-30"), coordinator())).messageKey());
    }

    @Test
    void theCertificateIsNeededToCompleteAndItsActualDatesCountInTheCycle() {
        Account student = student();
        Placement placement = placement(student, "2027-02-01", "2027-07-30");     // 180 days planned
        signedByAll(placement, student);
        long version = placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow().getVersion();
        placements.move(placement.getId(), PlacementState.CONFIRMED, null, null, version, coordinator());
        version = placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow().getVersion();
        placements.move(placement.getId(), PlacementState.IN_PROGRESS, null, null, version, coordinator());
        long inProgress = placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow().getVersion();
        assertEquals("placement.complete.noCertificate", assertThrows(BusinessException.class,
                () -> placements.move(placement.getId(), PlacementState.COMPLETED, null, null, inProgress, coordinator())).messageKey());
        assertEquals(180, placements.otherCycleDays(student, null));

        String token = agreements.sendCertificateLink(placement.getId(), coordinator());
        CertificateForm certificate = new CertificateForm();
        certificate.setActualStart(LocalDate.of(2027, 2, 1));
        certificate.setActualEnd(LocalDate.of(2027, 5, 30));                        // 120 days done
        certificate.setTasks("Accompagnement quotidien des jeunes.");
        certificate.setOutcomes("Conduite d'entretiens éducatifs.");
        certificate.setEvaluation("Très bon stage.");
        agreements.certifyWithLink(token, certificate);
        assertEquals("agreement.link.invalid",
                assertThrows(BusinessException.class, () -> agreements.certifyWithLink(token, certificate)).messageKey());
        assertEquals(120, placements.otherCycleDays(student, null), "the actual dates replace the planned ones");

        long certified = placements.findVisibleTo(placement.getId(), coordinator()).orElseThrow().getVersion();
        assertEquals(PlacementState.COMPLETED,
                placements.move(placement.getId(), PlacementState.COMPLETED, null, null, certified, coordinator()).getState());
        assertTrue(placements.timeline(placement).stream().anyMatch(e -> "PLACEMENT_COMPLETED".equals(e.getAction())));
    }
}
