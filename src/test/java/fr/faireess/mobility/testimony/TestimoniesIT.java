package fr.faireess.mobility.testimony;

import static fr.faireess.mobility.support.TestFiles.pdf;
import static fr.faireess.mobility.support.TestFiles.png;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.application.ApplicationForm;
import fr.faireess.mobility.application.ApplicationReview;
import fr.faireess.mobility.application.CefrLevel;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.mail.MailService;
import fr.faireess.mobility.platform.mail.OutboxCriteria;
import fr.faireess.mobility.platform.mail.OutgoingMail;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.DemoDates;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.Fixture;
import fr.faireess.mobility.support.TestLanes;

/**
 * Testimonies on the real server and database: publication waits for every consent, a withdrawal
 * unpublishes at once (audited), a consent whose period ended takes the testimony off the showcase
 * at once and the nightly job unpublishes it, the public showcase only ever returns published
 * testimonies, services refuse actors without the role, every decision is e-mailed (this Payara has
 * no SMTP server: mails are read in the outbox), and bad input is refused without writing anything.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class TestimoniesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private TestimonyService testimonies;
    @Inject private TestimonyAuthoring testimonyAuthoring;
    @Inject private TestimonyFiles testimonyFiles;
    @Inject private TestimonyModeration testimonyModeration;
    @Inject private ConsentService consents;
    @Inject private Showcase showcase;
    @Inject private ApplicationReview applicationReview;
    @Inject private AccountService accounts;
    @Inject private ConsentExpiryJob expiryJob;
    @Inject private ConsentExpiry expiry;
    @Inject private ConsentsInThePast past;
    @Inject private MailService mail;
    @Inject private Fixture fixture;

    // ---------------------------------------------------------------- fixtures

    private Account student() {
        return student("PERPIGNAN");
    }

    private Account student(String campus) {
        return fixture.student(campus, "EJE", 2, "Témoin");
    }

    /** Nadia Benali (Perpignan), who sees both campuses in the demo (db/demo/V11). */
    private Account coordinator() {
        return accounts.findByEmail(DemoAccounts.COORDINATOR_PERPIGNAN).orElseThrow();
    }

    /** Julien Roux, who sees Montpellier's files only. */
    private Account montpellierCoordinator() {
        return accounts.findByEmail(DemoAccounts.COORDINATOR_MONTPELLIER).orElseThrow();
    }

    /**
     * A student selected for a mobility (in Bologna) that started {@code startedDaysAgo} days ago by the
     * application's clock (negative: not yet), applied for through the shared open call.
     */
    private MobilityApplication selectedMobility(Account student, int startedDaysAgo) {
        MobilityCall call = fixture.openCall("Appel témoignages", 5);
        ApplicationForm form = new ApplicationForm();
        form.getWishes().get(0).setCountryCode("IT");
        form.getWishes().get(0).setCity("Bologna");
        form.getWishes().get(0).setHostType("EARLY_CHILDHOOD");
        form.setStartOn(fixture.today().minusDays(startedDaysAgo));
        form.setEndOn(fixture.today().minusDays(startedDaysAgo).plusDays(90));
        form.setWorkingLanguage("it");
        form.setCefrLevel(CefrLevel.B1);
        form.setMotivation("Je veux découvrir la pédagogie de Reggio Emilia auprès des tout-petits en Italie. ".repeat(4));
        MobilityApplication submitted = fixture.submitted(call, student, form);
        return applicationReview.select(submitted.getId(), coordinator(), null, fixture.versionOf(submitted.getId()));
    }

    private static TestimonyForm film(MobilityApplication mobility, String coAuthors) {
        TestimonyForm form = new TestimonyForm();
        form.setApplicationId(mobility.getId());
        form.setType(TestimonyType.FILM);
        form.setTitle("Un stage à Bologne " + UUID.randomUUID());
        form.setSummary("Trois mois dans un nido d'infanzia.");
        form.setLanguage("fr");
        form.setLink("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        form.setCoAuthors(coAuthors);
        return form;
    }

    private static ConsentForm web(LocalDate until) {
        ConsentForm form = new ConsentForm();
        form.setWeb(true);
        form.setValidUntil(until);
        return form;
    }

    private ConsentForm guardian(String child, String parent) {
        ConsentForm form = web(fixture.today().plusYears(2));
        form.setKind(PersonKind.GUARDIAN);
        form.setPersonName(child);
        form.setSignedBy(parent);
        form.setGivenOn(fixture.today().minusDays(3));
        return form;
    }

    private record Story(Account owner, Account coAuthor, Testimony testimony) {
    }

    /** An approved film by two students, neither of whom has consented yet. */
    private Story approvedFilm() {
        Account owner = student();
        Account coAuthor = student();
        selectedMobility(coAuthor, 30);   // a co-author went on a mobility too
        MobilityApplication mobility = selectedMobility(owner, 20);
        Testimony testimony = testimonyAuthoring.submitNew(film(mobility, coAuthor.getEmail()), owner, null);
        testimonyModeration.approve(testimony.getId(), coordinator(), null);
        return new Story(owner, coAuthor, testimony);
    }

    private Story publishedFilm() {
        Story story = approvedFilm();
        consents.give(story.testimony().getId(), story.owner(), web(fixture.today().plusYears(5)));
        consents.give(story.testimony().getId(), story.coAuthor(), web(fixture.today().plusYears(5)));
        testimonyModeration.publish(story.testimony().getId(), coordinator(), null);
        return story;
    }

    private TestimonyStatus statusOf(Story story) {
        return testimonies.findForStaff(story.testimony().getId(), coordinator()).orElseThrow().getStatus();
    }

    private static String keyOf(Runnable action) {
        return assertThrows(BusinessException.class, action::run).messageKey();
    }

    private static <T> T lastOf(List<T> list) {
        return list.get(list.size() - 1);
    }

    /** Today in Paris by the application's clock. */
    private LocalDate parisToday() {
        return fixture.today();
    }

    /** Subjects of the mails queued to {@code email} (unique per test for students), oldest first. */
    private List<String> subjectsTo(String email) {
        List<String> subjects = new ArrayList<>(mail.search(new OutboxCriteria(null, email), 0, 100).stream()
                .filter(m -> m.getRecipient().equals(email)).map(OutgoingMail::getSubject).toList());
        Collections.reverse(subjects);
        return subjects;
    }

    private List<OutgoingMail> mailsAbout(String email, String title) {
        return mail.search(new OutboxCriteria(null, email), 0, 500).stream()
                .filter(m -> m.getRecipient().equals(email) && m.getSubject().endsWith(title)).toList();
    }

    // ---------------------------------------------------------------- consent and publication

    @Test
    void publicationIsRefusedWhileAnAuthorOrAThirdPartyHasNotConsentedForTheWeb() {
        Story story = approvedFilm();
        long id = story.testimony().getId();

        assertEquals("testimony.consent.missingAuthor", keyOf(() -> testimonyModeration.publish(id, coordinator(), null)));
        consents.give(id, story.owner(), web(fixture.today().plusYears(5)));
        assertEquals("testimony.consent.missingAuthor", keyOf(() -> testimonyModeration.publish(id, coordinator(), null)));
        ConsentForm printOnly = web(fixture.today().plusYears(5));
        printOnly.setWeb(false);
        printOnly.setPrint(true);
        consents.give(id, story.coAuthor(), printOnly);
        assertEquals("testimony.consent.missingAuthor", keyOf(() -> testimonyModeration.publish(id, coordinator(), null)));
        consents.give(id, story.coAuthor(), web(fixture.today().plusYears(5)));

        TestimonyConsent child = consents.record(id, coordinator(), guardian("Luca (5 ans)", "Giulia R."),
                new FileUpload("autorisation.png", png()));
        consents.withdrawRecorded(child.getId(), coordinator());
        assertEquals("testimony.consent.missingThirdParty", keyOf(() -> testimonyModeration.publish(id, coordinator(), null)));
        assertEquals(TestimonyStatus.APPROVED, statusOf(story));
        assertTrue(showcase.find(id).isEmpty());

        TestimonyConsent renewed = consents.record(id, coordinator(), guardian("Luca (5 ans)", "Giulia R."),
                new FileUpload("nouvelle-autorisation.pdf", pdf(800)));
        testimonyModeration.publish(id, coordinator(), "Merci pour ce film.");
        assertFalse(renewed.isWithdrawn());
        assertEquals(TestimonyStatus.PUBLISHED, statusOf(story));
        assertTrue(showcase.find(id).isPresent());
    }

    @Test
    void withEveryConsentTheTestimonyIsPublishedAndShownToEveryone() {
        Story story = publishedFilm();
        assertEquals(TestimonyStatus.PUBLISHED, statusOf(story));
        Testimony shown = showcase.find(story.testimony().getId()).orElseThrow();
        assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", shown.getEmbedUrl());
        assertEquals("EJE", shown.getProgrammeCode());
        assertEquals("IT", shown.getCountryCode());
        assertEquals(fixture.today().minusDays(20).getYear(), shown.getMobilityYear());
        assertTrue(showcase.page(TestimonyCriteria.showcase("IT", "EJE", shown.getMobilityYear(), TestimonyType.FILM), 0, 500)
                .stream().anyMatch(t -> t.getId().equals(shown.getId())));
        assertTrue(showcase.page(TestimonyCriteria.showcase("IT", "EJE", shown.getMobilityYear(), TestimonyType.ARTICLE), 0, 500)
                .stream().noneMatch(t -> t.getId().equals(shown.getId())));
        assertTrue(showcase.latest(5).stream().anyMatch(t -> t.getId().equals(shown.getId())));
    }

    @Test
    void anAuthorWithdrawingUnpublishesAtOnceAndBothAreLogged() {
        Story story = publishedFilm();
        long id = story.testimony().getId();

        consents.withdrawOwn(id, story.coAuthor());

        assertEquals(TestimonyStatus.UNPUBLISHED, statusOf(story));
        assertTrue(showcase.find(id).isEmpty());
        List<AuditEntry> history = testimonies.timeline(story.testimony());
        AuditEntry withdrawal = history.stream().filter(e -> e.getAction().equals("CONSENT_WITHDRAWN")).findFirst().orElseThrow();
        assertEquals(story.coAuthor().getEmail(), withdrawal.getActorEmail());
        AuditEntry unpublished = history.get(history.size() - 1);
        assertEquals("TESTIMONY_UNPUBLISHED", unpublished.getAction());
        assertEquals("PUBLISHED", unpublished.getFromState());
        assertEquals("testimony.consent.missingAuthor", keyOf(() -> testimonyModeration.publish(id, coordinator(), null)));

        consents.give(id, story.coAuthor(), web(fixture.today().plusYears(1)));
        testimonyModeration.publish(id, coordinator(), null);
        assertTrue(showcase.find(id).isPresent());
    }

    @Test
    void aGuardiansWithdrawalRecordedByTheCoordinatorUnpublishesToo() {
        Story story = approvedFilm();
        long id = story.testimony().getId();
        consents.give(id, story.owner(), web(fixture.today().plusYears(5)));
        consents.give(id, story.coAuthor(), web(fixture.today().plusYears(5)));
        TestimonyConsent child = consents.record(id, coordinator(), guardian("Nina (6 ans)", "Paola N."),
                new FileUpload("form.png", png()));
        testimonyModeration.publish(id, coordinator(), null);
        assertArrayEquals(png(), consents.signedForm(child.getId(), coordinator()).orElseThrow().content());
        assertThrows(AccessDeniedException.class, () -> consents.signedForm(child.getId(), story.owner()), "coordinators only");

        consents.withdrawRecorded(child.getId(), coordinator());

        assertEquals(TestimonyStatus.UNPUBLISHED, statusOf(story));
        assertTrue(showcase.find(id).isEmpty());
    }

    // ---------------------------------------------------------------- what anonymous visitors reach

    @Test
    void theShowcaseNeverReturnsATestimonyThatIsNotPublished() {
        Account owner = student();
        MobilityApplication mobility = selectedMobility(owner, 10);
        TestimonyForm withFile = film(mobility, null);
        Testimony draft = testimonyAuthoring.create(withFile, owner, new FileUpload("affiche.png", png()));
        Testimony submitted = testimonyAuthoring.submitNew(film(mobility, null), owner, null);
        Story approved = approvedFilm();
        Story unpublished = publishedFilm();
        testimonyModeration.unpublish(unpublished.testimony().getId(), coordinator(), "Le lien ne fonctionne plus.");

        for (long id : List.of(draft.getId(), submitted.getId(), approved.testimony().getId(), unpublished.testimony().getId())) {
            assertTrue(showcase.find(id).isEmpty(), "testimony " + id);
            assertTrue(showcase.download(id).isEmpty(), "file of testimony " + id);
        }
        assertTrue(showcase.find(Long.MAX_VALUE).isEmpty());
        List<Long> listed = showcase.page(TestimonyCriteria.showcase(null, null, null, null), 0, 10_000).stream()
                .map(Testimony::getId).toList();
        assertFalse(listed.contains(draft.getId()) || listed.contains(submitted.getId())
                || listed.contains(approved.testimony().getId()) || listed.contains(unpublished.testimony().getId()));
        assertTrue(showcase.page(TestimonyCriteria.showcase(null, null, null, null), 0, 10_000).stream()
                .allMatch(t -> t.getStatus() == TestimonyStatus.PUBLISHED));
        // The draft's file is there for its author, not for the public.
        assertArrayEquals(png(), testimonyFiles.download(draft.getId(), owner).orElseThrow().content());
    }

    @Test
    void aReplacedFileTakesTheNewFilesNameAndContent() {
        Account owner = student();
        TestimonyForm form = film(selectedMobility(owner, 10), null);
        Testimony draft = testimonyAuthoring.create(form, owner, new FileUpload("affiche.png", png()));
        TestimonyForm again = testimonies.formOf(testimonies.findForAuthor(draft.getId(), owner).orElseThrow());
        byte[] newer = pdf(900);
        testimonyAuthoring.saveDraft(draft.getId(), owner, again, new FileUpload("affiche-finale.pdf", newer));

        Testimony reloaded = testimonies.findForAuthor(draft.getId(), owner).orElseThrow();
        FileInfo file = testimonyFiles.fileOf(reloaded).orElseThrow();
        assertEquals("affiche-finale.pdf", file.fileName());
        assertEquals("application/pdf", file.contentType());
        FileDownload download = testimonyFiles.download(draft.getId(), owner).orElseThrow();
        assertEquals("affiche-finale.pdf", download.fileName());
        assertArrayEquals(newer, download.content());
    }

    @Test
    void aDraftIsInvisibleToCoordinatorsAndOtherStudentsUntilSubmitted() {
        Account owner = student();
        Account other = student();
        Testimony draft = testimonyAuthoring.create(film(selectedMobility(owner, 10), null), owner, new FileUpload("a.png", png()));

        assertTrue(testimonies.findForStaff(draft.getId(), coordinator()).isEmpty());
        assertTrue(testimonies.findForAuthor(draft.getId(), other).isEmpty());
        assertTrue(testimonyFiles.download(draft.getId(), other).isEmpty());
        assertThrows(NotFoundException.class, () -> consents.give(draft.getId(), other, web(fixture.today().plusYears(1))));
        assertThrows(NotFoundException.class, () -> testimonyModeration.approve(draft.getId(), coordinator(), null));
        assertTrue(testimonies.findForStaff(draft.getId(), other).isEmpty(), "a student is not staff");
    }

    // ---------------------------------------------------------------- eligibility and bad input

    @Test
    void aStudentWritesOnlyAboutTheirOwnMobilityOnceItHasBegun() {
        Account owner = student();
        Account other = student();
        MobilityApplication notYet = selectedMobility(owner, -10);
        MobilityApplication begun = selectedMobility(other, 1);

        assertEquals(List.of(), testimonies.mobilitiesOf(owner));
        assertEquals("testimony.mobility.notEligible", keyOf(() -> testimonyAuthoring.create(film(notYet, null), owner, null)));
        assertEquals("testimony.mobility.notEligible", keyOf(() -> testimonyAuthoring.create(film(begun, null), owner, null)));
        assertEquals(List.of(begun.getId()), testimonies.mobilitiesOf(other).stream().map(MobilityApplication::getId).toList());
        assertTrue(testimonies.ofAuthor(owner).isEmpty());
    }

    @Test
    void withAPlacementTheTestimonyWaitsUntilItIsUnderWay() {
        Account camille = accounts.findByEmail("camille.roussel@etudiant.faire-ess.fr").orElseThrow();   // in progress
        Account manon = accounts.findByEmail("manon.fabre@etudiant.faire-ess.fr").orElseThrow();         // confirmed only
        Account emma = accounts.findByEmail("emma.garcia@etudiant.faire-ess.fr").orElseThrow();           // completed
        assertEquals(1, testimonies.mobilitiesOf(camille).size());
        assertEquals(List.of(), testimonies.mobilitiesOf(manon));
        assertEquals(1, testimonies.mobilitiesOf(emma).size());
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        Account owner = student();
        MobilityApplication mobility = selectedMobility(owner, 5);

        TestimonyForm script = film(mobility, "inconnu." + UUID.randomUUID() + "@example.org");
        assertEquals("testimony.coAuthors.notEligible", keyOf(() -> testimonyAuthoring.submitNew(script, owner, null)));
        Account stayedHome = student();
        assertEquals("testimony.coAuthors.notEligible", keyOf(() -> testimonyAuthoring.submitNew(film(mobility, stayedHome.getEmail()), owner, null)),
                "a student without a mobility of their own");
        assertEquals("testimony.coAuthors.notEligible", keyOf(() -> testimonyAuthoring.submitNew(
                film(mobility, DemoAccounts.COORDINATOR_PERPIGNAN), owner, null)), "not a student: the same answer");
        TestimonyForm javascript = film(mobility, null);
        javascript.setLink("javascript:alert(document.cookie)");
        BusinessException refused = assertThrows(BusinessException.class, () -> testimonyAuthoring.submitNew(javascript, owner, null));
        assertEquals("testimony.link.invalid", refused.messageKey());
        assertEquals("link", refused.field().orElseThrow());
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("testimony.file.wrongType",
                keyOf(() -> testimonyAuthoring.submitNew(film(mobility, null), owner, new FileUpload("film.pdf", html))));
        assertEquals("testimony.file.tooLarge",
                keyOf(() -> testimonyAuthoring.create(film(mobility, null), owner, new FileUpload("gros.pdf", pdf(FileRule.MAX_BYTES + 1)))));
        assertTrue(testimonies.ofAuthor(owner).isEmpty(), "nothing was saved");

        TestimonyForm markup = film(mobility, null);
        markup.setTitle("<script>alert('titre')</script>");
        markup.setSummary("<img src=x onerror=alert(1)>");
        Testimony saved = testimonyAuthoring.submitNew(markup, owner, null);
        Testimony stored = testimonies.findForAuthor(saved.getId(), owner).orElseThrow();
        assertEquals("<script>alert('titre')</script>", stored.getTitle(), "kept as typed, shown escaped");

        TestimonyForm changed = testimonies.formOf(stored);
        changed.setLink("javascript:alert(1)");
        testimonyModeration.requestChanges(saved.getId(), coordinator(), "Ajoutez le lien vers la vidéo.");
        changed.setVersion(testimonies.findForAuthor(saved.getId(), owner).orElseThrow().getVersion());
        assertEquals("testimony.link.invalid", keyOf(() -> testimonyAuthoring.saveDraft(saved.getId(), owner, changed, null)));
        assertEquals("https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                testimonies.findForAuthor(saved.getId(), owner).orElseThrow().getLink());
    }

    @Test
    void aThirdPartyConsentNeedsARealSignedForm() {
        Story story = approvedFilm();
        long id = story.testimony().getId();
        byte[] disguised = "MZ not a scan".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("testimony.consent.form.required", keyOf(() -> consents.record(id, coordinator(), guardian("A", "B"), null)));
        assertEquals("testimony.file.wrongType",
                keyOf(() -> consents.record(id, coordinator(), guardian("A", "B"), new FileUpload("scan.png", disguised))));
        assertEquals("testimony.consent.signedBy.required",
                keyOf(() -> consents.record(id, coordinator(), guardian("A", null), new FileUpload("scan.png", png()))));
        assertTrue(consents.consents(story.testimony()).isEmpty());
    }

    @Test
    void moderationCommentsReachTheAuthorsAndMovesFollowTheStateMachine() {
        Account owner = student();
        Testimony testimony = testimonyAuthoring.submitNew(film(selectedMobility(owner, 3), null), owner, null);
        assertEquals("testimony.comment.required", keyOf(() -> testimonyModeration.requestChanges(testimony.getId(), coordinator(), " ")));
        assertEquals("testimony.move.notAllowed", keyOf(() -> testimonyModeration.publish(testimony.getId(), coordinator(), null)));
        testimonyModeration.requestChanges(testimony.getId(), coordinator(), "Précisez la structure d'accueil.");

        Testimony returned = testimonies.findForAuthor(testimony.getId(), owner).orElseThrow();
        assertEquals(TestimonyStatus.CHANGES_REQUESTED, returned.getStatus());
        assertEquals(List.of("Précisez la structure d'accueil."),
                testimonies.comments(returned).stream().map(TestimonyComment::getBody).toList());
        TestimonyForm form = testimonies.formOf(returned);
        form.setSummary("Trois mois au nido d'infanzia Il Girasole, à Bologne.");
        testimonyAuthoring.submit(testimony.getId(), owner, form, null);
        assertEquals(TestimonyStatus.SUBMITTED, testimonies.findForAuthor(testimony.getId(), owner).orElseThrow().getStatus());
        assertEquals("testimony.notEditable", keyOf(() -> testimonyAuthoring.saveDraft(testimony.getId(), owner, form, null)));
    }

    // ---------------------------------------------------------------- roles checked by the services

    @Test
    void aStudentCannotModerateNorRecordConsentsAndNothingChanges() {
        Story story = approvedFilm();
        long id = story.testimony().getId();
        consents.give(id, story.owner(), web(fixture.today().plusYears(5)));
        consents.give(id, story.coAuthor(), web(fixture.today().plusYears(5)));
        TestimonyConsent child = consents.record(id, coordinator(), guardian("Lina (7 ans)", "Sara B."),
                new FileUpload("form.png", png()));
        int historyBefore = testimonies.timeline(story.testimony()).size();
        int consentsBefore = consents.consents(story.testimony()).size();
        Account owner = story.owner();

        assertThrows(AccessDeniedException.class, () -> testimonyModeration.publish(id, owner, null));
        assertThrows(AccessDeniedException.class, () -> testimonyModeration.approve(id, owner, null));
        assertThrows(AccessDeniedException.class, () -> testimonyModeration.requestChanges(id, owner, "Je me relis moi-même."));
        assertThrows(AccessDeniedException.class, () -> testimonyModeration.unpublish(id, owner, null));
        assertThrows(AccessDeniedException.class, () -> consents.record(id, owner, guardian("Faux (3 ans)", "X"),
                new FileUpload("faux.png", png())));
        assertThrows(AccessDeniedException.class, () -> consents.withdrawRecorded(child.getId(), owner));
        assertThrows(AccessDeniedException.class, () -> consents.signedForm(child.getId(), owner));
        assertThrows(AccessDeniedException.class, () -> testimonyModeration.takenOffForConsent(owner, 30));

        assertEquals(TestimonyStatus.APPROVED, statusOf(story));
        assertTrue(showcase.find(id).isEmpty());
        assertEquals(historyBefore, testimonies.timeline(story.testimony()).size(), "nothing audited");
        assertEquals(consentsBefore, consents.consents(story.testimony()).size());
        assertFalse(consents.consents(story.testimony()).stream().anyMatch(TestimonyConsent::isWithdrawn));

        // Student writes need a student: a coordinator cannot write or consent in their name.
        MobilityApplication mobility = selectedMobility(student(), 5);
        assertThrows(AccessDeniedException.class, () -> testimonyAuthoring.create(film(mobility, null), coordinator(), null));
        assertThrows(AccessDeniedException.class, () -> testimonyAuthoring.submitNew(film(mobility, null), coordinator(), null));
        assertThrows(AccessDeniedException.class, () -> consents.give(id, coordinator(), web(fixture.today().plusYears(1))));
        assertThrows(AccessDeniedException.class, () -> consents.withdrawOwn(id, coordinator()));
        assertEquals(consentsBefore, consents.consents(story.testimony()).size());

        // The coordinator can, and publishes.
        testimonyModeration.publish(id, coordinator(), null);
        assertEquals(TestimonyStatus.PUBLISHED, statusOf(story));
    }

    // ---------------------------------------------------------------- campus scope

    @Test
    void aCoordinatorOfAnotherCampusNeitherListsNorOpensNorModeratesATestimonyOrItsConsents() {
        Story story = approvedFilm();   // its owner studies in Perpignan
        long id = story.testimony().getId();
        TestimonyConsent child = consents.record(id, coordinator(), guardian("Luca (5 ans)", "Giulia R."),
                new FileUpload("autorisation.png", png()));
        Account julien = montpellierCoordinator();
        TestimonyCriteria all = TestimonyCriteria.moderation(null, null, null);

        assertTrue(testimonies.page(all, 0, 10_000, julien).stream().noneMatch(t -> t.getId().equals(id)));
        assertTrue(testimonies.page(all, 0, 10_000, coordinator()).stream().anyMatch(t -> t.getId().equals(id)),
                "Nadia sees both campuses");
        assertEquals(testimonies.page(all, 0, 10_000, julien).size(), testimonies.count(all, julien));
        assertTrue(testimonies.findForStaff(id, julien).isEmpty());
        assertTrue(testimonyFiles.download(id, julien).isEmpty());
        assertTrue(consents.signedForm(child.getId(), julien).isEmpty(), "nor the scanned consent form");
        assertTrue(consents.signedForm(child.getId(), coordinator()).isPresent());

        assertThrows(NotFoundException.class, () -> testimonyModeration.requestChanges(id, julien, "Coupez la fin."));
        assertThrows(NotFoundException.class, () -> testimonyModeration.approve(id, julien, null));
        assertThrows(NotFoundException.class, () -> testimonyModeration.publish(id, julien, null));
        assertThrows(NotFoundException.class, () -> testimonyModeration.unpublish(id, julien, null));
        assertThrows(NotFoundException.class, () -> consents.record(id, julien, guardian("Marco (7 ans)", "Paola R."),
                new FileUpload("autorisation.png", png())));
        assertThrows(NotFoundException.class, () -> consents.withdrawRecorded(child.getId(), julien));
        assertEquals(TestimonyStatus.APPROVED, statusOf(story));
        List<TestimonyConsent> recorded = consents.consents(story.testimony());
        assertEquals(1, recorded.size(), "no consent was recorded by Julien");
        assertFalse(recorded.get(0).isWithdrawn(), "nor withdrawn");

        // Taken off the showcase for a consent: on the home of those who see its campus only.
        consents.give(id, story.owner(), web(fixture.today().plusYears(5)));
        consents.give(id, story.coAuthor(), web(fixture.today().plusYears(5)));
        testimonyModeration.publish(id, coordinator(), null);
        consents.withdrawOwn(id, story.coAuthor());
        assertEquals(TestimonyStatus.UNPUBLISHED, statusOf(story));
        assertTrue(testimonyModeration.takenOffForConsent(coordinator(), 60).stream().anyMatch(o -> o.testimony().getId().equals(id)));
        assertTrue(testimonyModeration.takenOffForConsent(julien, 60).stream().noneMatch(o -> o.testimony().getId().equals(id)));

        // The owner's campus decides: a Montpellier student's testimony is Julien's to moderate.
        Account montpellier = student("MONTPELLIER");
        Testimony theirs = testimonyAuthoring.submitNew(film(selectedMobility(montpellier, 20), null), montpellier, null);
        assertTrue(testimonies.page(all, 0, 10_000, julien).stream().anyMatch(t -> t.getId().equals(theirs.getId())));
        assertEquals(TestimonyStatus.APPROVED, testimonyModeration.approve(theirs.getId(), julien, null).getStatus());
    }

    // ---------------------------------------------------------------- consent periods

    @Test
    void anEndedConsentTakesTheTestimonyOffTheShowcaseAtOnceAndTheNightlyJobUnpublishesIt() {
        Story story = publishedFilm();
        long id = story.testimony().getId();
        String title = story.testimony().getTitle();
        TestimonyConsent coAuthors = consents.own(story.testimony(), story.coAuthor()).orElseThrow();
        assertTrue(showcase.find(id).isPresent());
        LocalDate today = parisToday();

        past.endedOn(id, coAuthors.getId(), today.minusDays(1));

        // The public no longer reaches it, although nobody has unpublished it yet.
        assertEquals(TestimonyStatus.PUBLISHED, statusOf(story));
        assertTrue(showcase.find(id).isEmpty());
        assertTrue(showcase.download(id).isEmpty());
        assertTrue(showcase.page(TestimonyCriteria.showcase(null, null, null, null), 0, 10_000).stream()
                .noneMatch(t -> t.getId() == id));
        assertTrue(showcase.latest(100).stream().noneMatch(t -> t.getId() == id));
        assertTrue(expiry.due(today).contains(id));

        // The nightly job unpublishes it, logs why and tells the authors and the coordinators.
        expiryJob.unpublishExpired(today);
        assertEquals(TestimonyStatus.UNPUBLISHED, statusOf(story));
        AuditEntry last = lastOf(testimonies.timeline(story.testimony()));
        assertEquals("TESTIMONY_UNPUBLISHED", last.getAction());
        assertEquals("PUBLISHED", last.getFromState());
        assertEquals("system", last.getActorEmail());
        assertEquals("CONSENT_EXPIRED: " + story.coAuthor().getFullName(), last.getDetail());
        for (Account author : List.of(story.owner(), story.coAuthor())) {
            assertTrue(subjectsTo(author.getEmail()).contains("Autorisation expirée : témoignage retiré de la vitrine — " + title),
                    author.getEmail() + ": " + subjectsTo(author.getEmail()));
        }
        List<OutgoingMail> note = mailsAbout(DemoAccounts.COORDINATOR_PERPIGNAN, title);
        assertEquals(List.of("Témoignage dépublié (autorisation expirée) — " + title),
                note.stream().map(OutgoingMail::getSubject).filter(t -> t.contains("expirée")).toList());
        assertTrue(note.get(0).getBody().contains("/coordinator/testimonies/view.xhtml?id=" + id), note.get(0).getBody());
        assertTrue(testimonyModeration.takenOffForConsent(coordinator(), 60).stream()
                .anyMatch(o -> o.testimony().getId() == id && o.reason() == TestimonyChanged.Reason.CONSENT_EXPIRED
                        && o.person().equals(story.coAuthor().getFullName())));

        // Idempotent: another run (another instance, the next night) changes and sends nothing more.
        int history = testimonies.timeline(story.testimony()).size();
        expiryJob.unpublishExpired(today);
        assertFalse(expiry.settle(id, today));
        assertEquals(history, testimonies.timeline(story.testimony()).size());
        assertEquals(1, subjectsTo(story.owner().getEmail()).stream().filter(t -> t.startsWith("Autorisation expirée")).count());

        // Publication is refused until the consent is renewed.
        assertEquals("testimony.consent.missingAuthor", keyOf(() -> testimonyModeration.publish(id, coordinator(), null)));
        consents.give(id, story.coAuthor(), web(today.plusYears(1)));
        testimonyModeration.publish(id, coordinator(), null);
        assertTrue(showcase.find(id).isPresent());
        assertEquals(today.plusYears(1), showcase.find(id).orElseThrow().getWebConsentUntil());
    }

    @Test
    void aConsentEndingTodayStillShowsAndOneNarrowedToPrintUnpublishesAtOnce() {
        Story story = publishedFilm();
        long id = story.testimony().getId();
        consents.give(id, story.owner(), web(parisToday()));
        assertTrue(showcase.find(id).isPresent(), "the last day of the period counts");
        assertFalse(expiry.due(parisToday()).contains(id));

        ConsentForm printOnly = web(fixture.today().plusYears(5));
        printOnly.setWeb(false);
        printOnly.setPrint(true);
        consents.give(id, story.owner(), printOnly);
        assertEquals(TestimonyStatus.UNPUBLISHED, statusOf(story));
        assertTrue(showcase.find(id).isEmpty());
        assertEquals("CONSENT_WITHDRAWN: " + story.owner().getFullName(),
                lastOf(testimonies.timeline(story.testimony())).getDetail());
        assertTrue(subjectsTo(story.coAuthor().getEmail()).contains("Témoignage retiré de la vitrine — " + story.testimony().getTitle()));
    }

    // ---------------------------------------------------------------- moderation e-mails

    @Test
    void everyModerationDecisionIsEMailedToTheAuthorsInFrenchAndSubmissionsToTheCoordinators() {
        Account owner = student();
        Account coAuthor = student();
        selectedMobility(coAuthor, 3);
        Testimony testimony = testimonyAuthoring.submitNew(film(selectedMobility(owner, 3), coAuthor.getEmail()), owner, null);
        long id = testimony.getId();
        String title = testimony.getTitle();
        List<OutgoingMail> submitted = mailsAbout(DemoAccounts.COORDINATOR_PERPIGNAN, title);
        assertEquals(List.of("Témoignage à relire — " + title), submitted.stream().map(OutgoingMail::getSubject).toList());
        assertTrue(submitted.get(0).getBody().startsWith("Bonjour Nadia,\n\nAlex Témoin a soumis le témoignage « " + title + " »"),
                submitted.get(0).getBody());
        assertTrue(mailsAbout("julien.roux@irts-montpellier.fr", title).isEmpty(), "the other campus's coordinator is not disturbed");

        testimonyModeration.requestChanges(id, coordinator(), "Précisez la structure d'accueil.");
        OutgoingMail changes = mailsAbout(owner.getEmail(), title).get(0);
        assertEquals("Modifications demandées sur votre témoignage — " + title, changes.getSubject());
        assertTrue(changes.getBody().contains("Message de la coordination :\n\nPrécisez la structure d'accueil."), changes.getBody());
        assertTrue(changes.getBody().contains("/student/testimonies/edit.xhtml?id=" + id), changes.getBody());

        TestimonyForm form = testimonies.formOf(testimonies.findForAuthor(id, owner).orElseThrow());
        testimonyAuthoring.submit(id, owner, form, null);
        testimonyModeration.approve(id, coordinator(), null);
        consents.give(id, owner, web(fixture.today().plusYears(2)));
        consents.give(id, coAuthor, web(fixture.today().plusYears(2)));
        testimonyModeration.publish(id, coordinator(), "Bravo !");
        testimonyModeration.unpublish(id, coordinator(), "Le lien ne fonctionne plus.");

        for (Account author : List.of(owner, coAuthor)) {
            assertEquals(List.of(
                            "Modifications demandées sur votre témoignage — " + title,
                            "Témoignage approuvé — " + title,
                            "Témoignage publié — " + title,
                            "Témoignage retiré de la vitrine — " + title),
                    subjectsTo(author.getEmail()).stream().filter(t -> t.endsWith(title)).toList(), author.getEmail());
        }
        OutgoingMail published = mailsAbout(coAuthor.getEmail(), "Témoignage publié — " + title).get(0);
        assertTrue(published.getBody().startsWith("Bonjour Alex,"), published.getBody());
        assertTrue(published.getBody().contains("/showcase/testimony.xhtml?id=" + id), published.getBody());
        assertTrue(published.getBody().contains("Bravo !"), published.getBody());
        assertEquals(2, mailsAbout(DemoAccounts.COORDINATOR_PERPIGNAN, title).size(), "submitted twice, nothing else");
    }

    @Test
    void aTestimonyAboutAPlacementTakesItsCountryAndHostFromThePlacement() {
        Account camille = accounts.findByEmail("camille.roussel@etudiant.faire-ess.fr").orElseThrow();   // in Brussels (demo V5)
        MobilityApplication mobility = testimonies.mobilitiesOf(camille).get(0);
        TestimonyForm form = film(mobility, null);
        form.setCoAuthors(null);
        Testimony draft = testimonyAuthoring.create(form, camille, null);
        assertEquals("BE", draft.getCountryCode());
        assertTrue(draft.getHostId() != null, "the placement's host");
        assertEquals(DemoDates.inServer().date("2026-10-01").getYear(), draft.getMobilityYear(), "the year her placement began");
        assertEquals("EJE", draft.getProgrammeCode());
    }
}
