package fr.faireess.mobility.application;

import static fr.faireess.mobility.support.TestFiles.pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.faireess.mobility.call.CallForm;
import fr.faireess.mobility.call.CallService;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.identity.AccessDeniedException;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountForm;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.identity.Role;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;

/** Calls and applications on the real server and database: quota under concurrency, access, refusals. */
@ExtendWith(ArquillianExtension.class)
class ApplicationsIT {


    @Deployment
    static WebArchive deployment() {
        return Deployments.application(ApplicationsIT.class, DemoAccounts.class);
    }

    @Inject private ApplicationService applications;
    @Inject private CallService calls;
    @Inject private AccountService accounts;

    @Resource
    private ManagedExecutorService executor;

    /** Demo accounts as the actors of set-up calls: the services check the actor's roles in the database. */
    private Actor admin() {
        return DemoAccounts.actor(accounts, DemoAccounts.ADMIN);
    }

    private Actor coordinatorActor() {
        return DemoAccounts.actor(accounts, DemoAccounts.COORDINATOR_PERPIGNAN);
    }

    // ---------------------------------------------------------------- fixtures

    private MobilityCall openCall(int places) {
        CallForm form = new CallForm();
        form.setTitle("Appel test " + UUID.randomUUID());
        form.setAcademicYear("2026-2027");
        form.setOpensAt(LocalDateTime.now().minusDays(2));
        form.setClosesAt(LocalDateTime.now().plusDays(30));
        form.setPlaces(places);
        form.setCampuses(List.of("PERPIGNAN", "MONTPELLIER"));
        form.setProgrammes(List.of("ASS", "ES", "EJE"));
        form.setStudyYears(List.of(1, 2, 3));
        return calls.create(form, coordinatorActor());
    }

    private Account student(String campus) {
        AccountForm form = new AccountForm();
        form.setEmail("etudiant." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        form.setFirstName("Alex");
        form.setLastName("Test");
        form.setRoles(EnumSet.of(Role.STUDENT));
        form.setCampusCode(campus);
        form.setProgrammeCode("ES");
        form.setStudyYear(2);
        return accounts.create(form, "mot-de-passe-solide", admin());
    }

    private Account coordinator() {
        return accounts.findByEmail(DemoAccounts.COORDINATOR_PERPIGNAN).orElseThrow();
    }

    static ApplicationForm completeForm() {
        ApplicationForm form = new ApplicationForm();
        form.getWishes().get(0).setCountryCode("ES");
        form.getWishes().get(0).setCity("Girona");
        form.getWishes().get(0).setHostType("CHILD_PROTECTION");
        form.setStartOn(LocalDate.of(2027, 2, 1));
        form.setEndOn(LocalDate.of(2027, 4, 30));
        form.setWorkingLanguage("es");
        form.setCefrLevel(CefrLevel.B2);
        form.setMotivation("Je veux travailler en protection de l'enfance en Catalogne. ".repeat(6));
        return form;
    }


    static List<Upload> documents() {
        return List.of(new Upload(DocumentKind.CV, "cv.pdf", pdf(3000)), new Upload(DocumentKind.LETTER, "lettre.pdf", pdf(3000)));
    }

    private MobilityApplication submitted(MobilityCall call, Account student) {
        MobilityApplication draft = applications.start(call.getId(), student);
        ApplicationForm form = completeForm();
        form.setVersion(draft.getVersion());
        return applications.submit(draft.getId(), student, form, documents());
    }

    // ---------------------------------------------------------------- quota under concurrency

    @Test
    void eightCoordinatorsSelectingAtOnceOnThreePlacesSelectExactlyThree() throws Exception {
        MobilityCall call = openCall(3);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(submitted(call, student("PERPIGNAN")).getId());
        }
        Account coordinator = coordinator();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (Long id : ids) {
            Callable<Boolean> selection = () -> {
                start.await();
                try {
                    applications.select(id, coordinator);
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
        MobilityApplication application = submitted(openCall(5), student("PERPIGNAN"));
        long seenByBoth = application.getVersion();
        applications.score(application.getId(), coordinator(), 70, seenByBoth);
        assertThrows(ConcurrentModificationException.class,
                () -> applications.score(application.getId(), coordinator(), 40, seenByBoth));
        assertEquals(70, applications.findVisibleTo(application.getId(), coordinator()).orElseThrow().getScore());
    }

    @Test
    void aDraftSavedFromAStaleFormIsRefused() {
        Account student = student("PERPIGNAN");
        MobilityApplication draft = applications.start(openCall(5).getId(), student);
        ApplicationForm first = completeForm();
        first.setVersion(draft.getVersion());
        ApplicationForm second = completeForm();
        second.setVersion(draft.getVersion());
        second.setMotivation("Une autre motivation, écrite dans un autre onglet. ".repeat(5));
        applications.saveDraft(draft.getId(), student, first, List.of());
        assertThrows(ConcurrentModificationException.class, () -> applications.saveDraft(draft.getId(), student, second, List.of()));
    }

    // ---------------------------------------------------------------- access

    @Test
    void aStudentCannotReadOrChangeAnotherStudentsFileOrDocuments() {
        MobilityCall call = openCall(5);
        Account owner = student("PERPIGNAN");
        Account other = student("PERPIGNAN");
        MobilityApplication application = submitted(call, owner);
        long documentId = applications.documents(application).get(0).id();

        assertTrue(applications.findVisibleTo(application.getId(), other).isEmpty());
        assertTrue(applications.download(documentId, other).isEmpty());
        assertTrue(applications.download(documentId, owner).isPresent());
        assertTrue(applications.download(documentId, coordinator()).isPresent());
        assertThrows(NotFoundException.class, () -> applications.withdraw(application.getId(), other, "non"));
        assertThrows(NotFoundException.class, () -> applications.comment(application.getId(), other, "coucou"));
        assertThrows(NotFoundException.class, () -> applications.select(application.getId(), other));
        assertEquals(ApplicationStatus.SUBMITTED, applications.findVisibleTo(application.getId(), owner).orElseThrow().getStatus());
    }

    @Test
    void staffDoNotSeeDrafts() {
        Account student = student("MONTPELLIER");
        MobilityApplication draft = applications.start(openCall(5).getId(), student);
        assertTrue(applications.findVisibleTo(draft.getId(), coordinator()).isEmpty());
    }

    // ---------------------------------------------------------------- refusals change nothing

    @Test
    void aFortyFiveDayPeriodIsRefusedAndNothingIsSaved() {
        Account student = student("PERPIGNAN");
        MobilityApplication draft = applications.start(openCall(5).getId(), student);
        ApplicationForm form = completeForm();
        form.setVersion(draft.getVersion());
        form.setStartOn(LocalDate.of(2027, 3, 1));
        form.setEndOn(LocalDate.of(2027, 4, 15));
        BusinessException e = assertThrows(BusinessException.class,
                () -> applications.saveDraft(draft.getId(), student, form, documents()));
        assertEquals("application.period.tooShort", e.messageKey());
        MobilityApplication reloaded = applications.findVisibleTo(draft.getId(), student).orElseThrow();
        assertEquals(null, reloaded.getStartOn());
        assertTrue(applications.documents(reloaded).isEmpty(), "the PDFs of a refused save are not kept either");
    }

    @Test
    void aRenamedNonPdfOrASixMegabyteFileIsRefusedAndNothingIsSaved() {
        Account student = student("PERPIGNAN");
        MobilityApplication draft = applications.start(openCall(5).getId(), student);
        ApplicationForm form = completeForm();
        form.setVersion(draft.getVersion());
        BusinessException notPdf = assertThrows(BusinessException.class, () -> applications.saveDraft(draft.getId(), student, form,
                List.of(new Upload(DocumentKind.CV, "cv.pdf", "PK\u0003\u0004 word".getBytes(StandardCharsets.ISO_8859_1)))));
        assertEquals("application.document.notPdf", notPdf.messageKey());
        assertEquals("cv", notPdf.field().orElseThrow());
        BusinessException tooLarge = assertThrows(BusinessException.class, () -> applications.saveDraft(draft.getId(), student, form,
                List.of(new Upload(DocumentKind.LETTER, "lettre.pdf", pdf(6 * 1024 * 1024)))));
        assertEquals("application.document.tooLarge", tooLarge.messageKey());
        MobilityApplication reloaded = applications.findVisibleTo(draft.getId(), student).orElseThrow();
        assertTrue(applications.documents(reloaded).isEmpty());
        assertEquals(null, reloaded.getMotivation());
    }

    @Test
    void submittingAfterTheDeadlineIsRefused() {
        Account student = student("PERPIGNAN");
        MobilityCall call = openCall(5);
        MobilityApplication draft = applications.start(call.getId(), student);
        calls.close(call.getId(), coordinatorActor());
        ApplicationForm form = completeForm();
        form.setVersion(draft.getVersion());
        BusinessException e = assertThrows(BusinessException.class,
                () -> applications.submit(draft.getId(), student, form, documents()));
        assertEquals("application.submit.closed", e.messageKey());
        assertEquals(ApplicationStatus.DRAFT, applications.findVisibleTo(draft.getId(), student).orElseThrow().getStatus());
    }

    @Test
    void anIncompleteFileCannotBeSubmitted() {
        Account student = student("PERPIGNAN");
        MobilityApplication draft = applications.start(openCall(5).getId(), student);
        ApplicationForm form = completeForm();
        form.setVersion(draft.getVersion());
        BusinessException e = assertThrows(BusinessException.class,
                () -> applications.submit(draft.getId(), student, form, List.of(new Upload(DocumentKind.CV, "cv.pdf", pdf(2000)))));
        assertEquals("application.document.letterRequired", e.messageKey());
        assertEquals(ApplicationStatus.DRAFT, applications.findVisibleTo(draft.getId(), student).orElseThrow().getStatus());
    }

    @Test
    void aStudentOfAnotherCampusOrWithoutTheModuleIsRefusedWithAReason() {
        CallForm form = new CallForm();
        form.setTitle("Perpignan seulement " + UUID.randomUUID());
        form.setAcademicYear("2026-2027");
        form.setOpensAt(LocalDateTime.now().minusDays(1));
        form.setClosesAt(LocalDateTime.now().plusDays(10));
        form.setPlaces(2);
        form.setCampuses(List.of("PERPIGNAN"));
        form.setProgrammes(List.of("ES"));
        form.setStudyYears(List.of(2));
        form.setRequiresModule(true);
        MobilityCall call = calls.create(form, coordinatorActor());
        assertEquals("call.refused.campus",
                assertThrows(BusinessException.class, () -> applications.start(call.getId(), student("MONTPELLIER"))).messageKey());
        String refusal = assertThrows(BusinessException.class, () -> applications.start(call.getId(), student("PERPIGNAN"))).messageKey();
        assertTrue(refusal.startsWith("module.completion."), refusal);
    }

    @Test
    void aStudentWhoCompletedTheModuleMayApplyToACallThatRequiresIt() {
        Account lea = accounts.findByEmail(DemoAccounts.STUDENT_ASS_PERPIGNAN).orElseThrow();
        MobilityCall philia = calls.all().stream().filter(MobilityCall::isRequiresModule)
                .filter(c -> c.getTitle().startsWith("Mobilité Philia+")).findFirst().orElseThrow();
        MobilityApplication application = applications.start(philia.getId(), lea);
        assertEquals(ApplicationStatus.DRAFT, application.getStatus());
        Account hugo = accounts.findByEmail(DemoAccounts.STUDENT_ES_PERPIGNAN).orElseThrow();
        BusinessException refused = assertThrows(BusinessException.class, () -> applications.start(philia.getId(), hugo));
        assertEquals("module.completion.missingSessions", refused.messageKey());
    }

    // ---------------------------------------------------------------- calls: coordinators only

    @Test
    void onlyCoordinatorsCreateEditOrCloseCallsAndARefusalChangesNothing() {
        CallForm form = new CallForm();
        String title = "Appel refusé " + UUID.randomUUID();
        form.setTitle(title);
        form.setAcademicYear("2026-2027");
        form.setOpensAt(LocalDateTime.now().minusDays(1));
        form.setClosesAt(LocalDateTime.now().plusDays(10));
        form.setPlaces(2);
        form.setCampuses(List.of("PERPIGNAN"));
        form.setProgrammes(List.of("ES"));
        form.setStudyYears(List.of(2));
        Actor student = DemoAccounts.actor(accounts, DemoAccounts.STUDENT_ES_PERPIGNAN);
        Actor trainer = DemoAccounts.actor(accounts, DemoAccounts.TRAINER_PERPIGNAN);
        for (Actor actor : List.of(student, trainer, admin(), new Actor(null, DemoAccounts.COORDINATOR_PERPIGNAN))) {
            assertThrows(AccessDeniedException.class, () -> calls.create(form, actor), actor.email());
        }
        assertTrue(calls.all().stream().noneMatch(c -> c.getTitle().equals(title)), "nothing was created");

        MobilityCall call = calls.create(form, coordinatorActor());
        CallForm edit = CallForm.of(call);
        edit.setPlaces(40);
        assertThrows(AccessDeniedException.class, () -> calls.update(call.getId(), edit, student));
        assertThrows(AccessDeniedException.class, () -> calls.close(call.getId(), trainer));
        MobilityCall after = calls.find(call.getId()).orElseThrow();
        assertEquals(2, after.getPlaces());
        assertEquals(null, after.getClosedEarlyAt());
        assertEquals(call.getVersion(), after.getVersion());
    }

    // ---------------------------------------------------------------- the whole review

    @Test
    void changesRequestedThenResubmittedThenSelectedLeavesATimeline() {
        Account student = student("PERPIGNAN");
        MobilityApplication application = submitted(openCall(2), student);
        Account coordinator = coordinator();
        assertEquals("application.requestChanges.messageRequired", assertThrows(BusinessException.class,
                () -> applications.requestChanges(application.getId(), coordinator, " ")).messageKey());
        applications.requestChanges(application.getId(), coordinator, "Précisez la période.");
        MobilityApplication returned = applications.findVisibleTo(application.getId(), student).orElseThrow();
        assertEquals(ApplicationStatus.CHANGES_REQUESTED, returned.getStatus());
        assertEquals("Précisez la période.", applications.comments(returned).get(0).getBody());

        ApplicationForm form = applications.formOf(returned);
        form.setEndOn(LocalDate.of(2027, 5, 31));
        applications.submit(application.getId(), student, form, List.of());
        applications.select(application.getId(), coordinator);

        MobilityApplication selected = applications.findVisibleTo(application.getId(), student).orElseThrow();
        assertEquals(ApplicationStatus.SELECTED, selected.getStatus());
        assertEquals(LocalDate.of(2027, 5, 31), selected.getEndOn());
        assertEquals(List.of("DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "SUBMITTED", "SELECTED"),
                applications.timeline(selected).stream().map(e -> e.getToState()).toList());
        assertThrows(IllegalTransitionException.class, () -> applications.reject(application.getId(), coordinator, "trop tard"));
    }

    @Test
    void whenASelectedStudentWithdrawsTheBestWaitlistedFileIsOffered() {
        MobilityCall call = openCall(1);
        Account coordinator = coordinator();
        MobilityApplication first = submitted(call, student("PERPIGNAN"));
        MobilityApplication low = submitted(call, student("PERPIGNAN"));
        MobilityApplication high = submitted(call, student("MONTPELLIER"));
        applications.select(first.getId(), coordinator);
        applications.waitlist(low.getId(), coordinator);
        applications.waitlist(high.getId(), coordinator);
        applications.score(low.getId(), coordinator, 40, applications.findVisibleTo(low.getId(), coordinator).orElseThrow().getVersion());
        applications.score(high.getId(), coordinator, 85, applications.findVisibleTo(high.getId(), coordinator).orElseThrow().getVersion());
        assertFalse(applications.offersFromWaitlist().stream().anyMatch(a -> a.getCall().getId().equals(call.getId())));

        applications.withdraw(first.getId(), first.getStudent(), "Raisons familiales");

        MobilityApplication offered = applications.offersFromWaitlist().stream()
                .filter(a -> a.getCall().getId().equals(call.getId())).findFirst().orElseThrow();
        assertEquals(high.getId(), offered.getId());
        applications.select(high.getId(), coordinator);
        assertEquals(1, calls.selectedCount(call.getId()));
    }
}
