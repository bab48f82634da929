package fr.faireess.mobility.testimony;

import static fr.faireess.mobility.support.TestFiles.pdf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.faireess.mobility.application.ApplicationForm;
import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.CefrLevel;
import fr.faireess.mobility.application.DocumentKind;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.application.Upload;
import fr.faireess.mobility.call.CallForm;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountForm;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.identity.Role;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;

/**
 * Testimonies on the real server and database: publication waits for every consent, a withdrawal
 * unpublishes at once (audited), the public showcase only ever returns published testimonies, and
 * bad input is refused without writing anything.
 */
@ExtendWith(ArquillianExtension.class)
class TestimoniesIT {


    @Deployment
    static WebArchive deployment() {
        return Deployments.application(TestimoniesIT.class, DemoAccounts.class);
    }

    @Inject private TestimonyService testimonies;
    @Inject private ConsentService consents;
    @Inject private Showcase showcase;
    @Inject private ApplicationService applications;
    @Inject private CallService calls;
    @Inject private AccountService accounts;

    /** Demo accounts as the actors of set-up calls: the services check the actor's roles in the database. */
    private Actor admin() {
        return DemoAccounts.actor(accounts, DemoAccounts.ADMIN);
    }

    private Actor coordinatorActor() {
        return DemoAccounts.actor(accounts, DemoAccounts.COORDINATOR_PERPIGNAN);
    }

    // ---------------------------------------------------------------- fixtures

    private Account student() {
        AccountForm form = new AccountForm();
        form.setEmail("temoin." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        form.setFirstName("Alex");
        form.setLastName("Témoin");
        form.setRoles(EnumSet.of(Role.STUDENT));
        form.setCampusCode("PERPIGNAN");
        form.setProgrammeCode("EJE");
        form.setStudyYear(2);
        return accounts.create(form, "mot-de-passe-solide", admin());
    }

    private Account coordinator() {
        return accounts.findByEmail(DemoAccounts.COORDINATOR_PERPIGNAN).orElseThrow();
    }

    /** A student selected for a mobility that started {@code startedDaysAgo} days ago (negative: not yet). */
    private MobilityApplication selectedMobility(Account student, int startedDaysAgo) {
        CallForm call = new CallForm();
        call.setTitle("Appel témoignages " + UUID.randomUUID());
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
        form.getWishes().get(0).setCountryCode("IT");
        form.getWishes().get(0).setCity("Bologna");
        form.getWishes().get(0).setHostType("EARLY_CHILDHOOD");
        form.setStartOn(LocalDate.now().minusDays(startedDaysAgo));
        form.setEndOn(LocalDate.now().minusDays(startedDaysAgo).plusDays(90));
        form.setWorkingLanguage("it");
        form.setCefrLevel(CefrLevel.B1);
        form.setMotivation("Je veux découvrir la pédagogie de Reggio Emilia auprès des tout-petits en Italie. ".repeat(4));
        form.setVersion(draft.getVersion());
        applications.submit(draft.getId(), student, form, List.of(
                new Upload(DocumentKind.CV, "cv.pdf", pdf(2000)), new Upload(DocumentKind.LETTER, "lettre.pdf", pdf(2000))));
        return applications.select(draft.getId(), coordinator());
    }


    private static byte[] png() {
        byte[] bytes = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, bytes, 0, 8);
        return bytes;
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

    private static ConsentForm guardian(String child, String parent) {
        ConsentForm form = web(LocalDate.now().plusYears(2));
        form.setKind(PersonKind.GUARDIAN);
        form.setPersonName(child);
        form.setSignedBy(parent);
        form.setGivenOn(LocalDate.now().minusDays(3));
        return form;
    }

    private record Story(Account owner, Account coAuthor, Testimony testimony) {
    }

    /** An approved film by two students, neither of whom has consented yet. */
    private Story approvedFilm() {
        Account owner = student();
        Account coAuthor = student();
        MobilityApplication mobility = selectedMobility(owner, 20);
        Testimony testimony = testimonies.submitNew(film(mobility, coAuthor.getEmail()), owner, null);
        testimonies.approve(testimony.getId(), coordinator(), null);
        return new Story(owner, coAuthor, testimony);
    }

    private Story publishedFilm() {
        Story story = approvedFilm();
        consents.give(story.testimony().getId(), story.owner(), web(LocalDate.now().plusYears(5)));
        consents.give(story.testimony().getId(), story.coAuthor(), web(LocalDate.now().plusYears(5)));
        testimonies.publish(story.testimony().getId(), coordinator(), null);
        return story;
    }

    private TestimonyStatus statusOf(Story story) {
        return testimonies.findForStaff(story.testimony().getId(), coordinator()).orElseThrow().getStatus();
    }

    private static String keyOf(Runnable action) {
        return assertThrows(BusinessException.class, action::run).messageKey();
    }

    // ---------------------------------------------------------------- consent and publication

    @Test
    void publicationIsRefusedWhileAnAuthorOrAThirdPartyHasNotConsentedForTheWeb() {
        Story story = approvedFilm();
        long id = story.testimony().getId();

        assertEquals("testimony.consent.missingAuthor", keyOf(() -> testimonies.publish(id, coordinator(), null)));
        consents.give(id, story.owner(), web(LocalDate.now().plusYears(5)));
        assertEquals("testimony.consent.missingAuthor", keyOf(() -> testimonies.publish(id, coordinator(), null)));
        ConsentForm printOnly = web(LocalDate.now().plusYears(5));
        printOnly.setWeb(false);
        printOnly.setPrint(true);
        consents.give(id, story.coAuthor(), printOnly);
        assertEquals("testimony.consent.missingAuthor", keyOf(() -> testimonies.publish(id, coordinator(), null)));
        consents.give(id, story.coAuthor(), web(LocalDate.now().plusYears(5)));

        TestimonyConsent child = consents.record(id, coordinator(), guardian("Luca (5 ans)", "Giulia R."),
                new FileUpload("autorisation.png", png()));
        consents.withdrawRecorded(child.getId(), coordinator());
        assertEquals("testimony.consent.missingThirdParty", keyOf(() -> testimonies.publish(id, coordinator(), null)));
        assertEquals(TestimonyStatus.APPROVED, statusOf(story));
        assertTrue(showcase.find(id).isEmpty());

        TestimonyConsent renewed = consents.record(id, coordinator(), guardian("Luca (5 ans)", "Giulia R."),
                new FileUpload("nouvelle-autorisation.pdf", pdf(800)));
        testimonies.publish(id, coordinator(), "Merci pour ce film.");
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
        assertEquals(LocalDate.now().minusDays(20).getYear(), shown.getMobilityYear());
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
        assertEquals("testimony.consent.missingAuthor", keyOf(() -> testimonies.publish(id, coordinator(), null)));

        consents.give(id, story.coAuthor(), web(LocalDate.now().plusYears(1)));
        testimonies.publish(id, coordinator(), null);
        assertTrue(showcase.find(id).isPresent());
    }

    @Test
    void aGuardiansWithdrawalRecordedByTheCoordinatorUnpublishesToo() {
        Story story = approvedFilm();
        long id = story.testimony().getId();
        consents.give(id, story.owner(), web(LocalDate.now().plusYears(5)));
        consents.give(id, story.coAuthor(), web(LocalDate.now().plusYears(5)));
        TestimonyConsent child = consents.record(id, coordinator(), guardian("Nina (6 ans)", "Paola N."),
                new FileUpload("form.png", png()));
        testimonies.publish(id, coordinator(), null);
        assertArrayEquals(png(), consents.signedForm(child.getId(), coordinator()).orElseThrow().content());
        assertTrue(consents.signedForm(child.getId(), story.owner()).isEmpty());

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
        Testimony draft = testimonies.create(withFile, owner, new FileUpload("affiche.png", png()));
        Testimony submitted = testimonies.submitNew(film(mobility, null), owner, null);
        Story approved = approvedFilm();
        Story unpublished = publishedFilm();
        testimonies.unpublish(unpublished.testimony().getId(), coordinator(), "Le lien ne fonctionne plus.");

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
        assertArrayEquals(png(), testimonies.download(draft.getId(), owner).orElseThrow().content());
    }

    @Test
    void aDraftIsInvisibleToCoordinatorsAndOtherStudentsUntilSubmitted() {
        Account owner = student();
        Account other = student();
        Testimony draft = testimonies.create(film(selectedMobility(owner, 10), null), owner, new FileUpload("a.png", png()));

        assertTrue(testimonies.findForStaff(draft.getId(), coordinator()).isEmpty());
        assertTrue(testimonies.findForAuthor(draft.getId(), other).isEmpty());
        assertTrue(testimonies.download(draft.getId(), other).isEmpty());
        assertThrows(NotFoundException.class, () -> consents.give(draft.getId(), other, web(LocalDate.now().plusYears(1))));
        assertThrows(NotFoundException.class, () -> testimonies.approve(draft.getId(), coordinator(), null));
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
        assertEquals("testimony.mobility.notEligible", keyOf(() -> testimonies.create(film(notYet, null), owner, null)));
        assertEquals("testimony.mobility.notEligible", keyOf(() -> testimonies.create(film(begun, null), owner, null)));
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
        assertEquals("testimony.coAuthors.unknown", keyOf(() -> testimonies.submitNew(script, owner, null)));
        TestimonyForm javascript = film(mobility, null);
        javascript.setLink("javascript:alert(document.cookie)");
        BusinessException refused = assertThrows(BusinessException.class, () -> testimonies.submitNew(javascript, owner, null));
        assertEquals("testimony.link.invalid", refused.messageKey());
        assertEquals("link", refused.field().orElseThrow());
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("testimony.file.wrongType",
                keyOf(() -> testimonies.submitNew(film(mobility, null), owner, new FileUpload("film.pdf", html))));
        assertEquals("testimony.file.tooLarge",
                keyOf(() -> testimonies.create(film(mobility, null), owner, new FileUpload("gros.pdf", pdf(FileRule.MAX_BYTES + 1)))));
        assertTrue(testimonies.ofAuthor(owner).isEmpty(), "nothing was saved");

        TestimonyForm markup = film(mobility, null);
        markup.setTitle("<script>alert('titre')</script>");
        markup.setSummary("<img src=x onerror=alert(1)>");
        Testimony saved = testimonies.submitNew(markup, owner, null);
        Testimony stored = testimonies.findForAuthor(saved.getId(), owner).orElseThrow();
        assertEquals("<script>alert('titre')</script>", stored.getTitle(), "kept as typed, shown escaped");

        TestimonyForm changed = testimonies.formOf(stored);
        changed.setLink("javascript:alert(1)");
        testimonies.requestChanges(saved.getId(), coordinator(), "Ajoutez le lien vers la vidéo.");
        changed.setVersion(testimonies.findForAuthor(saved.getId(), owner).orElseThrow().getVersion());
        assertEquals("testimony.link.invalid", keyOf(() -> testimonies.saveDraft(saved.getId(), owner, changed, null)));
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
        Testimony testimony = testimonies.submitNew(film(selectedMobility(owner, 3), null), owner, null);
        assertEquals("testimony.comment.required", keyOf(() -> testimonies.requestChanges(testimony.getId(), coordinator(), " ")));
        assertEquals("testimony.move.notAllowed", keyOf(() -> testimonies.publish(testimony.getId(), coordinator(), null)));
        testimonies.requestChanges(testimony.getId(), coordinator(), "Précisez la structure d'accueil.");

        Testimony returned = testimonies.findForAuthor(testimony.getId(), owner).orElseThrow();
        assertEquals(TestimonyStatus.CHANGES_REQUESTED, returned.getStatus());
        assertEquals(List.of("Précisez la structure d'accueil."),
                testimonies.comments(returned).stream().map(TestimonyComment::getBody).toList());
        TestimonyForm form = testimonies.formOf(returned);
        form.setSummary("Trois mois au nido d'infanzia Il Girasole, à Bologne.");
        testimonies.submit(testimony.getId(), owner, form, null);
        assertEquals(TestimonyStatus.SUBMITTED, testimonies.findForAuthor(testimony.getId(), owner).orElseThrow().getStatus());
        assertEquals("testimony.notEditable", keyOf(() -> testimonies.saveDraft(testimony.getId(), owner, form, null)));
    }
}
