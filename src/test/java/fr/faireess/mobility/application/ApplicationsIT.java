package fr.faireess.mobility.application;

import static fr.faireess.mobility.support.TestFiles.pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.call.CallForm;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountForm;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.DemoDates;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.Fixture;
import fr.faireess.mobility.support.TestLanes;

/** Calls and applications on the real server and database: quota under concurrency, access, refusals. */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class ApplicationsIT {


    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private ApplicationService applications;
    @Inject private ApplicationDrafting applicationDrafting;
    @Inject private ApplicationQueries applicationQueries;
    @Inject private ApplicationReview applicationReview;
    @Inject private CallService calls;
    @Inject private AccountService accounts;
    @Inject private Fixture fixture;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private UserTransaction transaction;

    // ---------------------------------------------------------------- fixtures

    /** Calls are created and closed by a real coordinator, accounts by the real admin: as the pages do. */

    private Actor adminActor() {
        Account admin = accounts.findByEmail(DemoAccounts.ADMIN).orElseThrow();
        return new Actor(admin.getId(), admin.getEmail());
    }

    /** A student of {@code campus} in ES year 2: the applicant most tests need. */
    private Account student(String campus) {
        return fixture.student(campus, "ES", 2, "Test");
    }

    private Account trainer() {
        return accounts.findByEmail(DemoAccounts.TRAINER_PERPIGNAN).orElseThrow();
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
     * A period of 45 days as the EU counts them (1st of a month to the 15th of the next), a month
     * after the fixture's period: too short, whatever the months.
     */
    private LocalDate[] fortyFiveDays() {
        LocalDate start = fixture.periodStart().plusMonths(1);
        return new LocalDate[] {start, start.plusMonths(1).withDayOfMonth(15)};
    }

    // ---------------------------------------------------------------- quota under concurrency

    @Test
    void eightCoordinatorsSelectingAtOnceOnThreePlacesSelectExactlyThree() throws Exception {
        MobilityCall call = fixture.openCall("Appel test", 3);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(fixture.submitted(call, student("PERPIGNAN")).getId());
        }
        Account coordinator = coordinator();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (Long id : ids) {
            // Each coordinator decides on the version their page showed: read here, before the race
            // (the fixture's persistence context belongs to the test's thread, not the pool's).
            long version = fixture.versionOf(id);
            Callable<Boolean> selection = () -> {
                start.await();
                try {
                    applicationReview.select(id, coordinator, null, version);
                    return true;
                } catch (BusinessException e) {
                    assertEquals("application.select.quotaReached", e.messageKey());
                    return false;
                }
            };
            results.add(executor.submit(selection));
        }
        start.countDown();
        int selected = 0;
        for (Future<Boolean> result : results) {
            if (result.get(120, TimeUnit.SECONDS)) {
                selected++;
            }
        }
        assertEquals(3, selected);
        assertEquals(3, calls.selectedCount(call.getId()));
    }

    // ---------------------------------------------------------------- concurrent edits

    @Test
    void aScoreSavedOverSomeoneElsesChangeIsReportedAndTheirChangeKept() {
        MobilityApplication application = fixture.submitted(fixture.openCall("Appel test", 5), student("PERPIGNAN"));
        long seenByBoth = application.getVersion();
        applicationReview.score(application.getId(), coordinator(), 70, seenByBoth);
        assertThrows(ConcurrentModificationException.class,
                () -> applicationReview.score(application.getId(), coordinator(), 40, seenByBoth));
        assertEquals(70, applications.findVisibleTo(application.getId(), coordinator()).orElseThrow().getScore());
    }

    @Test
    void aDraftSavedFromAStaleFormIsRefused() {
        Account student = student("PERPIGNAN");
        MobilityApplication draft = applicationDrafting.start(fixture.openCall("Appel test", 5).getId(), student);
        ApplicationForm first = fixture.completeForm();
        first.setVersion(draft.getVersion());
        ApplicationForm second = fixture.completeForm();
        second.setVersion(draft.getVersion());
        second.setMotivation("Une autre motivation, écrite dans un autre onglet. ".repeat(5));
        applicationDrafting.saveDraft(draft.getId(), student, first, List.of());
        assertThrows(ConcurrentModificationException.class, () -> applicationDrafting.saveDraft(draft.getId(), student, second, List.of()));
    }

    // ---------------------------------------------------------------- access

    @Test
    void aStudentCannotReadOrChangeAnotherStudentsFileOrDocuments() {
        MobilityCall call = fixture.openCall("Appel test", 5);
        Account owner = student("PERPIGNAN");
        Account other = student("PERPIGNAN");
        MobilityApplication application = fixture.submitted(call, owner);
        long documentId = applications.documents(application).get(0).id();

        assertTrue(applications.findVisibleTo(application.getId(), other).isEmpty());
        assertTrue(applications.download(documentId, other).isEmpty());
        assertTrue(applications.download(documentId, owner).isPresent());
        assertEquals(0, documentReads(application.getId()), "the student reading their own CV is not a staff access");
        assertTrue(applications.download(documentId, coordinator()).isPresent());
        assertEquals(1, documentReads(application.getId()), "each staff access to a document is audited");
        assertThrows(NotFoundException.class, () -> applicationDrafting.withdraw(application.getId(), other, "non"));
        assertThrows(NotFoundException.class, () -> applications.comment(application.getId(), other, "coucou"));
        assertThrows(AccessDeniedException.class, () -> applicationReview.select(application.getId(), other, null, fixture.versionOf(application.getId())));
        assertEquals(ApplicationStatus.SUBMITTED, applications.findVisibleTo(application.getId(), owner).orElseThrow().getStatus());
    }

    @Inject private fr.faireess.mobility.platform.audit.AuditLog audit;

    private long documentReads(long applicationId) {
        return audit.history(ApplicationService.AUDIT_SUBJECT, applicationId).stream()
                .filter(e -> e.getAction().equals("DOCUMENT_READ")).count();
    }

    @Test
    void staffDoNotSeeDrafts() {
        Account student = student("MONTPELLIER");
        MobilityApplication draft = applicationDrafting.start(fixture.openCall("Appel test", 5).getId(), student);
        assertTrue(applications.findVisibleTo(draft.getId(), coordinator()).isEmpty());
    }

    @Test
    void aReplacedDocumentTakesTheNewFilesNameAndContent() {
        Account student = student("PERPIGNAN");
        MobilityApplication draft = applicationDrafting.start(fixture.openCall("Appel test", 5).getId(), student);
        ApplicationForm form = fixture.completeForm();
        form.setVersion(draft.getVersion());
        MobilityApplication saved = applicationDrafting.saveDraft(draft.getId(), student, form,
                List.of(new Upload(DocumentKind.CV, "cv-septembre.pdf", pdf(2000))));
        ApplicationForm again = fixture.completeForm();
        again.setVersion(saved.getVersion());
        byte[] newer = pdf(2500);
        applicationDrafting.saveDraft(draft.getId(), student, again, List.of(new Upload(DocumentKind.CV, "cv-octobre.pdf", newer)));

        MobilityApplication reloaded = applications.findVisibleTo(draft.getId(), student).orElseThrow();
        DocumentInfo cv = applications.documents(reloaded).get(0);
        assertEquals("cv-octobre.pdf", cv.fileName());
        assertEquals(newer.length, cv.sizeBytes());
        DocumentDownload download = applications.download(cv.id(), student).orElseThrow();
        assertEquals("cv-octobre.pdf", download.fileName());
        assertTrue(java.util.Arrays.equals(newer, download.content()));
    }

    // ---------------------------------------------------------------- refusals change nothing

    @Test
    void aFortyFiveDayPeriodIsRefusedAndNothingIsSaved() {
        Account student = student("PERPIGNAN");
        MobilityApplication draft = applicationDrafting.start(fixture.openCall("Appel test", 5).getId(), student);
        ApplicationForm form = fixture.completeForm();
        form.setVersion(draft.getVersion());
        form.setStartOn(fortyFiveDays()[0]);
        form.setEndOn(fortyFiveDays()[1]);
        BusinessException e = assertThrows(BusinessException.class,
                () -> applicationDrafting.saveDraft(draft.getId(), student, form, Fixture.documents()));
        assertEquals("application.period.tooShort", e.messageKey());
        MobilityApplication reloaded = applications.findVisibleTo(draft.getId(), student).orElseThrow();
        assertEquals(null, reloaded.getStartOn());
        assertTrue(applications.documents(reloaded).isEmpty(), "the PDFs of a refused save are not kept either");
    }

    @Test
    void aRenamedNonPdfOrASixMegabyteFileIsRefusedAndNothingIsSaved() {
        Account student = student("PERPIGNAN");
        MobilityApplication draft = applicationDrafting.start(fixture.openCall("Appel test", 5).getId(), student);
        ApplicationForm form = fixture.completeForm();
        form.setVersion(draft.getVersion());
        BusinessException notPdf = assertThrows(BusinessException.class, () -> applicationDrafting.saveDraft(draft.getId(), student, form,
                List.of(new Upload(DocumentKind.CV, "cv.pdf", "PK\u0003\u0004 word".getBytes(StandardCharsets.ISO_8859_1)))));
        assertEquals("application.document.notPdf", notPdf.messageKey());
        assertEquals("cv", notPdf.field().orElseThrow());
        BusinessException tooLarge = assertThrows(BusinessException.class, () -> applicationDrafting.saveDraft(draft.getId(), student, form,
                List.of(new Upload(DocumentKind.LETTER, "lettre.pdf", pdf(6 * 1024 * 1024)))));
        assertEquals("application.document.tooLarge", tooLarge.messageKey());
        MobilityApplication reloaded = applications.findVisibleTo(draft.getId(), student).orElseThrow();
        assertTrue(applications.documents(reloaded).isEmpty());
        assertEquals(null, reloaded.getMotivation());
    }

    @Test
    void submittingAfterTheDeadlineIsRefused() {
        Account student = student("PERPIGNAN");
        MobilityCall call = fixture.openCall("Appel test", 5);
        MobilityApplication draft = applicationDrafting.start(call.getId(), student);
        calls.close(call.getId(), coordinator());
        ApplicationForm form = fixture.completeForm();
        form.setVersion(draft.getVersion());
        BusinessException e = assertThrows(BusinessException.class,
                () -> applicationDrafting.submit(draft.getId(), student, form, Fixture.documents()));
        assertEquals("application.submit.closed", e.messageKey());
        assertEquals(ApplicationStatus.DRAFT, applications.findVisibleTo(draft.getId(), student).orElseThrow().getStatus());
    }

    @Test
    void anIncompleteFileCannotBeSubmitted() {
        Account student = student("PERPIGNAN");
        MobilityApplication draft = applicationDrafting.start(fixture.openCall("Appel test", 5).getId(), student);
        ApplicationForm form = fixture.completeForm();
        form.setVersion(draft.getVersion());
        BusinessException e = assertThrows(BusinessException.class,
                () -> applicationDrafting.submit(draft.getId(), student, form, List.of(new Upload(DocumentKind.CV, "cv.pdf", pdf(2000)))));
        assertEquals("application.document.letterRequired", e.messageKey());
        assertEquals(ApplicationStatus.DRAFT, applications.findVisibleTo(draft.getId(), student).orElseThrow().getStatus());
    }

    @Test
    void aStudentOfAnotherCampusOrWithoutTheModuleIsRefusedWithAReason() {
        CallForm form = fixture.openCallForm("Perpignan seulement", 2, "PERPIGNAN");
        form.setProgrammes(List.of("ES"));
        form.setStudyYears(List.of(2));
        form.setRequiresModule(true);
        MobilityCall call = calls.create(form, coordinator());
        assertEquals("call.refused.campus",
                assertThrows(BusinessException.class, () -> applicationDrafting.start(call.getId(), student("MONTPELLIER"))).messageKey());
        String refusal = assertThrows(BusinessException.class, () -> applicationDrafting.start(call.getId(), student("PERPIGNAN"))).messageKey();
        assertTrue(refusal.startsWith("module.completion."), refusal);
    }

    @Test
    void aStudentWhoCompletedTheModuleMayApplyToACallThatRequiresIt() {
        Account lea = accounts.findByEmail(DemoAccounts.STUDENT_ASS_PERPIGNAN).orElseThrow();
        MobilityCall philia = calls.all().stream().filter(MobilityCall::isRequiresModule)
                .filter(c -> c.getTitle().startsWith("Mobilité Philia+")).findFirst().orElseThrow();
        MobilityApplication application = applicationDrafting.start(philia.getId(), lea);
        assertEquals(ApplicationStatus.DRAFT, application.getStatus());
        Account hugo = accounts.findByEmail(DemoAccounts.STUDENT_ES_PERPIGNAN).orElseThrow();
        BusinessException refused = assertThrows(BusinessException.class, () -> applicationDrafting.start(philia.getId(), hugo));
        assertEquals("module.completion.missingSessions", refused.messageKey());
    }

    // ---------------------------------------------------------------- calls: coordinators only

    @Test
    void onlyCoordinatorsCreateEditOrCloseCallsAndARefusalChangesNothing() {
        CallForm form = fixture.openCallForm("Appel refusé", 2, "PERPIGNAN");
        String title = form.getTitle();
        form.setProgrammes(List.of("ES"));
        form.setStudyYears(List.of(2));
        Account student = accounts.findByEmail(DemoAccounts.STUDENT_ES_PERPIGNAN).orElseThrow();
        Account trainer = trainer();
        Account admin = accounts.findByEmail(DemoAccounts.ADMIN).orElseThrow();
        for (Account account : List.of(student, trainer, admin)) {
            assertThrows(AccessDeniedException.class, () -> calls.create(form, account), account.getEmail());
        }
        assertTrue(calls.all().stream().noneMatch(c -> c.getTitle().equals(title)), "nothing was created");

        MobilityCall call = calls.create(form, coordinator());
        CallForm edit = CallForm.of(call);
        edit.setPlaces(40);
        assertThrows(AccessDeniedException.class, () -> calls.update(call.getId(), edit, student));
        assertThrows(AccessDeniedException.class, () -> calls.close(call.getId(), trainer));
        MobilityCall after = calls.find(call.getId()).orElseThrow();
        assertEquals(2, after.getPlaces());
        assertEquals(null, after.getClosedEarlyAt());
        assertEquals(call.getVersion(), after.getVersion());
    }

    // ---------------------------------------------------------------- campus scope

    @Test
    void aCoordinatorOfOneCampusNeitherListsNorOpensNorDownloadsNorDecidesAnotherCampussFile() {
        MobilityCall call = fixture.openCall("Appel test", 5);   // open to both campuses
        Account perpignanStudent = fixture.student("PERPIGNAN", "ES", 2, "Perpignanais");
        Account montpellierStudent = fixture.student("MONTPELLIER", "ES", 2, "Montpelliérain");
        MobilityApplication perpignan = fixture.submitted(call, perpignanStudent);
        MobilityApplication montpellier = fixture.submitted(call, montpellierStudent);
        long perpignanId = perpignan.getId();
        long document = applications.documents(perpignan).get(0).id();
        long version = perpignan.getVersion();
        String before = stored(perpignanId, perpignanStudent);
        Account julien = montpellierCoordinator();
        ApplicationCriteria wholeCall = new ApplicationCriteria(call.getId(), null, null, null, null, null, null);

        // Listing and counting: only his campus's file, even when he asks for the other campus.
        assertEquals(List.of(montpellier.getId()), applicationQueries.page(wholeCall, 0, 50, julien).stream()
                .map(MobilityApplication::getId).toList());
        assertEquals(1, applicationQueries.count(wholeCall, julien));
        assertEquals(0, applicationQueries.count(new ApplicationCriteria(call.getId(), "PERPIGNAN", null, null, null, null, null), julien));
        assertEquals(1L, applicationQueries.countsByCall(julien).get(call.getId()).get(ApplicationStatus.SUBMITTED));
        assertTrue(calls.visibleTo(julien).stream().anyMatch(c -> c.getId().equals(call.getId())),
                "a call for both campuses is seen by both campuses' coordinators");

        // Opening, downloading, deciding, scoring, writing: as if the file did not exist.
        assertTrue(applications.findVisibleTo(perpignanId, julien).isEmpty());
        assertTrue(applications.download(document, julien).isEmpty());
        assertThrows(NotFoundException.class, () -> applicationReview.select(perpignanId, julien, null, fixture.versionOf(perpignanId)));
        assertThrows(NotFoundException.class, () -> applicationReview.waitlist(perpignanId, julien, null, version));
        assertThrows(NotFoundException.class, () -> applicationReview.reject(perpignanId, julien, "Non retenu", fixture.versionOf(perpignanId)));
        assertThrows(NotFoundException.class, () -> applicationReview.requestChanges(perpignanId, julien, "Précisez", fixture.versionOf(perpignanId)));
        assertThrows(NotFoundException.class, () -> applicationReview.score(perpignanId, julien, 90, version));
        assertThrows(NotFoundException.class, () -> applications.comment(perpignanId, julien, "Bonjour"));
        assertEquals(before, stored(perpignanId, perpignanStudent), "nothing changed");
        assertEquals(0, documentReads(perpignanId), "no staff read was recorded");
        assertTrue(applications.findVisibleTo(montpellier.getId(), julien).isPresent(), "his own campus's file opens");

        // Nadia sees both campuses (demo setting): the whole call, and the file opens and downloads.
        Account nadia = coordinator();
        assertEquals(2, applicationQueries.count(wholeCall, nadia));
        assertEquals(2L, applicationQueries.countsByCall(nadia).get(call.getId()).get(ApplicationStatus.SUBMITTED));
        assertTrue(applications.findVisibleTo(perpignanId, nadia).isPresent());
        assertTrue(applications.download(document, nadia).isPresent());

        // The admin's setting decides, read at each request: a Montpellier coordinator allowed to see
        // both campuses sees the Perpignan file, and no longer once the setting is turned off.
        AccountForm form = new AccountForm();
        form.setEmail("coordination." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        form.setFirstName("Camille");
        form.setLastName("Deux-Campus");
        form.setRoles(EnumSet.of(Role.COORDINATOR));
        form.setCampusCode("MONTPELLIER");
        form.setSeesBothCampuses(true);
        Account both = accounts.create(form, "mot-de-passe-solide", adminActor());
        assertTrue(both.isSeesBothCampuses());
        assertTrue(applications.findVisibleTo(perpignanId, both).isPresent());
        applicationReview.waitlist(perpignanId, both, null, version);
        assertEquals(ApplicationStatus.WAITLISTED, applications.findVisibleTo(perpignanId, perpignanStudent).orElseThrow().getStatus());
        AccountForm off = AccountForm.of(both);
        off.setSeesBothCampuses(false);
        Account narrowed = accounts.update(both.getId(), off, adminActor());
        assertFalse(narrowed.isSeesBothCampuses());
        assertTrue(applications.findVisibleTo(perpignanId, narrowed).isEmpty());
        assertEquals(1, applicationQueries.count(wholeCall, narrowed));

        // Since issue #16 the setting widens trainers too (their module sessions): a new trainer's is kept.
        AccountForm trainerForm = new AccountForm();
        trainerForm.setEmail("formation." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        trainerForm.setFirstName("Dominique");
        trainerForm.setLastName("Formation");
        trainerForm.setRoles(EnumSet.of(Role.TRAINER));
        trainerForm.setCampusCode("PERPIGNAN");
        trainerForm.setSeesBothCampuses(true);
        assertTrue(accounts.create(trainerForm, "mot-de-passe-solide", adminActor()).isSeesBothCampuses());
    }

    @Test
    void aCallForBothCampusesCountsEverySelectionInItsQuotaAndIsChangedOnlyByWhoSeesAllItsCampuses() {
        Account nadia = coordinator();
        Account julien = montpellierCoordinator();
        MobilityCall call = calls.create(fixture.openCallForm("Appel périmètre", 1, "PERPIGNAN", "MONTPELLIER"), nadia);
        Account perpignanStudent = fixture.student("PERPIGNAN", "ASS", 2, "Premier");
        MobilityApplication perpignan = fixture.submitted(call, perpignanStudent);
        MobilityApplication montpellier = fixture.submitted(call, fixture.student("MONTPELLIER", "ASS", 2, "Second"));
        applicationReview.select(perpignan.getId(), nadia, null, fixture.versionOf(perpignan.getId()));

        // Julien sees one file and no selection, yet the call's only place is taken: he is refused,
        // told that files of a campus he does not see fill it, and not whose.
        BusinessException full = assertThrows(BusinessException.class, () -> applicationReview.select(montpellier.getId(), julien, null, fixture.versionOf(montpellier.getId())));
        assertEquals("application.select.quotaReachedOtherCampus", full.messageKey());
        assertEquals(List.of(1, 1L), List.of(full.arguments()));
        String text = fr.faireess.mobility.platform.i18n.Messages.text(java.util.Locale.FRENCH, full.messageKey(), full.arguments());
        assertTrue(text.startsWith("Les places de cet appel (1) sont déjà toutes pourvues, dont 1 par des dossiers d'un campus que vous ne voyez pas"), text);
        assertFalse(text.contains(perpignanStudent.getLastName()), text);
        assertEquals(ApplicationStatus.SUBMITTED, applications.findVisibleTo(montpellier.getId(), julien).orElseThrow().getStatus());
        assertEquals("application.select.quotaReached",
                assertThrows(BusinessException.class, () -> applicationReview.select(montpellier.getId(), nadia, null, fixture.versionOf(montpellier.getId()))).messageKey(),
                "Nadia sees every selection: the plain message");

        // The freed place is offered for the best waitlisted file of the whole call, to those who see
        // its campus only: Julien is not offered his lower-ranked file instead, nor told of the other.
        applicationReview.waitlist(montpellier.getId(), julien, null, fixture.versionOf(montpellier.getId()));
        MobilityApplication better = fixture.submitted(call, fixture.student("PERPIGNAN", "ASS", 2, "Troisième"));
        applicationReview.waitlist(better.getId(), nadia, null, fixture.versionOf(better.getId()));
        applicationReview.score(better.getId(), nadia, 95, applications.findVisibleTo(better.getId(), nadia).orElseThrow().getVersion());
        applicationDrafting.withdraw(perpignan.getId(), perpignanStudent, "Raisons familiales");
        assertTrue(applicationQueries.offersFromWaitlist(julien).stream().noneMatch(a -> a.getCall().getId().equals(call.getId())));
        assertEquals(better.getId(), applicationQueries.offersFromWaitlist(nadia).stream()
                .filter(a -> a.getCall().getId().equals(call.getId())).findFirst().orElseThrow().getId());

        // Calls: Julien reads a call for both campuses but neither edits nor closes it; he creates one
        // for Montpellier, not for Perpignan, and a Perpignan-only call is absent for him.
        CallForm edit = CallForm.of(call);
        edit.setPlaces(3);
        assertEquals("call.campuses.outsideScope",
                assertThrows(BusinessException.class, () -> calls.update(call.getId(), edit, julien)).messageKey());
        assertEquals("call.campuses.outsideScope",
                assertThrows(BusinessException.class, () -> calls.close(call.getId(), julien)).messageKey());
        MobilityCall unchanged = calls.find(call.getId()).orElseThrow();
        assertEquals(1, unchanged.getPlaces());
        assertEquals(null, unchanged.getClosedEarlyAt());
        assertEquals("call.campuses.outsideScope", assertThrows(BusinessException.class,
                () -> calls.create(fixture.openCallForm("Appel périmètre", 2, "PERPIGNAN"), julien)).messageKey());
        assertEquals("call.campuses.outsideScope", assertThrows(BusinessException.class,
                () -> calls.create(fixture.openCallForm("Appel périmètre", 2, "PERPIGNAN", "MONTPELLIER"), julien)).messageKey());
        MobilityCall own = calls.create(fixture.openCallForm("Appel périmètre", 2, "MONTPELLIER"), julien);
        CallForm ownEdit = CallForm.of(own);
        ownEdit.setCampuses(List.of("MONTPELLIER", "PERPIGNAN"));
        assertEquals("call.campuses.outsideScope",
                assertThrows(BusinessException.class, () -> calls.update(own.getId(), ownEdit, julien)).messageKey());
        MobilityCall perpignanOnly = calls.create(fixture.openCallForm("Appel périmètre", 2, "PERPIGNAN"), nadia);
        assertTrue(calls.findFor(perpignanOnly.getId(), julien).isEmpty());
        assertTrue(calls.visibleTo(julien).stream().noneMatch(c -> c.getId().equals(perpignanOnly.getId())));
        assertThrows(NotFoundException.class, () -> calls.close(perpignanOnly.getId(), julien));
        calls.update(call.getId(), edit, nadia);
        assertEquals(3, calls.find(call.getId()).orElseThrow().getPlaces(), "Nadia, who sees both campuses, edits it");
    }

    // ---------------------------------------------------------------- the whole review

    @Test
    void changesRequestedThenResubmittedThenSelectedLeavesATimeline() {
        Account student = student("PERPIGNAN");
        MobilityApplication application = fixture.submitted(fixture.openCall("Appel test", 2), student);
        Account coordinator = coordinator();
        assertEquals("application.requestChanges.messageRequired", assertThrows(BusinessException.class,
                () -> applicationReview.requestChanges(application.getId(), coordinator, " ", fixture.versionOf(application.getId()))).messageKey());
        applicationReview.requestChanges(application.getId(), coordinator, "Précisez la période.", fixture.versionOf(application.getId()));
        MobilityApplication returned = applications.findVisibleTo(application.getId(), student).orElseThrow();
        assertEquals(ApplicationStatus.CHANGES_REQUESTED, returned.getStatus());
        assertEquals("Précisez la période.", applications.comments(returned).get(0).getBody());

        ApplicationForm form = applications.formOf(returned);
        LocalDate later = fixture.periodEnd().plusMonths(1);
        form.setEndOn(later);
        applicationDrafting.submit(application.getId(), student, form, List.of());
        applicationReview.select(application.getId(), coordinator, null, fixture.versionOf(application.getId()));

        MobilityApplication selected = applications.findVisibleTo(application.getId(), student).orElseThrow();
        assertEquals(ApplicationStatus.SELECTED, selected.getStatus());
        assertEquals(later, selected.getEndOn());
        assertEquals(List.of("DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "SUBMITTED", "SELECTED"),
                applications.timeline(selected).stream().map(e -> e.getToState()).toList());
        assertThrows(IllegalTransitionException.class, () -> applicationReview.reject(application.getId(), coordinator, "trop tard", fixture.versionOf(application.getId())));
    }

    @Test
    void whenASelectedStudentWithdrawsTheBestWaitlistedFileIsOffered() {
        MobilityCall call = fixture.openCall("Appel test", 1);
        Account coordinator = coordinator();
        MobilityApplication first = fixture.submitted(call, student("PERPIGNAN"));
        MobilityApplication low = fixture.submitted(call, student("PERPIGNAN"));
        MobilityApplication high = fixture.submitted(call, student("MONTPELLIER"));
        applicationReview.select(first.getId(), coordinator, null, fixture.versionOf(first.getId()));
        applicationReview.waitlist(low.getId(), coordinator, null, fixture.versionOf(low.getId()));
        applicationReview.waitlist(high.getId(), coordinator, null, fixture.versionOf(high.getId()));
        applicationReview.score(low.getId(), coordinator, 40, applications.findVisibleTo(low.getId(), coordinator).orElseThrow().getVersion());
        applicationReview.score(high.getId(), coordinator, 85, applications.findVisibleTo(high.getId(), coordinator).orElseThrow().getVersion());
        assertFalse(applicationQueries.offersFromWaitlist(coordinator).stream().anyMatch(a -> a.getCall().getId().equals(call.getId())));

        applicationDrafting.withdraw(first.getId(), first.getStudent(), "Raisons familiales");

        MobilityApplication offered = applicationQueries.offersFromWaitlist(coordinator).stream()
                .filter(a -> a.getCall().getId().equals(call.getId())).findFirst().orElseThrow();
        assertEquals(high.getId(), offered.getId());
        applicationReview.select(high.getId(), coordinator, null, fixture.versionOf(high.getId()));
        assertEquals(1, calls.selectedCount(call.getId()));
    }

    // ---------------------------------------------------------------- roles, checked by the service itself

    /** Everything the database holds about a file, as one comparable line, read by its student. */
    private String stored(long id, Account student) {
        MobilityApplication a = applications.findVisibleTo(id, student).orElseThrow();
        return String.join(" | ", a.getStatus().name(), "v" + a.getVersion(), String.valueOf(a.getStartOn()),
                String.valueOf(a.getEndOn()), String.valueOf(a.getWorkingLanguage()), String.valueOf(a.getCefrLevel()),
                String.valueOf(a.getMotivation()), "score=" + a.getScore(), "withdrawn=" + a.getWithdrawalReason(),
                a.getWishes().stream().map(w -> w.getRank() + ":" + w.getHostId() + ":" + w.getCountryCode() + ":" + w.getCity())
                        .toList().toString(),
                applications.documents(a).toString(),
                "comments=" + applications.comments(a).size(), "moves=" + applications.timeline(a).size());
    }

    @Test
    void aStudentCannotDecideOnOrScoreAFileNotEvenTheirOwn() {
        Account owner = student("PERPIGNAN");
        Account other = student("PERPIGNAN");
        MobilityApplication application = fixture.submitted(fixture.openCall("Appel test", 3), owner);
        long id = application.getId();
        long version = application.getVersion();
        String before = stored(id, owner);
        for (Account student : List.of(owner, other)) {
            assertThrows(AccessDeniedException.class, () -> applicationReview.select(id, student, null, fixture.versionOf(id)));
            assertThrows(AccessDeniedException.class, () -> applicationReview.select(id, student, null, version));
            assertThrows(AccessDeniedException.class, () -> applicationReview.reject(id, student, "Non retenu", fixture.versionOf(id)));
            assertThrows(AccessDeniedException.class, () -> applicationReview.waitlist(id, student, null, fixture.versionOf(id)));
            assertThrows(AccessDeniedException.class, () -> applicationReview.requestChanges(id, student, "Refaites tout", fixture.versionOf(id)));
            assertThrows(AccessDeniedException.class, () -> applicationReview.score(id, student, 100, version));
            assertThrows(AccessDeniedException.class, () -> applicationQueries.page(
                    new ApplicationCriteria(null, null, null, null, null, null, null), 0, 10, student));
            assertThrows(AccessDeniedException.class, () -> applicationQueries.count(
                    new ApplicationCriteria(null, null, null, null, null, null, null), student));
            assertThrows(AccessDeniedException.class, () -> applicationQueries.offersFromWaitlist(student));
        }
        assertEquals(before, stored(id, owner), "nothing changed");
    }

    @Test
    void aCoordinatorCannotApplySaveSubmitOrWithdrawForAStudent() {
        MobilityCall call = fixture.openCall("Appel test", 3);
        Account student = student("PERPIGNAN");
        Account coordinator = coordinator();
        assertThrows(AccessDeniedException.class, () -> applicationDrafting.start(call.getId(), coordinator));
        MobilityApplication draft = applicationDrafting.start(call.getId(), student);
        ApplicationForm form = fixture.completeForm();
        form.setVersion(draft.getVersion());
        String before = stored(draft.getId(), student);
        assertThrows(AccessDeniedException.class, () -> applicationDrafting.saveDraft(draft.getId(), coordinator, form, Fixture.documents()));
        assertThrows(AccessDeniedException.class, () -> applicationDrafting.submit(draft.getId(), coordinator, form, Fixture.documents()));
        assertThrows(AccessDeniedException.class, () -> applicationDrafting.withdraw(draft.getId(), coordinator, "À sa place"));
        assertEquals(before, stored(draft.getId(), student), "nothing changed");
        assertEquals(ApplicationStatus.DRAFT, applications.findVisibleTo(draft.getId(), student).orElseThrow().getStatus());
        assertTrue(applications.ofStudent(coordinator).isEmpty());
    }

    @Test
    void aTrainerNeitherDecidesNorReadsFilesOrDocuments() {
        Account student = student("MONTPELLIER");
        MobilityApplication application = fixture.submitted(fixture.openCall("Appel test", 3), student);
        long documentId = applications.documents(application).get(0).id();
        Account trainer = trainer();
        String before = stored(application.getId(), student);
        assertThrows(AccessDeniedException.class, () -> applicationReview.select(application.getId(), trainer, null, fixture.versionOf(application.getId())));
        assertThrows(AccessDeniedException.class, () -> applications.comment(application.getId(), trainer, "Bonjour"));
        assertThrows(AccessDeniedException.class, () -> applications.download(documentId, trainer));
        assertTrue(applications.findVisibleTo(application.getId(), trainer).isEmpty());
        assertEquals(before, stored(application.getId(), student));
    }

    @Test
    void studentsCommentOnTheirOwnFileAndStaffOnAnySubmittedOne() {
        Account owner = student("PERPIGNAN");
        MobilityApplication application = fixture.submitted(fixture.openCall("Appel test", 3), owner);
        applications.comment(application.getId(), owner, "Je peux partir dès février.");
        applications.comment(application.getId(), coordinator(), "Bien noté, merci.");
        assertEquals(List.of("Je peux partir dès février.", "Bien noté, merci."),
                applications.comments(application).stream().map(ApplicationComment::getBody).toList());
        assertThrows(NotFoundException.class,
                () -> applications.comment(application.getId(), student("PERPIGNAN"), "Et moi ?"));
        assertEquals(2, applications.comments(application).size());
    }

    // ---------------------------------------------------------------- decisions over someone else's change

    @Test
    void aDecisionOnAFileSomeoneElseJustDecidedIsRefusedAndTheirDecisionKept() {
        // A Montpellier student: Julien (Montpellier) and Nadia (who sees both campuses) both see the file.
        Account student = student("MONTPELLIER");
        MobilityApplication application = fixture.submitted(fixture.openCall("Appel test", 3), student);
        long seenByBoth = application.getVersion();
        Account nadia = coordinator();
        Account julien = accounts.findByEmail(DemoAccounts.COORDINATOR_MONTPELLIER).orElseThrow();
        applicationReview.waitlist(application.getId(), julien, null, seenByBoth);
        String afterJulien = stored(application.getId(), student);

        assertThrows(ConcurrentModificationException.class, () -> applicationReview.select(application.getId(), nadia, null, seenByBoth));
        assertThrows(ConcurrentModificationException.class, () -> applicationReview.reject(application.getId(), nadia, "Non", seenByBoth));
        assertThrows(ConcurrentModificationException.class,
                () -> applicationReview.requestChanges(application.getId(), nadia, "Précisez", seenByBoth));
        assertEquals(afterJulien, stored(application.getId(), student), "Julien's decision stands, nothing else was written");
        assertEquals(ApplicationStatus.WAITLISTED, applications.findVisibleTo(application.getId(), student).orElseThrow().getStatus());
    }

    @Test
    void coordinatorsScoringTheSameFileAtTheSameMomentAreToldAndOneScoreIsKept() throws Exception {
        MobilityApplication application = fixture.submitted(fixture.openCall("Appel test", 3), student("PERPIGNAN"));
        long seenByAll = application.getVersion();
        Account coordinator = coordinator();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int score = 50 + i;
            Callable<Integer> scoring = () -> {
                start.await();
                try {
                    applicationReview.score(application.getId(), coordinator, score, seenByAll);
                    return score;
                } catch (ConcurrentModificationException e) {
                    return -1;
                }
            };
            results.add(executor.submit(scoring));
        }
        start.countDown();
        List<Integer> saved = new ArrayList<>();
        for (Future<Integer> result : results) {
            int outcome = result.get(120, TimeUnit.SECONDS);   // any other exception fails the test here
            if (outcome >= 0) {
                saved.add(outcome);
            }
        }
        assertEquals(1, saved.size(), "exactly one score is saved, the others are told: " + saved);
        // Read inside a transaction of its own: after managed-executor tasks that ran in this test's
        // context, Payara may already have closed the non-transactional entity manager of this thread.
        transaction.begin();
        MobilityApplication reloaded = applications.findVisibleTo(application.getId(), coordinator).orElseThrow();
        transaction.commit();
        assertEquals(saved.get(0), reloaded.getScore());
        assertEquals(seenByAll + 1, reloaded.getVersion());
    }

    // ---------------------------------------------------------------- every refused input changes nothing

    @Test
    void everyRefusedInputNamesItsFieldAndLeavesTheSavedFileAsItWas() {
        Account student = student("PERPIGNAN");
        MobilityCall call = fixture.openCall("Appel test", 5);
        MobilityApplication draft = applicationDrafting.start(call.getId(), student);
        ApplicationForm partial = new ApplicationForm();
        partial.getWishes().get(0).setCountryCode("BE");
        partial.getWishes().get(0).setCity("Liège");
        LocalDate start = fixture.periodStart();
        partial.setStartOn(start);
        partial.setEndOn(fixture.periodEnd());
        partial.setMotivation("Une première idée de motivation.");
        partial.setVersion(draft.getVersion());
        applicationDrafting.saveDraft(draft.getId(), student, partial, List.of(new Upload(DocumentKind.CV, "cv.pdf", pdf(2000))));
        String saved = stored(draft.getId(), student);

        record Attempt(String field, String key, java.util.function.Consumer<ApplicationForm> change, List<Upload> uploads,
                       boolean submit) {
        }
        List<Upload> none = List.of();
        List<Attempt> attempts = List.of(
                new Attempt("endOn", "application.period.endBeforeStart",
                        f -> f.setEndOn(start.minusDays(17)), none, false),
                new Attempt("endOn", "application.period.tooShort",
                        f -> { f.setStartOn(fortyFiveDays()[0]); f.setEndOn(fortyFiveDays()[1]); }, none, false),
                new Attempt("endOn", "application.period.tooLong",
                        f -> f.setEndOn(start.plusYears(1).plusDays(14)), none, false),   // 375 days
                new Attempt("cv", "application.document.notPdf", f -> f.setMotivation("Autre texte."),
                        List.of(new Upload(DocumentKind.CV, "cv.pdf", "PK\u0003\u0004 word".getBytes(StandardCharsets.ISO_8859_1))), false),
                new Attempt("letter", "application.document.tooLarge", f -> f.setMotivation("Autre texte."),
                        List.of(new Upload(DocumentKind.LETTER, "lettre.pdf", pdf(6 * 1024 * 1024))), false),
                new Attempt("workingLanguage", "application.language.required",
                        f -> f.setMotivation(fixture.completeForm().getMotivation()), Fixture.documents(), true),
                new Attempt("motivation", "application.motivation.tooShort",
                        f -> { f.setWorkingLanguage("fr"); f.setCefrLevel(CefrLevel.B2); }, Fixture.documents(), true),
                new Attempt("letter", "application.document.letterRequired",
                        f -> { f.setWorkingLanguage("fr"); f.setCefrLevel(CefrLevel.B2); f.setMotivation(fixture.completeForm().getMotivation()); },
                        none, true));
        for (Attempt attempt : attempts) {
            ApplicationForm form = applications.formOf(applications.findVisibleTo(draft.getId(), student).orElseThrow());
            attempt.change().accept(form);
            BusinessException refused = assertThrows(BusinessException.class, () -> {
                if (attempt.submit()) {
                    applicationDrafting.submit(draft.getId(), student, form, attempt.uploads());
                } else {
                    applicationDrafting.saveDraft(draft.getId(), student, form, attempt.uploads());
                }
            }, attempt.key());
            assertEquals(attempt.key(), refused.messageKey());
            assertEquals(attempt.field(), refused.field().orElse(null), attempt.key());
            assertEquals(saved, stored(draft.getId(), student), attempt.key() + " changed nothing");
        }

        // A complete file, once the call has closed: refused as well, and nothing of it is kept.
        calls.close(call.getId(), coordinator());
        ApplicationForm complete = fixture.completeForm();
        complete.setVersion(applications.findVisibleTo(draft.getId(), student).orElseThrow().getVersion());
        BusinessException closed = assertThrows(BusinessException.class,
                () -> applicationDrafting.submit(draft.getId(), student, complete, Fixture.documents()));
        assertEquals("application.submit.closed", closed.messageKey());
        assertEquals("deadline", closed.field().orElse(null), "shown next to the deadline on the form");
        assertEquals(saved, stored(draft.getId(), student), "a submission after the deadline changed nothing");
    }

    // ---------------------------------------------------------------- the review list

    @Test
    void theReviewListFiltersSortsAndPagesInTheDatabase() {
        MobilityCall call = fixture.openCall("Appel test", 10);
        Account coordinator = coordinator();
        record Applicant(String campus, String programme, int year, String lastName, String country, int score) {
        }
        List<Applicant> applicants = List.of(
                new Applicant("PERPIGNAN", "ES", 2, "Alves", "ES", 60),
                new Applicant("PERPIGNAN", "ASS", 3, "Bertin", "BE", 90),
                new Applicant("MONTPELLIER", "ES", 2, "Costa", "PT", 75),
                new Applicant("MONTPELLIER", "EJE", 1, "Dubois", "ES", 40),
                new Applicant("PERPIGNAN", "ES", 3, "Esteve", "IT", 85));
        List<Long> ids = new ArrayList<>();
        List<Account> students = new ArrayList<>();
        for (Applicant a : applicants) {
            Account student = fixture.student(a.campus(), a.programme(), a.year(), a.lastName());
            students.add(student);
            MobilityApplication draft = applicationDrafting.start(call.getId(), student);
            ApplicationForm form = fixture.completeForm();
            form.getWishes().get(0).setCountryCode(a.country());
            form.setVersion(draft.getVersion());
            MobilityApplication submitted = applicationDrafting.submit(draft.getId(), student, form, Fixture.documents());
            applicationReview.score(submitted.getId(), coordinator, a.score(), submitted.getVersion());
            ids.add(submitted.getId());
        }
        applicationDrafting.start(call.getId(), student("PERPIGNAN"));   // a draft: never listed
        // Counts are kept a few seconds, but never past a write on this instance: the decision shows at once.
        ApplicationCriteria waitlisted = new ApplicationCriteria(call.getId(), null, null, null, ApplicationStatus.WAITLISTED, null, null);
        assertEquals(0, applicationQueries.count(waitlisted, coordinator));
        applicationReview.waitlist(ids.get(2), coordinator, null, fixture.versionOf(ids.get(2)));
        assertEquals(1, applicationQueries.count(waitlisted, coordinator));

        java.util.function.Function<ApplicationCriteria, List<String>> names = c ->
                applicationQueries.page(c, 0, 50, coordinator).stream().map(x -> x.getStudent().getLastName()).toList();
        Long id = call.getId();
        assertEquals(5, applicationQueries.count(new ApplicationCriteria(id, null, null, null, null, null, null), coordinator));
        assertEquals(List.of("Alves", "Bertin", "Esteve"),
                names.apply(new ApplicationCriteria(id, "PERPIGNAN", null, null, null, null, ApplicationCriteria.Sort.NAME)));
        assertEquals(List.of("Alves", "Costa"),
                names.apply(new ApplicationCriteria(id, null, "ES", 2, null, null, ApplicationCriteria.Sort.NAME)));
        assertEquals(List.of("Bertin", "Esteve"),
                names.apply(new ApplicationCriteria(id, null, null, 3, null, null, ApplicationCriteria.Sort.NAME)));
        assertEquals(List.of("Costa"),
                names.apply(new ApplicationCriteria(id, null, null, null, ApplicationStatus.WAITLISTED, null, null)));
        assertEquals(List.of("Alves", "Dubois"),
                names.apply(new ApplicationCriteria(id, null, null, null, null, "ES", ApplicationCriteria.Sort.NAME)));
        assertEquals(List.of("Bertin", "Esteve", "Costa", "Alves", "Dubois"),
                names.apply(new ApplicationCriteria(id, null, null, null, null, null, ApplicationCriteria.Sort.SCORE)));

        // The name search: last name, "first last", e-mail, case-insensitive; % and _ are plain characters.
        java.util.function.Function<String, ApplicationCriteria> named = q ->
                new ApplicationCriteria(id, null, null, null, null, null, ApplicationCriteria.Sort.NAME, q);
        assertEquals(List.of("Costa"), names.apply(named.apply("cOsTa")));
        assertEquals(List.of("Bertin"), names.apply(named.apply(students.get(1).getFirstName() + " bert")));
        assertEquals(List.of("Esteve"), names.apply(named.apply(students.get(4).getEmail())));
        assertEquals(List.of(), names.apply(named.apply("%")));
        assertEquals(List.of(), names.apply(named.apply("_ _")));
        assertEquals(5, applicationQueries.count(named.apply("  "), coordinator));
        assertEquals(java.util.Set.of("ES", "BE", "PT", "IT"),
                applicationQueries.firstWishCountries(coordinator).stream().filter(java.util.Set.of("ES", "BE", "PT", "IT")::contains)
                        .collect(java.util.stream.Collectors.toSet()));

        // Pages of two, in the database's order: together exactly the whole list, without overlap.
        ApplicationCriteria byName = new ApplicationCriteria(id, null, null, null, null, null, ApplicationCriteria.Sort.NAME);
        List<String> paged = new ArrayList<>();
        for (int first = 0; first < 6; first += 2) {
            List<MobilityApplication> page = applicationQueries.page(byName, first, 2, coordinator);
            assertTrue(page.size() <= 2);
            page.forEach(a -> paged.add(a.getStudent().getLastName()));
        }
        assertEquals(List.of("Alves", "Bertin", "Costa", "Dubois", "Esteve"), paged);

        // The order by name reads the files' copy of the names (V60): a rename moves the file at once,
        // and no file anywhere (the demo's, inserted by SQL, included) has a copy that differs.
        assertEquals(0, fixture.filesWithAStaleStudentName());
        assertEquals(0, applicationQueries.count(named.apply("Zeller"), coordinator));
        AccountForm renamed = AccountForm.of(students.get(0));
        renamed.setLastName("Zeller");
        accounts.update(students.get(0).getId(), renamed, adminActor());
        assertEquals(1, applicationQueries.count(named.apply("Zeller"), coordinator), "a kept count forgotten at the rename");
        assertEquals(List.of("Bertin", "Costa", "Dubois", "Esteve", "Zeller"), names.apply(byName));
        assertEquals(List.of("Bertin", "Esteve", "Zeller"),
                names.apply(new ApplicationCriteria(id, "PERPIGNAN", null, null, null, null, ApplicationCriteria.Sort.NAME)));
        assertEquals(0, fixture.filesWithAStaleStudentName());
        // A file opened after the rename carries the new name too.
        MobilityCall next = fixture.openCall("Appel suivant", 10);
        fixture.submitted(next, accounts.find(students.get(0).getId()).orElseThrow());
        assertEquals(0, fixture.filesWithAStaleStudentName());

        // Pages past the middle are read from the list's end: in every order (a file without a score
        // included, last by score), pages of two and of four give the whole list, in its order.
        fixture.submitted(call, fixture.student("MONTPELLIER", "ASS", 1, "Fabre"));
        for (ApplicationCriteria.Sort sort : ApplicationCriteria.Sort.values()) {
            ApplicationCriteria c = new ApplicationCriteria(id, null, null, null, null, null, sort);
            List<Long> whole = applicationQueries.page(c, 0, 50, coordinator).stream().map(MobilityApplication::getId).toList();
            assertEquals(6, whole.size());
            for (int size : new int[] {2, 4}) {
                List<Long> pages = new ArrayList<>();
                for (int first = 0; first < whole.size(); first += size) {
                    applicationQueries.page(c, first, size, coordinator).forEach(a -> pages.add(a.getId()));
                }
                assertEquals(whole, pages, sort + ", pages of " + size);
            }
        }
    }

    @Inject private BulkReview bulk;

    private static BulkDecision.Target target(MobilityApplication application, Long version) {
        return new BulkDecision.Target(application.getId(), version, application.getStudent().getLastName());
    }

    @Test
    void aBulkDecisionDecidesEachFileOnItsOwnWithinScopeQuotaAndVersion() {
        Account nadia = coordinator();
        Account julien = montpellierCoordinator();
        MobilityCall call = calls.create(fixture.openCallForm("Appel groupé", 2, "PERPIGNAN", "MONTPELLIER"), nadia);
        MobilityApplication a = fixture.submitted(call, fixture.student("PERPIGNAN", "ASS", 2, "Arnal"));
        MobilityApplication b = fixture.submitted(call, fixture.student("PERPIGNAN", "ASS", 2, "Blasco"));
        MobilityApplication c = fixture.submitted(call, fixture.student("MONTPELLIER", "ASS", 2, "Chauvet"));

        // Julien sees Montpellier only: Arnal's file is not his to decide, Chauvet's is.
        BulkDecision.Outcome first = bulk.apply(BulkDecision.Action.SELECT,
                List.of(target(a, a.getVersion()), target(c, c.getVersion())), "Bravo", julien);
        assertEquals(List.of("Chauvet"), first.done());
        assertEquals(List.of("Arnal"), first.refused().stream().map(BulkDecision.Refusal::name).toList());
        assertEquals("review.bulk.notFound", first.refused().get(0).messageKey());
        assertEquals(ApplicationStatus.SUBMITTED, applications.findVisibleTo(a.getId(), nadia).orElseThrow().getStatus());

        // Blasco's file changed after Nadia's list was drawn: refused as a concurrent change; Arnal's selected.
        long shownB = b.getVersion();
        applicationReview.score(b.getId(), nadia, 70, shownB);
        BulkDecision.Outcome second = bulk.apply(BulkDecision.Action.SELECT,
                List.of(target(a, a.getVersion()), target(b, shownB)), null, nadia);
        assertEquals(List.of("Arnal"), second.done());
        assertEquals("error.concurrentModification", second.refused().get(0).messageKey());

        // Both places taken (Chauvet, Arnal): Blasco is refused by the quota, counted under the call's lock.
        MobilityApplication freshB = applications.findVisibleTo(b.getId(), nadia).orElseThrow();
        BulkDecision.Outcome third = bulk.apply(BulkDecision.Action.SELECT, List.of(target(freshB, freshB.getVersion())), null, nadia);
        assertTrue(third.nothingDone());
        assertEquals("application.select.quotaReached", third.refused().get(0).messageKey());
        assertEquals(2L, calls.selectedCount(call.getId()));

        // A rejection needs its reason before anything is done; with it, the file is rejected and told why.
        assertEquals("review.bulk.reasonRequired", assertThrows(BusinessException.class, () -> bulk.apply(
                BulkDecision.Action.REJECT, List.of(target(freshB, freshB.getVersion())), " ", nadia)).messageKey());
        assertEquals(ApplicationStatus.SUBMITTED, applications.findVisibleTo(b.getId(), nadia).orElseThrow().getStatus());
        bulk.apply(BulkDecision.Action.REJECT, List.of(target(freshB, freshB.getVersion())), "Places pourvues", nadia);
        MobilityApplication rejected = applications.findVisibleTo(b.getId(), nadia).orElseThrow();
        assertEquals(ApplicationStatus.REJECTED, rejected.getStatus());
        assertTrue(applications.comments(rejected).stream().anyMatch(x -> x.getBody().equals("Places pourvues")));

        // A message goes into each file's thread.
        BulkDecision.Outcome message = bulk.apply(BulkDecision.Action.MESSAGE,
                List.of(target(a, null), target(c, null)), "Réunion de préparation le 12", nadia);
        assertEquals(List.of("Arnal", "Chauvet"), message.done());
        assertTrue(applications.comments(applications.findVisibleTo(c.getId(), nadia).orElseThrow()).stream()
                .anyMatch(x -> x.getBody().equals("Réunion de préparation le 12")));
        assertThrows(fr.faireess.mobility.platform.security.AccessDeniedException.class, () -> bulk.apply(BulkDecision.Action.SELECT, List.of(target(a, null)), null,
                fixture.student("PERPIGNAN", "ES", 2, "Intrus")), "students have no bulk actions");
    }

    @Inject private ReviewExportService exports;

    @Test
    void theExportHoldsTheListsFilesInItsOrderWithinTheCampusScopeAndEachDownloadIsAudited() {
        MobilityCall call = fixture.openCall("Appel test", 10);
        HostChoice host = applications.hostChoices().get(0);
        List<Long> submitted = new ArrayList<>();
        for (String[] who : List.of(new String[] {"PERPIGNAN", "Vidalou"}, new String[] {"MONTPELLIER", "Aubert"},
                new String[] {"PERPIGNAN", "Molins"})) {
            Account student = fixture.student(who[0], "ES", 2, who[1]);
            MobilityApplication draft = applicationDrafting.start(call.getId(), student);
            ApplicationForm form = fixture.completeForm();
            form.getWishes().get(1).setHostId(host.id());
            form.setVersion(draft.getVersion());
            submitted.add(applicationDrafting.submit(draft.getId(), student, form, Fixture.documents()).getId());
        }
        MobilityApplication draft = applicationDrafting.start(call.getId(), student("PERPIGNAN"));

        ApplicationCriteria byName = new ApplicationCriteria(call.getId(), null, null, null, null, null,
                ApplicationCriteria.Sort.NAME);
        List<Long> ids = exports.open(byName, "xlsx", coordinator());
        assertEquals(applicationQueries.page(byName, 0, 50, coordinator()).stream().map(MobilityApplication::getId).toList(), ids,
                "the list's files in the list's order");
        assertEquals(List.of(submitted.get(1), submitted.get(2), submitted.get(0)), ids);
        var entry = audit.history(ReviewExportService.AUDIT_SUBJECT, call.getId()).get(0);
        assertEquals("APPLICATION_EXPORT_XLSX", entry.getAction());
        assertEquals(DemoAccounts.COORDINATOR_PERPIGNAN, entry.getActorEmail());
        assertEquals("call=" + call.getId() + "&sort=NAME — 3 candidature(s)", entry.getDetail());

        List<ApplicationExportRow> rows = exports.rows(ids, coordinator());
        assertEquals(List.of("Aubert", "Molins", "Vidalou"), rows.stream().map(ApplicationExportRow::lastName).toList());
        ApplicationExportRow first = rows.get(0);
        assertEquals("IRTS Montpellier", first.campus());
        assertEquals(new ApplicationExportRow.Wish(null, "Girona", "ES"), first.wishes().get(0));
        assertEquals(host.label(), first.wishes().get(1).hostName() + " — " + first.wishes().get(1).city() + " ("
                + first.wishes().get(1).countryCode() + ")", "the directory host's name and city");
        assertEquals(ApplicationStatus.SUBMITTED, first.status());
        assertEquals(CefrLevel.B2, first.cefrLevel());

        // Julien sees Montpellier only: his export of the same list, or of Perpignan, holds no Perpignan file,
        // and Perpignan's ids (or a draft's) passed as such give no row either.
        Account julien = montpellierCoordinator();
        assertEquals(List.of(submitted.get(1)), exports.open(byName, "csv", julien));
        assertEquals(List.of(), exports.open(new ApplicationCriteria(call.getId(), "PERPIGNAN", null, null, null, null, null),
                "csv", julien));
        List<Long> withDraft = new ArrayList<>(ids);
        withDraft.add(draft.getId());
        assertEquals(List.of("Aubert"), exports.rows(withDraft, julien).stream().map(ApplicationExportRow::lastName).toList());
        assertEquals(3, exports.rows(withDraft, coordinator()).size(), "a draft is nobody's business but the student's");
        assertEquals(3, audit.history(ReviewExportService.AUDIT_SUBJECT, call.getId()).size(), "every download audited");

        assertThrows(AccessDeniedException.class, () -> exports.open(byName, "csv", trainer()));
        assertThrows(AccessDeniedException.class, () -> exports.rows(ids, trainer()));
        assertEquals(3, audit.history(ReviewExportService.AUDIT_SUBJECT, call.getId()).size(), "a refusal exports nothing");
    }

    // ---------------------------------------------------------------- notifications

    @Inject private fr.faireess.mobility.platform.mail.MailService mail;

    private List<String> mailsTo(Account student) {
        return mail.search(new fr.faireess.mobility.platform.mail.OutboxCriteria(null, student.getEmail()), 0, 50).stream()
                .sorted(java.util.Comparator.comparing(fr.faireess.mobility.platform.mail.OutgoingMail::getId))
                .map(m -> m.getSubject() + " / " + m.getBody())
                .toList();
    }

    @Test
    void eachDecisionAndEachCoordinatorMessageEmailsTheStudentInFrench() {
        MobilityCall call = fixture.openCall("Appel test", 3);
        String title = call.getTitle();
        Account coordinator = coordinator();
        Account alex = student("PERPIGNAN");
        MobilityApplication application = fixture.submitted(call, alex);
        long id = application.getId();
        applications.comment(id, alex, "Une question : faut-il un passeport ?");   // the student's own message: no mail to them
        applications.comment(id, coordinator, "Une carte d'identité suffit.");
        applicationReview.requestChanges(id, coordinator, "Ajoutez une deuxième structure.", fixture.versionOf(id));
        applicationDrafting.submit(id, alex, applications.formOf(applications.findVisibleTo(id, alex).orElseThrow()), List.of());
        applicationReview.waitlist(id, coordinator, "Vous êtes deuxième sur la liste.", fixture.versionOf(id));
        applicationReview.select(id, coordinator, "Rendez-vous mardi pour préparer le départ.", fixture.versionOf(id));
        applicationDrafting.withdraw(id, alex, "Je pars finalement en Erasmus études.");
        List<String> mails = mailsTo(alex);
        assertEquals(7, mails.size(), String.join("\n", mails));
        assertTrue(mails.get(0).startsWith("Candidature déposée — " + title + " / Bonjour Alex,"), mails.get(0));
        assertTrue(mails.get(1).startsWith("Nouveau message sur votre candidature — " + title), mails.get(1));
        assertTrue(mails.get(1).contains("Une carte d'identité suffit."), mails.get(1));
        assertTrue(mails.get(2).startsWith("Modifications demandées — " + title), mails.get(2));
        assertTrue(mails.get(2).contains("Ajoutez une deuxième structure."), mails.get(2));
        assertTrue(mails.get(3).startsWith("Candidature déposée — " + title), mails.get(3));
        assertTrue(mails.get(4).startsWith("Liste d'attente — " + title), mails.get(4));
        assertTrue(mails.get(4).contains("Le message de la coordination :\n\nVous êtes deuxième sur la liste."), mails.get(4));
        assertTrue(mails.get(5).startsWith("Vous êtes sélectionné·e — " + title), mails.get(5));
        assertTrue(mails.get(5).contains("Le message de la coordination :\n\nRendez-vous mardi pour préparer le départ."), mails.get(5));
        assertEquals(List.of("Une question : faut-il un passeport ?", "Une carte d'identité suffit.", "Ajoutez une deuxième structure.",
                        "Vous êtes deuxième sur la liste.", "Rendez-vous mardi pour préparer le départ."),
                applications.comments(applications.findVisibleTo(id, coordinator).orElseThrow()).stream()
                        .map(ApplicationComment::getBody).toList(), "the messages typed with the decisions are in the thread");
        assertTrue(mails.get(6).startsWith("Candidature retirée — " + title), mails.get(6));
        assertTrue(mails.stream().noneMatch(m -> m.contains("passeport")), "the student's own message is not mailed back");

        Account sam = student("MONTPELLIER");
        MobilityApplication turnedDown = fixture.submitted(call, sam);
        applicationReview.reject(turnedDown.getId(), coordinator, "Votre niveau de langue est encore trop juste.", fixture.versionOf(turnedDown.getId()));
        List<String> samMails = mailsTo(sam);
        assertEquals(2, samMails.size(), String.join("\n", samMails));
        assertTrue(samMails.get(1).startsWith("Réponse à votre candidature — " + title), samMails.get(1));
        assertTrue(samMails.get(1).contains("Votre niveau de langue est encore trop juste."), samMails.get(1));
    }

    // ---------------------------------------------------------------- demo data

    @Inject private fr.faireess.mobility.host.HostDirectory hosts;

    @Test
    void theDemoDataHasAnOpenAndAClosedCallFortyHostsAndApplicationsInEveryState() {
        Account coordinator = coordinator();
        java.time.Instant now = calls.now();
        DemoDates dates = DemoDates.inServer();
        MobilityCall closed = calls.all().stream().filter(c -> c.getTitle().equals(dates.label(DemoDates.CLOSED_CALL)))
                .findFirst().orElseThrow();
        MobilityCall open = calls.all().stream().filter(c -> c.getTitle().equals(dates.label(DemoDates.MAIN_CALL)))
                .findFirst().orElseThrow();
        assertFalse(closed.isOpen(now));
        assertTrue(open.isOpen(now), "the demo's main call is open today");

        assertTrue(hosts.count(fr.faireess.mobility.host.HostCriteria.ALL, coordinator) >= 40);
        assertTrue(hosts.filterChoices(coordinator).countries().size() >= 15);

        java.util.Map<ApplicationStatus, Long> byStatus = new java.util.EnumMap<>(ApplicationStatus.class);
        for (MobilityCall demo : List.of(closed, open)) {
            applicationQueries.countsByCall(coordinator).getOrDefault(demo.getId(), java.util.Map.of())
                    .forEach((status, n) -> byStatus.merge(status, n, Long::sum));
        }
        assertEquals(EnumSet.allOf(ApplicationStatus.class), byStatus.keySet(), "every state is shown: " + byStatus);
        assertTrue(byStatus.values().stream().mapToLong(Long::longValue).sum() >= 24, byStatus.toString());
        List<MobilityApplication> submitted = new ArrayList<>();
        for (MobilityCall demo : List.of(closed, open)) {
            submitted.addAll(applicationQueries.page(new ApplicationCriteria(demo.getId(), null, null, null, null, null, null), 0, 100, coordinator));
        }
        assertEquals(java.util.Set.of("PERPIGNAN", "MONTPELLIER"),
                submitted.stream().map(a -> a.getStudent().getCampus().getCode()).collect(java.util.stream.Collectors.toSet()));
        assertEquals(java.util.Set.of("ASS", "ES", "EJE"),
                submitted.stream().map(a -> a.getStudent().getProgramme().getCode()).collect(java.util.stream.Collectors.toSet()));
    }
}
