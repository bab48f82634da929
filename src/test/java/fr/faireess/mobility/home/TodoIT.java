package fr.faireess.mobility.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.application.ApplicationReview;
import fr.faireess.mobility.application.ApplicationDrafting;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.host.HostContact;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountForm;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.module.AttendanceStatus;
import fr.faireess.mobility.module.CriticalIncident;
import fr.faireess.mobility.module.CriticalIncidentService;
import fr.faireess.mobility.module.GuestForm;
import fr.faireess.mobility.module.GuestRole;
import fr.faireess.mobility.module.IncidentForm;
import fr.faireess.mobility.module.ModuleSession;
import fr.faireess.mobility.module.ModuleSessionService;
import fr.faireess.mobility.module.Movement;
import fr.faireess.mobility.module.SessionForm;
import fr.faireess.mobility.module.SessionFormat;
import fr.faireess.mobility.placement.AgreementForm;
import fr.faireess.mobility.placement.AgreementService;
import fr.faireess.mobility.placement.CertificateForm;
import fr.faireess.mobility.placement.LearningAgreement;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementForm;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.placement.PlacementLifecycle;
import fr.faireess.mobility.placement.PlacementCreation;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.placement.Recognition;
import fr.faireess.mobility.platform.mail.MailService;
import fr.faireess.mobility.platform.mail.MailState;
import fr.faireess.mobility.platform.mail.OutboxCriteria;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.Fixture;
import fr.faireess.mobility.support.TestLanes;

/**
 * The homes' to-do lists on the real server, over the demo data and the rows each test adds: doing
 * an item removes it (deciding a file, completing and signing an agreement, confirming, receiving
 * the certificate, recording a session's attendance, reviewing an analysis), and each list keeps to
 * its reader's scope. Counts are compared before and after each step, so whatever the demo or other
 * tests left does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class TodoIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private TodoService todo;
    @Inject private Fixture fixture;
    @Inject private AccountService accounts;
    @Inject private ApplicationDrafting applicationDrafting;
    @Inject private ApplicationReview applicationReview;
    @Inject private PlacementService placements;
    @Inject private PlacementCreation placementCreation;
    @Inject private PlacementLifecycle placementLifecycle;
    @Inject private AgreementService agreements;
    @Inject private ModuleSessionService sessions;
    @Inject private MailService mail;
    @Inject private CriticalIncidentService incidents;

    @Resource(lookup = "java:app/jdbc/mobility")
    private DataSource dataSource;

    private Account account(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }

    /** Nadia Benali, who sees both campuses. */
    private Account nadia() {
        return account(DemoAccounts.COORDINATOR_PERPIGNAN);
    }

    /** Julien Roux, who sees Montpellier's files only. */
    private Account julien() {
        return account(DemoAccounts.COORDINATOR_MONTPELLIER);
    }

    private long count(Role role, Account account, TodoKind kind) {
        return todo.of(role, account).stream().filter(i -> i.kind() == kind).mapToLong(TodoItem::count).sum();
    }

    private List<Long> targets(Role role, Account account, TodoKind kind) {
        return todo.of(role, account).stream().filter(i -> i.kind() == kind)
                .flatMap(i -> i.targets().stream()).map(TodoTarget::paramValue).toList();
    }

    /** The menu's counts (every page) are the home's list less the files it names: same items, same counts. */
    @Test
    void theMenusCountsAreTheHomesListWithoutItsFiles() {
        for (Account coordinator : List.of(nadia(), julien())) {
            List<TodoItem> full = todo.of(Role.COORDINATOR, coordinator);
            List<TodoItem> counts = todo.counts(Role.COORDINATOR, coordinator);
            assertEquals(full.stream().map(i -> i.kind() + "=" + i.count()).toList(),
                    counts.stream().map(i -> i.kind() + "=" + i.count()).toList(), coordinator.getEmail());
            assertTrue(counts.stream().allMatch(i -> i.targets().isEmpty()), "no files named: " + counts);
        }
        assertTrue(todo.of(Role.COORDINATOR, nadia()).stream().anyMatch(i -> !i.targets().isEmpty()),
                "the demo's home names files, so the comparison above means something");
        Account student = account(DemoAccounts.STUDENT_ASS_PERPIGNAN);
        assertEquals(todo.of(Role.STUDENT, student), todo.counts(Role.STUDENT, student), "other roles: the list itself");
    }

    @Test
    void decidingSigningAndConfirmingEachRemoveTheirItemFromTheStudentsAndTheCoordinatorsLists() {
        // With the participant data signing the agreement needs (birth date, nationality, gender).
        Account student = accounts.saveParticipantData(fixture.student("PERPIGNAN", "ES", 2, "Afaire"),
                fixture.today().minusYears(20), "FR", fr.faireess.mobility.identity.Gender.FEMALE);
        MobilityCall call = fixture.openCall("Appel à-faire", 5);

        MobilityApplication draft = applicationDrafting.start(call.getId(), student);
        assertTrue(targets(Role.STUDENT, student, TodoKind.COMPLETE_FILE).contains(draft.getId()),
                "a draft of an open call is to complete");
        long toDecide = count(Role.COORDINATOR, nadia(), TodoKind.FILES_TO_DECIDE);
        long toDecideMontpellier = count(Role.COORDINATOR, julien(), TodoKind.FILES_TO_DECIDE);

        MobilityApplication submitted = fixture.submitted(call, student);
        assertFalse(targets(Role.STUDENT, student, TodoKind.COMPLETE_FILE).contains(draft.getId()), "submitted: done");
        assertEquals(toDecide + 1, count(Role.COORDINATOR, nadia(), TodoKind.FILES_TO_DECIDE));
        assertEquals(toDecideMontpellier, count(Role.COORDINATOR, julien(), TodoKind.FILES_TO_DECIDE),
                "a Perpignan file is not on a Montpellier-only coordinator's list");

        applicationReview.select(submitted.getId(), nadia(), null, fixture.versionOf(submitted.getId()));
        assertEquals(toDecide, count(Role.COORDINATOR, nadia(), TodoKind.FILES_TO_DECIDE), "decided: gone");

        long toComplete = count(Role.COORDINATOR, nadia(), TodoKind.AGREEMENTS_TO_COMPLETE);
        long toSign = count(Role.COORDINATOR, nadia(), TodoKind.AGREEMENTS_TO_SIGN);
        long toConfirm = count(Role.COORDINATOR, nadia(), TodoKind.PLACEMENTS_TO_CONFIRM);
        Placement placement = placementCreation.create(placementForm(submitted, mentor()), nadia());
        assertEquals(toComplete + 1, count(Role.COORDINATOR, nadia(), TodoKind.AGREEMENTS_TO_COMPLETE));
        assertEquals(0, count(Role.STUDENT, student, TodoKind.SIGN_AGREEMENT), "nothing to sign before the content");

        LearningAgreement agreement = filled(placement);
        assertEquals(toComplete, count(Role.COORDINATOR, nadia(), TodoKind.AGREEMENTS_TO_COMPLETE), "completed: gone");
        assertEquals(toSign + 1, count(Role.COORDINATOR, nadia(), TodoKind.AGREEMENTS_TO_SIGN));
        assertEquals(List.of(placement.getId()), targets(Role.STUDENT, student, TodoKind.SIGN_AGREEMENT),
                "the student is told to sign, with her placement's page");

        agreements.signAsStudent(agreement.getId(), student);
        assertEquals(0, count(Role.STUDENT, student, TodoKind.SIGN_AGREEMENT), "signed: gone");
        agreements.signAsCoordinator(agreement.getId(), nadia());
        assertEquals(toSign, count(Role.COORDINATOR, nadia(), TodoKind.AGREEMENTS_TO_SIGN), "signed: gone");
        assertEquals(toConfirm, count(Role.COORDINATOR, nadia(), TodoKind.PLACEMENTS_TO_CONFIRM), "the mentor has not signed");

        agreements.signWithLink(agreements.sendSigningLink(agreement.getId(), nadia()), "Pere Casals");
        assertEquals(toConfirm + 1, count(Role.COORDINATOR, nadia(), TodoKind.PLACEMENTS_TO_CONFIRM),
                "signed by all three: to confirm");
        long version = placements.findVisibleTo(placement.getId(), nadia()).orElseThrow().getVersion();
        placementLifecycle.move(placement.getId(), PlacementState.CONFIRMED, null, null, version, nadia());
        assertEquals(toConfirm, count(Role.COORDINATOR, nadia(), TodoKind.PLACEMENTS_TO_CONFIRM), "confirmed: gone");

        // Back from the stay (its dates moved into the past in the database), the certificate is awaited.
        long overdue = count(Role.COORDINATOR, nadia(), TodoKind.CERTIFICATES_OVERDUE);
        version = placements.findVisibleTo(placement.getId(), nadia()).orElseThrow().getVersion();
        placementLifecycle.move(placement.getId(), PlacementState.IN_PROGRESS, null, null, version, nadia());
        assertEquals(overdue, count(Role.COORDINATOR, nadia(), TodoKind.CERTIFICATES_OVERDUE), "not back yet");
        movePeriod(placement, fixture.today().minusDays(90), fixture.today().minusDays(1));
        assertEquals(overdue + 1, count(Role.COORDINATOR, nadia(), TodoKind.CERTIFICATES_OVERDUE));
        assertEquals(List.of(placement.getId()), targets(Role.STUDENT, student, TodoKind.CERTIFICATE_AWAITED));

        CertificateForm certificate = new CertificateForm();
        certificate.setActualStart(fixture.periodStart());
        certificate.setActualEnd(fixture.periodEnd());
        certificate.setTasks("Accompagnement quotidien des jeunes.");
        certificate.setOutcomes("Conduite d'entretiens éducatifs.");
        certificate.setEvaluation("Très bon stage.");
        agreements.certifyWithLink(agreements.sendCertificateLink(placement.getId(), nadia()), certificate);
        assertEquals(overdue, count(Role.COORDINATOR, nadia(), TodoKind.CERTIFICATES_OVERDUE), "certified: gone");
        assertEquals(List.of(), targets(Role.STUDENT, student, TodoKind.CERTIFICATE_AWAITED));
    }

    /** Moves a placement's planned period in the database, as if its stay had happened. */
    private void movePeriod(Placement placement, LocalDate start, LocalDate end) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE placement SET planned_start = ?, planned_end = ? WHERE id = ?")) {
            update.setObject(1, start);
            update.setObject(2, end);
            update.setLong(3, placement.getId());
            assertEquals(1, update.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTrainerIsAskedForTodaysAttendanceNotTomorrowsAndRecordingItRemovesTheItem() {
        Account trainer = trainer();
        ModuleSession today = sessions.create(sessionForm(fixture.today()), trainer);
        sessions.create(sessionForm(fixture.today().plusDays(1)), trainer);
        assertEquals(List.of(today.getId()), targets(Role.TRAINER, trainer, TodoKind.SESSIONS_TO_RECORD),
                "today's session whatever its hour, never tomorrow's");

        Map<Long, AttendanceStatus> marks = new LinkedHashMap<>();
        sessions.attendanceGrid(today.getId(), trainer).forEach(r -> marks.put(r.getStudentId(), AttendanceStatus.PRESENT));
        sessions.recordAttendance(today.getId(), today.getVersion(), marks, trainer);
        assertEquals(0, count(Role.TRAINER, trainer, TodoKind.SESSIONS_TO_RECORD), "recorded: gone");
    }

    @Test
    void aSubmittedAnalysisWaitsForTheTrainersOfItsCampusUntilReviewed() {
        Account trainer = trainer();
        Account montpellier = account(DemoAccounts.TRAINER_MONTPELLIER);
        long toReview = count(Role.TRAINER, trainer, TodoKind.ANALYSES_TO_REVIEW);
        long toReviewMontpellier = count(Role.TRAINER, montpellier, TodoKind.ANALYSES_TO_REVIEW);

        Account student = fixture.student("PERPIGNAN", "ASS", 1, "Analyse");
        IncidentForm form = new IncidentForm();
        form.setTitle("Le thé refusé");
        form.setSituation("Une situation.");
        form.setPeopleInvolved("Une mère, ma tutrice, moi.");
        form.setReaction("Gêne.");
        form.setOwnFrame("La neutralité professionnelle.");
        form.setOtherFrame("L'hospitalité.");
        form.setNegotiation("Nous avons accepté le thé.");
        form.setLearning("Le cadre se négocie.");
        CriticalIncident incident = incidents.submit(null, form, student);
        assertEquals(toReview + 1, count(Role.TRAINER, trainer, TodoKind.ANALYSES_TO_REVIEW));
        assertEquals(toReviewMontpellier, count(Role.TRAINER, montpellier, TodoKind.ANALYSES_TO_REVIEW),
                "another campus's analysis is not on the list");

        incidents.validate(incident.getId(), incident.getVersion(), "Bien vu.", trainer);
        assertEquals(toReview, count(Role.TRAINER, trainer, TodoKind.ANALYSES_TO_REVIEW), "reviewed: gone");
    }

    @Test
    void aListIsOnlyForItsRoleAndTheAdminsHeldMailsAreTheOutboxs() throws InterruptedException {
        Account student = account(DemoAccounts.STUDENT_ASS_PERPIGNAN);
        assertTrue(todo.of(Role.COORDINATOR, student).isEmpty(), "a student has no coordinator list");
        assertTrue(todo.of(Role.ADMIN, nadia()).isEmpty(), "a coordinator has no admin list");

        Account admin = account(DemoAccounts.ADMIN);
        long id = mail.queue("quelqu.un." + Fixture.unique() + "@example.org", "Sujet", "Corps").getId();
        for (int i = 0; i < 100 && mail.find(id).orElseThrow().getState() == MailState.QUEUED; i++) {
            Thread.sleep(100);
        }
        assertEquals(mail.count(new OutboxCriteria(MailState.HELD, null)) + mail.count(new OutboxCriteria(MailState.FAILED, null)),
                count(Role.ADMIN, admin, TodoKind.HELD_MAILS), "the held and failed mails of the outbox");
    }

    // ---------------------------------------------------------------- fixtures

    private Account trainer() {
        AccountForm form = new AccountForm();
        form.setEmail("formateur." + Fixture.unique() + "@example.org");
        form.setFirstName("Camille");
        form.setLastName("Afaire");
        form.setRoles(EnumSet.of(Role.TRAINER));
        form.setCampusCode("PERPIGNAN");
        return accounts.create(form, "mot-de-passe-solide", DemoAccounts.actor(accounts, DemoAccounts.ADMIN));
    }

    private SessionForm sessionForm(LocalDate day) {
        SessionForm form = new SessionForm();
        form.setDate(day);
        form.setTime(LocalTime.of(23, 0));
        form.setCampusCode("PERPIGNAN");
        form.setCohortCodes(new String[] {"EJE-1"});
        form.setTitle("Séance à relever " + Fixture.unique());
        form.setFormat(SessionFormat.WORKSHOP);
        form.setMovements(new Movement[] {Movement.DECENTRATION});
        form.setGuests(List.of(new GuestForm("Núria Vilaseca", "ES", "Universitat de Girona", GuestRole.TRAINER)));
        return form;
    }

    private HostContact mentor() {
        return fixture.mentor("Fundació Afaire", "ES", "Girona");
    }

    private PlacementForm placementForm(MobilityApplication application, HostContact mentor) {
        PlacementForm form = new PlacementForm();
        form.setApplicationId(application.getId());
        form.setHostId(mentor.getHost().getId());
        form.setMentorId(mentor.getId());
        form.setReferentId(account(DemoAccounts.TRAINER_PERPIGNAN).getId());
        form.setDepartment("Service d'accueil éducatif");
        form.setPlannedStart(fixture.periodStart());
        form.setPlannedEnd(fixture.periodEnd());
        form.setHoursPerWeek(35);
        form.setWorkingLanguage("es");
        return form;
    }

    private LearningAgreement filled(Placement placement) {
        LearningAgreement current = agreements.current(placement);
        AgreementForm form = current.toForm();
        form.setTitle("Éducateur stagiaire en foyer");
        form.setProgramme("Accompagnement éducatif d'adolescents.");
        form.setRecognition(Recognition.EMBEDDED);
        form.setEctsCredits(20);
        form.setLanguageLevel("B2");
        return agreements.save(current.getId(), form, nadia());
    }
}
