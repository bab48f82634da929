package fr.faireess.mobility.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountForm;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.mail.MailService;
import fr.faireess.mobility.platform.mail.OutboxCriteria;
import fr.faireess.mobility.platform.mail.OutgoingMail;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.Fixture;
import fr.faireess.mobility.support.TestFiles;
import fr.faireess.mobility.support.TestLanes;

/**
 * The module's services on the real server and database: who may change attendance, what a student
 * can see, refusals that save nothing, and the completion gate. Data is created through the services.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class ModuleIT {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String CAMPUS = "PERPIGNAN";

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private MailService mail;
    @Inject private AccountService accounts;
    @Inject private ModuleSessionService sessions;
    @Inject private CriticalIncidentService incidents;
    @Inject private ModuleSetupService setup;
    @Inject private ModuleCompletion completion;
    @Inject private SessionMaterialService materials;
    @Inject private AuditLog audit;
    @Inject private Fixture fixture;

    /** The demo administrator as the actor of account set-up: the service checks the role in the database. */
    private Actor admin() {
        return DemoAccounts.actor(accounts, DemoAccounts.ADMIN);
    }

    // ---------------------------------------------------------------- attendance: who may edit

    @Test
    void aTrainerCannotEditAnotherTrainersAttendanceButTheSessionsTrainerAndAnAdminCan() {
        Account marta = staff(Role.TRAINER);
        Account other = staff(Role.TRAINER);
        Account admin = staff(Role.ADMIN);
        Account student = student("EJE");
        ModuleSession session = sessions.create(sessionForm("EJE-1"), marta);

        Map<Long, AttendanceStatus> allPresent = marks(session, marta, AttendanceStatus.PRESENT);
        BusinessException refused = assertThrows(BusinessException.class,
                () -> sessions.recordAttendance(session.getId(), session.getVersion(), allPresent, other));
        assertEquals("module.attendance.notYourSession", refused.messageKey());
        assertTrue(sessions.attendanceGrid(session.getId(), marta).stream().allMatch(r -> r.getStatus() == null),
                "nothing was saved");
        assertEquals("module.session.notYours", assertThrows(BusinessException.class,
                () -> sessions.update(session.getId(), SessionForm.of(session), other)).messageKey());

        int saved = sessions.recordAttendance(session.getId(), session.getVersion(), allPresent, marta);
        assertEquals(allPresent.size(), saved);
        assertEquals(AttendanceStatus.PRESENT, statusOf(session, student, marta));

        ModuleSession recorded = sessions.find(session.getId(), admin).orElseThrow();
        Map<Long, AttendanceStatus> correction = marks(session, admin, AttendanceStatus.PRESENT);
        correction.put(student.getId(), AttendanceStatus.EXCUSED);
        sessions.recordAttendance(session.getId(), recorded.getVersion(), correction, admin);
        assertEquals(AttendanceStatus.EXCUSED, statusOf(session, student, marta));
        assertEquals(List.of("MODULE_SESSION_CREATED", "MODULE_ATTENDANCE_RECORDED", "MODULE_ATTENDANCE_RECORDED"),
                audit.history("MODULE_SESSION", session.getId()).stream().map(e -> e.getAction()).toList());

        assertThrows(ConcurrentModificationException.class,
                () -> sessions.recordAttendance(session.getId(), session.getVersion(), allPresent, marta),
                "a grid loaded before the admin's correction cannot overwrite it");
    }

    // ---------------------------------------------------------------- what a student sees

    @Test
    void aStudentSeesOnlyTheirOwnAttendanceAndIncidents() {
        Account trainer = staff(Role.TRAINER);
        Account lea = student("ASS");
        Account hugo = student("ASS");
        ModuleSession session = sessions.create(sessionForm("ASS-1"), trainer);
        Map<Long, AttendanceStatus> grid = marks(session, trainer, AttendanceStatus.PRESENT);
        grid.put(hugo.getId(), AttendanceStatus.ABSENT);
        sessions.recordAttendance(session.getId(), session.getVersion(), grid, trainer);
        CriticalIncident leas = incidents.submit(null, completeIncident(), lea);
        CriticalIncident hugos = incidents.saveDraft(null, draft("Brouillon d'Hugo"), hugo);

        List<Attendance> hugoSees = sessions.attendanceOf(hugo);
        assertEquals(1, hugoSees.size());
        assertEquals(hugo.getId(), hugoSees.get(0).getStudent().getId());
        assertEquals(AttendanceStatus.ABSENT, hugoSees.get(0).getStatus());
        assertEquals(AttendanceStatus.PRESENT, sessions.attendanceOf(lea).get(0).getStatus());

        assertEquals(List.of(hugos.getId()), incidents.mine(hugo).stream().map(CriticalIncident::getId).toList());
        assertTrue(incidents.findOwn(leas.getId(), hugo).isEmpty(), "someone else's analysis, even by id");
        assertThrows(AccessDeniedException.class, () -> incidents.findForReview(leas.getId(), hugo));
        assertTrue(sessions.find(session.getId(), hugo).isEmpty(), "sessions (and their grids) are for staff");
        assertThrows(AccessDeniedException.class, () -> sessions.attendanceGrid(session.getId(), hugo));
        assertThrows(BusinessException.class, () -> incidents.saveDraft(leas.getId(), draft("Piratage"), hugo));

        assertTrue(incidents.findForReview(hugos.getId(), trainer).isEmpty(), "a draft stays private");
        assertTrue(incidents.findForReview(leas.getId(), trainer).isPresent());
        assertTrue(incidents.findForReview(leas.getId(), staff(Role.TRAINER, "MONTPELLIER")).isEmpty(),
                "trainers review their own campus");
    }

    // ---------------------------------------------------------------- refusals that change nothing

    @Test
    void aSessionWithoutDateOrCohortIsRefusedAndNothingIsSaved() {
        Account trainer = staff(Role.TRAINER);
        SessionCriteria mine = new SessionCriteria(null, null, trainer.getId());

        SessionForm noDate = sessionForm("ES-1");
        noDate.setDate(null);
        BusinessException e = assertThrows(BusinessException.class, () -> sessions.create(noDate, trainer));
        assertEquals("module.session.dateRequired", e.messageKey());
        assertEquals("date", e.field().orElseThrow());

        SessionForm noCohort = sessionForm("ES-1");
        noCohort.setCohortCodes(new String[0]);
        e = assertThrows(BusinessException.class, () -> sessions.create(noCohort, trainer));
        assertEquals("module.session.cohortRequired", e.messageKey());
        assertEquals("cohorts", e.field().orElseThrow());

        SessionForm badLink = sessionForm("ES-1");
        badLink.setMaterialUrl("javascript:alert(document.cookie)");
        assertEquals("module.session.materialUrlInvalid",
                assertThrows(BusinessException.class, () -> sessions.create(badLink, trainer)).messageKey());
        assertEquals(0, sessions.count(mine, trainer));
    }

    @Test
    void attendanceForAStudentOutsideTheCohortIsRefusedAndNothingIsSaved() {
        Account trainer = staff(Role.TRAINER);
        student("ES");
        Account outsider = student("EJE");
        ModuleSession session = sessions.create(sessionForm("ES-1"), trainer);
        Map<Long, AttendanceStatus> grid = marks(session, trainer, AttendanceStatus.PRESENT);
        grid.put(outsider.getId(), AttendanceStatus.PRESENT);

        BusinessException e = assertThrows(BusinessException.class,
                () -> sessions.recordAttendance(session.getId(), session.getVersion(), grid, trainer));
        assertEquals("module.attendance.notInCohort", e.messageKey());
        assertEquals(outsider.getFullName(), e.arguments()[0]);
        assertTrue(sessions.attendanceOf(outsider).isEmpty());
        assertTrue(sessions.attendanceGrid(session.getId(), trainer).stream().allMatch(r -> r.getStatus() == null));
        assertNull(sessions.find(session.getId(), trainer).orElseThrow().getAttendanceRecordedAt());
    }

    @Test
    void anEmptyIncidentIsRefusedAndNothingIsSaved() {
        Account student = student("EJE");
        BusinessException e = assertThrows(BusinessException.class, () -> incidents.saveDraft(null, new IncidentForm(), student));
        assertEquals("module.incident.empty", e.messageKey());
        IncidentForm incomplete = draft("Sans analyse");
        assertEquals("module.incident.headingRequired",
                assertThrows(BusinessException.class, () -> incidents.submit(null, incomplete, student)).messageKey());
        assertTrue(incidents.mine(student).isEmpty());
    }

    // ---------------------------------------------------------------- review and completion

    @Test
    void aStudentCompletesTheModuleWhenTheCohortsRequirementsAreMet() {
        Account trainer = staff(Role.TRAINER);
        Account student = student("ES");
        ModuleCompletionRule.Requirement requirement = requirementOfPerpignanEs1();

        CompletionStatus before = completion.statusOf(student);
        assertFalse(completion.isCompleted(student));
        assertEquals(requirement.sessions(), before.sessionsRequired());
        assertEquals(0, before.sessionsAttended());

        for (int i = 0; i < requirement.sessions(); i++) {
            ModuleSession session = sessions.create(sessionForm("ES-1"), trainer);
            sessions.recordAttendance(session.getId(), session.getVersion(), marks(session, trainer, AttendanceStatus.PRESENT), trainer);
        }
        // Written during the placement abroad: it is reviewed and counts like any other.
        IncidentForm abroad = completeIncident();
        abroad.setDuringPlacement(true);
        CriticalIncident first = incidents.submit(null, abroad, student);
        assertTrue(incidents.findForReview(first.getId(), trainer).orElseThrow().isDuringPlacement());
        assertEquals("module.incident.commentRequired", assertThrows(BusinessException.class,
                () -> incidents.requestRework(first.getId(), first.getVersion(), " ", trainer)).messageKey());
        CriticalIncident reworked = incidents.requestRework(first.getId(), first.getVersion(), "Développez le cadre de l'autre.", trainer);
        assertEquals(IncidentStatus.REWORK_REQUESTED, reworked.getStatus());
        assertEquals(requirement.incidents() > 0 ? CompletionStatus.MISSING_INCIDENTS : CompletionStatus.COMPLETED,
                completion.statusOf(student).explanationKey());

        IncidentForm again = IncidentForm.of(reworked);
        again.setOtherFrame("Pour elle, refuser l'hospitalité, c'est refuser la relation.");
        CriticalIncident resubmitted = incidents.submit(reworked.getId(), again, student);
        incidents.validate(resubmitted.getId(), resubmitted.getVersion(), "Très bien.", trainer);
        for (int i = 1; i < requirement.incidents(); i++) {
            CriticalIncident more = incidents.submit(null, completeIncident(), student);
            incidents.validate(more.getId(), more.getVersion(), null, trainer);
        }

        CompletionStatus after = completion.statusOf(student);
        assertTrue(after.completed(), after.toString());
        assertTrue(completion.isCompleted(student));
        assertEquals(CompletionStatus.COMPLETED, after.explanationKey());
        assertEquals(List.of("INCIDENT_CREATED", "INCIDENT_SUBMITTED", "INCIDENT_REWORK_REQUESTED", "INCIDENT_SUBMITTED",
                "INCIDENT_VALIDATED"), audit.history("CRITICAL_INCIDENT", first.getId()).stream().map(e -> e.getAction()).toList());
        // The student was e-mailed, in French, at each review, with the trainer's comment.
        List<String> reviewMails = mail.search(new OutboxCriteria(null, student.getEmail()), 0, 50).stream()
                .sorted(java.util.Comparator.comparing(OutgoingMail::getId))
                .map(m -> m.getSubject() + " / " + m.getBody()).filter(m -> m.contains(first.getTitle())).toList();
        assertEquals(1 + requirement.incidents(), reviewMails.size(), "one rework, then a validation per analysis: "
                + String.join("\n", reviewMails));
        assertTrue(reviewMails.get(0).startsWith("Analyse d'incident critique à reprendre — " + first.getTitle()
                + " / Bonjour " + student.getFirstName() + ","), reviewMails.get(0));
        assertTrue(reviewMails.get(0).contains("Développez le cadre de l'autre."), reviewMails.get(0));
        assertTrue(reviewMails.get(1).startsWith("Analyse d'incident critique validée — " + first.getTitle()), reviewMails.get(1));
        assertEquals("module.incident.notEditable",
                assertThrows(BusinessException.class, () -> incidents.saveDraft(first.getId(), again, student)).messageKey());

        ModuleRequirement cohort = setup.requirement(sessions.currentAcademicYear(), CAMPUS, "ES", 1).orElseThrow();
        CohortMember row = completion.cohortTable(cohort).stream().filter(m -> m.studentId() == student.getId())
                .findFirst().orElseThrow();
        assertTrue(row.status().completed());
    }

    @Test
    void aCoordinatorSetsRequirementsForTheirCampusOnly() {
        Account coordinator = staff(Role.COORDINATOR);
        String nextYear = AcademicYears.shift(fixture.academicYear(), 1);
        RequirementForm form = new RequirementForm();
        form.setAcademicYearCode(nextYear);
        form.setCampusCode("MONTPELLIER");
        form.setProgrammeCode("ASS");
        form.setStudyYear(1);
        form.setSessionsRequired(3);
        form.setIncidentsRequired(1);
        assertEquals("module.requirement.otherCampus",
                assertThrows(BusinessException.class, () -> setup.save(form, coordinator)).messageKey());
        form.setCampusCode(CAMPUS);
        form.setSessionsRequired(-1);
        assertEquals("module.requirement.numberInvalid",
                assertThrows(BusinessException.class, () -> setup.save(form, coordinator)).messageKey());
        form.setSessionsRequired(3);
        assertThrows(AccessDeniedException.class, () -> setup.save(form, staff(Role.TRAINER)));
        assertThrows(AccessDeniedException.class, () -> setup.save(form, student("ASS")));
        assertTrue(setup.requirement(nextYear, CAMPUS, "ASS", 1).isEmpty(), "nothing was saved");
    }

    // ---------------------------------------------------------------- roles checked by the services themselves

    @Test
    void aStudentCannotCreateASessionOrRecordAttendanceAndACoordinatorCannotValidateAnAnalysis() {
        Account trainer = staff(Role.TRAINER);
        Account coordinator = staff(Role.COORDINATOR);
        Account student = student("ASS");

        assertThrows(AccessDeniedException.class, () -> sessions.create(sessionForm("ASS-1"), student));
        assertThrows(AccessDeniedException.class, () -> sessions.create(sessionForm("ASS-1"), coordinator));
        assertEquals(0, sessions.count(new SessionCriteria(null, null, student.getId()), staff(Role.ADMIN)));
        assertEquals(0, sessions.count(new SessionCriteria(null, null, coordinator.getId()), staff(Role.ADMIN)));

        ModuleSession session = sessions.create(sessionForm("ASS-1"), trainer);
        Map<Long, AttendanceStatus> grid = marks(session, trainer, AttendanceStatus.PRESENT);
        assertTrue(grid.containsKey(student.getId()));
        assertThrows(AccessDeniedException.class,
                () -> sessions.recordAttendance(session.getId(), session.getVersion(), grid, student));
        assertThrows(AccessDeniedException.class,
                () -> sessions.recordAttendance(session.getId(), session.getVersion(), grid, coordinator));
        SessionForm renamed = SessionForm.of(session);
        renamed.setTitle("Renommée par un·e étudiant·e");
        assertThrows(AccessDeniedException.class, () -> sessions.update(session.getId(), renamed, student));
        ModuleSession unchanged = sessions.find(session.getId(), trainer).orElseThrow();
        assertEquals(session.getTitle(), unchanged.getTitle());
        assertNull(unchanged.getAttendanceRecordedAt());
        assertTrue(sessions.attendanceOf(student).isEmpty());
        assertEquals(List.of("MODULE_SESSION_CREATED"),
                audit.history("MODULE_SESSION", session.getId()).stream().map(e -> e.getAction()).toList());

        CriticalIncident submitted = incidents.submit(null, completeIncident(), student);
        assertThrows(AccessDeniedException.class,
                () -> incidents.validate(submitted.getId(), submitted.getVersion(), "Très bien.", coordinator));
        assertThrows(AccessDeniedException.class,
                () -> incidents.requestRework(submitted.getId(), submitted.getVersion(), "À reprendre.", coordinator));
        assertThrows(AccessDeniedException.class,
                () -> incidents.validate(submitted.getId(), submitted.getVersion(), "Auto-validation", student));
        assertThrows(AccessDeniedException.class, () -> incidents.submit(null, completeIncident(), trainer),
                "analyses are the students' own work");
        CriticalIncident still = incidents.findForReview(submitted.getId(), trainer).orElseThrow();
        assertEquals(IncidentStatus.SUBMITTED, still.getStatus());
        assertNull(still.getTrainerComment());
        assertEquals(List.of("INCIDENT_CREATED", "INCIDENT_SUBMITTED"),
                audit.history("CRITICAL_INCIDENT", submitted.getId()).stream().map(e -> e.getAction()).toList());
    }

    // ---------------------------------------------------------------- session files

    @Test
    void sessionFilesAreAddedByTheSessionsTrainerAndReadByStaffAndTheCohortsStudentsOnly() {
        Account trainer = staff(Role.TRAINER);
        Account otherTrainer = staff(Role.TRAINER);
        Account coordinator = staff(Role.COORDINATOR);
        Account admin = staff(Role.ADMIN);
        Account inside = student("ASS");
        Account outside = student("ES");
        ModuleSession session = sessions.create(sessionForm("ASS-1"), trainer);
        long id = session.getId();
        byte[] pdf = TestFiles.pdf(3000);

        byte[] html = "<html><body>diaporama</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        BusinessException wrongType = assertThrows(BusinessException.class,
                () -> materials.add(id, new MaterialUpload("diaporama.pdf", html), trainer));
        assertEquals("module.material.wrongType", wrongType.messageKey());
        assertEquals("file", wrongType.field().orElseThrow());
        assertEquals("module.material.notYours", assertThrows(BusinessException.class,
                () -> materials.add(id, new MaterialUpload("consignes.pdf", pdf), otherTrainer)).messageKey());
        assertThrows(AccessDeniedException.class, () -> materials.add(id, new MaterialUpload("consignes.pdf", pdf), inside));
        assertThrows(AccessDeniedException.class, () -> materials.add(id, new MaterialUpload("consignes.pdf", pdf), coordinator));
        assertTrue(materials.materialsOf(id, trainer).isEmpty(), "nothing was stored");

        MaterialInfo added = materials.add(id, new MaterialUpload("C:\\Cours\\Consignes.PDF", pdf), trainer);
        assertEquals("Consignes.pdf", added.fileName());
        assertEquals(MaterialKind.PDF, added.kind());
        assertEquals(List.of(added.id()), materials.materialsOf(id, admin).stream().map(MaterialInfo::id).toList());

        MaterialDownload downloaded = materials.download(added.id(), inside).orElseThrow();
        assertEquals("application/pdf", downloaded.contentType());
        assertTrue(java.util.Arrays.equals(pdf, downloaded.content()));
        assertTrue(materials.download(added.id(), outside).isEmpty(), "a student of another cohort gets nothing");
        assertTrue(materials.download(added.id(), coordinator).isPresent());
        assertTrue(materials.download(added.id(), otherTrainer).isPresent());
        assertThrows(AccessDeniedException.class, () -> materials.materialsOf(id, inside), "the staff's list is not for students");
        assertTrue(materials.forStudent(inside).stream().anyMatch(m -> m.session().getId() == id
                && m.files().stream().anyMatch(f -> f.id() == added.id())));
        assertTrue(materials.forStudent(outside).stream().noneMatch(m -> m.session().getId() == id));

        assertEquals("module.material.notYours",
                assertThrows(BusinessException.class, () -> materials.remove(added.id(), otherTrainer)).messageKey());
        assertThrows(AccessDeniedException.class, () -> materials.remove(added.id(), inside));
        assertTrue(materials.download(added.id(), trainer).isPresent(), "still there after the refusals");
        materials.remove(added.id(), admin);
        assertTrue(materials.download(added.id(), trainer).isEmpty());
        assertTrue(materials.materialsOf(id, trainer).isEmpty());
        assertEquals(List.of("MODULE_SESSION_CREATED", "MODULE_MATERIAL_ADDED", "MODULE_MATERIAL_REMOVED"),
                audit.history("MODULE_SESSION", id).stream().map(e -> e.getAction()).toList());
    }

    // ---------------------------------------------------------------- campus scope

    @Test
    void anotherCampussStaffIsRefusedEveryReadAndWriteOfASessionUnlessAnAdministratorWidensThem() {
        Account trainer = staff(Role.TRAINER);
        Account montpellierTrainer = staff(Role.TRAINER, "MONTPELLIER");
        Account montpellierCoordinator = staff(Role.COORDINATOR, "MONTPELLIER");
        ModuleSession session = sessions.create(sessionForm("EJE-1"), trainer);
        long id = session.getId();
        MaterialInfo file = materials.add(id, new MaterialUpload("consignes.pdf", TestFiles.pdf(2000)), trainer);
        SessionCriteria thisSession = new SessionCriteria(null, CAMPUS, trainer.getId());

        for (Account other : List.of(montpellierTrainer, montpellierCoordinator)) {
            assertTrue(sessions.find(id, other).isEmpty(), "another campus's session is as absent as a guessed id");
            assertThrows(NotFoundException.class, () -> sessions.attendanceGrid(id, other));
            assertThrows(NotFoundException.class, () -> materials.materialsOf(id, other));
            assertTrue(materials.materialsOf(List.of(id), other).isEmpty());
            assertTrue(materials.download(file.id(), other).isEmpty());
            assertEquals(0, sessions.count(thisSession, other));
            assertTrue(sessions.search(thisSession, 0, 10, other).isEmpty());
            assertTrue(sessions.all(thisSession, other).isEmpty());
        }
        assertThrows(NotFoundException.class, () -> sessions.update(id, SessionForm.of(session), montpellierTrainer));
        assertThrows(NotFoundException.class,
                () -> sessions.recordAttendance(id, session.getVersion(), Map.of(), montpellierTrainer));
        assertThrows(NotFoundException.class,
                () -> materials.add(id, new MaterialUpload("autre.pdf", TestFiles.pdf(2000)), montpellierTrainer));
        assertThrows(NotFoundException.class, () -> materials.remove(file.id(), montpellierTrainer));
        BusinessException elsewhere = assertThrows(BusinessException.class,
                () -> sessions.create(sessionForm("EJE-1"), montpellierTrainer));
        assertEquals("module.session.campusOutOfScope", elsewhere.messageKey());
        assertEquals("campus", elsewhere.field().orElseThrow());
        assertEquals(1, materials.materialsOf(id, trainer).size(), "nothing was removed or added");
        assertEquals(1, sessions.count(thisSession, trainer));

        // An administrator lets the Montpellier trainer see both campuses: the session reads again (still not theirs to edit).
        AccountForm widen = AccountForm.of(montpellierTrainer);
        widen.setSeesBothCampuses(true);
        Account widened = accounts.update(montpellierTrainer.getId(), widen, admin());
        assertTrue(widened.isSeesBothCampuses());
        assertTrue(sessions.find(id, widened).isPresent());
        assertTrue(materials.download(file.id(), widened).isPresent());
        assertEquals(1, sessions.count(thisSession, widened));
        assertEquals("module.session.notYours", assertThrows(BusinessException.class,
                () -> sessions.update(id, SessionForm.of(session), widened)).messageKey());
    }

    // ---------------------------------------------------------------- helpers

    /** The demo requirement of Perpignan ES year 1 this year, or a new one when the demo data is off. */
    private ModuleCompletionRule.Requirement requirementOfPerpignanEs1() {
        String year = sessions.currentAcademicYear();
        return setup.requirement(year, CAMPUS, "ES", 1).map(ModuleRequirement::asRule).orElseGet(() -> {
            RequirementForm form = new RequirementForm();
            form.setAcademicYearCode(year);
            form.setCampusCode(CAMPUS);
            form.setProgrammeCode("ES");
            form.setStudyYear(1);
            form.setSessionsRequired(2);
            form.setIncidentsRequired(1);
            return setup.save(form, staff(Role.ADMIN)).asRule();
        });
    }

    private Map<Long, AttendanceStatus> marks(ModuleSession session, Account viewer, AttendanceStatus status) {
        Map<Long, AttendanceStatus> marks = new LinkedHashMap<>();
        sessions.attendanceGrid(session.getId(), viewer).forEach(r -> marks.put(r.getStudentId(), status));
        return marks;
    }

    private AttendanceStatus statusOf(ModuleSession session, Account student, Account viewer) {
        return sessions.attendanceGrid(session.getId(), viewer).stream().filter(r -> r.getStudentId() == student.getId())
                .findFirst().orElseThrow().getStatus();
    }

    /** A session today (by the application's clock) at 9:30 for {@code cohort} of the current year. */
    private SessionForm sessionForm(String cohort) {
        SessionForm form = new SessionForm();
        form.setDate(fixture.today());
        form.setTime(LocalTime.of(9, 30));
        form.setCampusCode(CAMPUS);
        form.setCohortCodes(new String[] {cohort});
        form.setTitle("Séance de test " + UUID.randomUUID());
        form.setFormat(SessionFormat.WORKSHOP);
        form.setMovements(new Movement[] {Movement.DECENTRATION});
        form.setGuests(List.of(new GuestForm("Núria Vilaseca", "ES", "Universitat de Girona", GuestRole.TRAINER)));
        return form;
    }

    private static IncidentForm completeIncident() {
        IncidentForm form = draft("Le thé refusé");
        form.setPeopleInvolved("Une mère, ma tutrice, moi.");
        form.setReaction("Gêne.");
        form.setOwnFrame("La neutralité professionnelle.");
        form.setOtherFrame("L'hospitalité.");
        form.setNegotiation("Nous avons accepté le thé.");
        form.setLearning("Le cadre se négocie.");
        return form;
    }

    private static IncidentForm draft(String title) {
        IncidentForm form = new IncidentForm();
        form.setTitle(title);
        form.setSituation("Une situation.");
        return form;
    }

    private Account staff(Role role) {
        return staff(role, CAMPUS);
    }

    private Account staff(Role role, String campus) {
        AccountForm form = new AccountForm();
        form.setEmail("module." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        form.setFirstName("Camille");
        form.setLastName("Tessier");
        form.setRoles(EnumSet.of(role));
        form.setCampusCode(role == Role.ADMIN ? null : campus);
        return accounts.create(form, PASSWORD, admin());
    }

    /** A first-year student of {@code programme} in Perpignan. */
    private Account student(String programme) {
        return fixture.student(CAMPUS, programme, 1, "Test " + Fixture.unique().substring(0, 4));
    }
}
