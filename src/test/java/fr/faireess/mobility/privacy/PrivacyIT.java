package fr.faireess.mobility.privacy;

import static fr.faireess.mobility.support.TestFiles.png;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.application.ApplicationForm;
import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.ApplicationReview;
import fr.faireess.mobility.application.ApplicationDrafting;
import fr.faireess.mobility.application.CefrLevel;
import fr.faireess.mobility.application.DocumentKind;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.application.Upload;
import fr.faireess.mobility.call.MobilityCall;
import fr.faireess.mobility.host.HostContact;
import fr.faireess.mobility.host.HostDirectory;
import fr.faireess.mobility.host.HostForm;
import fr.faireess.mobility.host.HostOrganisation;
import fr.faireess.mobility.host.HostSize;
import fr.faireess.mobility.host.HostType;
import fr.faireess.mobility.host.LegalStatus;
import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.Gender;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementForm;
import fr.faireess.mobility.placement.PlacementCreation;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.Fixture;
import fr.faireess.mobility.support.TestFiles;
import fr.faireess.mobility.testimony.ConsentForm;
import fr.faireess.mobility.testimony.ConsentService;
import fr.faireess.mobility.testimony.FileUpload;
import fr.faireess.mobility.testimony.Testimony;
import fr.faireess.mobility.testimony.TestimonyForm;
import fr.faireess.mobility.testimony.TestimonyAuthoring;
import fr.faireess.mobility.testimony.TestimonyType;
import fr.faireess.mobility.support.TestLanes;

/**
 * Personal data on the real server and database: the export holds the person's own records and
 * files and no one else's, and is audited; the purge deletes an old record created here with all
 * that hangs off it, keeps recent ones and the demo data, leaves the audit trail without personal
 * data, deletes nothing more when run again or twice at once, and only admins start it.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class PrivacyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private DataExportService exports;
    @Inject private PrivacyService privacy;
    @Inject private ApplicationService applications;
    @Inject private ApplicationDrafting applicationDrafting;
    @Inject private ApplicationReview applicationReview;
    @Inject private AccountService accounts;
    @Inject private PlacementCreation placementCreation;
    @Inject private HostDirectory hosts;
    @Inject private TestimonyAuthoring testimonyAuthoring;
    @Inject private ConsentService consents;
    @Inject private AuditLog audit;

    @Resource(lookup = "java:app/jdbc/mobility")
    private DataSource dataSource;

    @Inject private PurgesAtOnce purgesAtOnce;
    @Inject private Fixture fixture;
    @Inject private Clock clock;

    // ---------------------------------------------------------------- fixtures

    private static String unique() {
        return Fixture.unique();
    }

    private Account account(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }

    private Account admin() {
        return account(DemoAccounts.ADMIN);
    }

    private Account coordinator() {
        return account(DemoAccounts.COORDINATOR_PERPIGNAN);
    }

    private Account student() {
        return fixture.student("PERPIGNAN", "ASS", 2, "Données");
    }

    private MobilityCall call() {
        return fixture.openCall("Appel RGPD", 5);
    }

    /**
     * A submitted application with its CV and letter (a file name with a space: the export keeps it); the
     * desired period started {@code startedDaysAgo} days ago by the application's clock (negative: in the future).
     */
    private MobilityApplication submitted(Account student, MobilityCall call, int startedDaysAgo) {
        MobilityApplication draft = applicationDrafting.start(call.getId(), student);
        ApplicationForm form = new ApplicationForm();
        form.getWishes().get(0).setCountryCode("PT");
        form.getWishes().get(0).setCity("Porto");
        form.getWishes().get(0).setHostType("CHILD_PROTECTION");
        form.setStartOn(fixture.today().minusDays(startedDaysAgo));
        form.setEndOn(fixture.today().minusDays(startedDaysAgo).plusDays(90));
        form.setWorkingLanguage("pt");
        form.setCefrLevel(CefrLevel.B1);
        form.setFewerOpportunities(true);
        form.setMotivation("Je souhaite travailler auprès des enfants placés à Porto et comparer nos pratiques. ".repeat(4));
        form.setVersion(draft.getVersion());
        return applicationDrafting.submit(draft.getId(), student, form, List.of(
                new Upload(DocumentKind.CV, "mon cv.pdf", TestFiles.pdf(1500)),
                new Upload(DocumentKind.LETTER, "lettre.pdf", TestFiles.pdf(1200))));
    }

    private HostContact mentor() {
        HostForm form = new HostForm();
        form.setName("Associação Porto Infância " + unique());
        form.setType(HostType.CHILD_PROTECTION);
        form.setLegalStatus(LegalStatus.NON_PROFIT);
        form.setSize(HostSize.SMALL);
        form.setCity("Porto");
        form.setCountryCode("PT");
        HostForm.ContactForm contact = form.addContact();
        contact.setFullName("Rui Tutor");
        contact.setEmail("tuteur." + unique() + "@example.org");
        contact.setMentor(true);
        HostOrganisation host = hosts.create(form, accounts.findByEmail(DemoAccounts.COORDINATOR_PERPIGNAN).orElseThrow());
        return hosts.findForStaff(host.getId(), coordinator()).orElseThrow().getContacts().get(0);
    }

    private Placement placement(MobilityApplication selected) {
        HostContact mentor = mentor();
        PlacementForm form = new PlacementForm();
        form.setApplicationId(selected.getId());
        form.setHostId(mentor.getHost().getId());
        form.setMentorId(mentor.getId());
        form.setReferentId(account(DemoAccounts.TRAINER_PERPIGNAN).getId());
        form.setPlannedStart(fixture.periodStart());
        form.setPlannedEnd(fixture.periodEnd());
        form.setHoursPerWeek(35);
        form.setWorkingLanguage("pt");
        return placementCreation.create(form, coordinator());
    }

    private Testimony testimony(MobilityApplication mobility, Account owner, Account coAuthor) {
        TestimonyForm form = new TestimonyForm();
        form.setApplicationId(mobility.getId());
        form.setType(TestimonyType.FILM);
        form.setTitle("Porto, trois mois " + unique());
        form.setSummary("Un film sur un foyer de l'enfance à Porto.");
        form.setLanguage("fr");
        form.setLink("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        form.setCoAuthors(coAuthor == null ? null : coAuthor.getEmail());
        Testimony testimony = testimonyAuthoring.create(form, owner, new FileUpload("affiche porto.png", png()));
        ConsentForm consent = new ConsentForm();
        consent.setWeb(true);
        consent.setValidUntil(fixture.today().plusYears(2));
        consents.give(testimony.getId(), owner, consent);
        return testimony;
    }

    // ---------------------------------------------------------------- SQL: letting time pass

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timestamp at(LocalDateTime paris) {
        return Timestamp.from(SchoolTime.toInstant(paris));
    }

    /** The call closed {@code daysAgo} days ago (its opening moved before that). */
    private void closedDaysAgo(MobilityCall call, int daysAgo) {
        LocalDateTime closed = fixture.now().minusDays(daysAgo);
        update("UPDATE mobility_call SET opens_at = ?, closes_at = ? WHERE id = ?", at(closed.minusDays(60)), at(closed), call.getId());
    }

    /** Today in Paris by the application's clock: the purge's "today", from which ages are counted. */
    private LocalDate today() {
        return fixture.today();
    }

    private long applicationRows(long id) {
        return count("SELECT COUNT(*) FROM mobility_application WHERE id = ?", id);
    }

    private long demoApplications() {
        return count("SELECT COUNT(*) FROM mobility_application a JOIN account s ON s.id = a.student_id "
                + "WHERE s.email LIKE '%@etudiant.faire-ess.fr'");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static JsonObject json(Map<String, byte[]> entries) {
        return Json.createReader(new StringReader(new String(entries.get("donnees.json"), StandardCharsets.UTF_8))).readObject();
    }

    private List<AuditEntry> exportsOf(Account person) {
        return audit.history("ACCOUNT", person.getId()).stream()
                .filter(e -> DataExportService.EXPORTED.equals(e.getAction())).toList();
    }

    // ---------------------------------------------------------------- export

    @Test
    void aStudentsExportHoldsTheirApplicationDocumentsAndMessagesButNobodyElses() throws IOException {
        MobilityCall call = call();
        Account student = accounts.saveParticipantData(student(), today().minusYears(21), "ES", Gender.FEMALE);
        Account other = student();
        MobilityApplication mine = submitted(student, call, -60);
        MobilityApplication theirs = submitted(other, call, -60);
        applications.comment(mine.getId(), coordinator(), "Pouvez-vous préciser la période ?");

        DataExport export = exports.exportOwn(student);
        Map<String, byte[]> entries = unzip(export.content());
        JsonObject json = json(entries);
        String text = new String(entries.get("donnees.json"), StandardCharsets.UTF_8);

        assertTrue(export.fileName().matches("donnees-personnelles-\\d{4}-\\d{2}-\\d{2}\\.zip"), export.fileName());
        assertEquals(student.getEmail(), json.getJsonObject("compte").getString("email"));
        assertEquals(today().minusYears(21).toString(), json.getJsonObject("compte").getString("dateDeNaissance"));
        assertEquals("ES", json.getJsonObject("compte").getString("nationalite"));
        assertEquals("FEMALE", json.getJsonObject("compte").getString("genre"));
        JsonArray list = json.getJsonArray("candidatures");
        assertEquals(1, list.size());
        JsonObject application = list.getJsonObject(0);
        assertEquals(mine.getId(), application.getJsonNumber("id").longValue());
        assertEquals(call.getTitle(), application.getJsonObject("appel").getString("titre"));
        assertEquals("SUBMITTED", application.getString("statut"));
        assertTrue(application.getBoolean("moinsDOpportunites"));
        assertEquals("Porto", application.getJsonArray("voeux").getJsonObject(0).getString("ville"));
        JsonArray history = application.getJsonArray("historique");
        assertEquals(List.of("DRAFT", "SUBMITTED"), history.stream().map(e -> e.asJsonObject().getString("vers")).toList());
        assertEquals("Pouvez-vous préciser la période ?",
                application.getJsonArray("messages").getJsonObject(0).getString("texte"));
        String cv = "candidatures/" + mine.getId() + "/CV-mon cv.pdf";
        assertTrue(entries.containsKey(cv), entries.keySet().toString());
        assertTrue(entries.containsKey("candidatures/" + mine.getId() + "/LETTER-lettre.pdf"), entries.keySet().toString());
        assertTrue(new String(entries.get(cv), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(entries.keySet().stream().noneMatch(name -> name.contains("/" + theirs.getId() + "/")));
        assertFalse(text.contains(other.getEmail()));
        assertFalse(text.toLowerCase().contains("password"));
        assertFalse(text.contains("pbkdf2"));
        List<AuditEntry> audited = exportsOf(student);
        assertEquals(1, audited.size());
        assertEquals(student.getId(), audited.get(0).getActorId());
    }

    @Test
    void aDemoMobilityExportHasThePlacementAgreementsTestimoniesAndOnlyTheStudentsOwnConsents() throws IOException {
        Account theo = account("theo.mercier@etudiant.faire-ess.fr");
        JsonObject json = json(unzip(exports.exportOwn(theo).content()));
        String text = json.toString();

        JsonObject placement = json.getJsonArray("stages").getJsonObject(0);
        assertFalse(placement.getJsonArray("conventions").isEmpty());
        assertEquals(List.of("etudiant", "coordination", "tuteur"), new ArrayList<>(
                placement.getJsonArray("conventions").getJsonObject(0).getJsonObject("signatures").keySet()));
        assertEquals(4, placement.getJsonArray("checklist").size());
        assertFalse(json.getJsonArray("temoignages").isEmpty());
        assertFalse(json.getJsonArray("consentements").isEmpty());
        // His Barcelona film has a guardian's consent for a child: someone else's data, not his.
        assertTrue(text.contains("Petite enfance à Barcelone"));
        assertFalse(text.contains("Montserrat"));
        assertFalse(text.contains("Pau F."));
    }

    @Test
    void anAdminExportsAStudentsDataAsAnAuditedStaffAccessAndNobodyElseMay() throws IOException {
        Account student = student();
        submitted(student, call(), -60);

        DataExport export = exports.exportFor(student.getId(), admin());
        assertEquals(student.getEmail(), json(unzip(export.content())).getJsonObject("compte").getString("email"));
        List<AuditEntry> audited = exportsOf(student);
        assertEquals(1, audited.size());
        assertEquals(DemoAccounts.ADMIN, audited.get(0).getActorEmail());
        assertTrue(audited.get(0).getDetail().contains("administrator"));

        assertThrows(AccessDeniedException.class, () -> exports.exportFor(student.getId(), coordinator()));
        assertThrows(AccessDeniedException.class, () -> exports.exportFor(student.getId(), student));
        assertThrows(AccessDeniedException.class, () -> exports.exportOwn(coordinator()));
        assertEquals(1, exportsOf(student).size());
    }

    // ---------------------------------------------------------------- purge

    private static List<AuditEntry> purgedEntries(List<AuditEntry> trail) {
        return trail.stream().filter(e -> RetentionPurge.PURGED.equals(e.getAction())).toList();
    }

    @Test
    void theOldFileOfAStudentWithoutMobilityIsPurgedTheRecentOneAndTheDemoDataAreKept() {
        long demoBefore = demoApplications();
        Account student = student();
        MobilityCall oldCall = call();
        MobilityApplication old = submitted(student, oldCall, -60);
        applicationReview.reject(old.getId(), coordinator(), "Dossier incomplet, désolé.", fixture.versionOf(old.getId()));
        closedDaysAgo(oldCall, 3 * 366);
        MobilityCall recentCall = call();
        MobilityApplication recent = submitted(student, recentCall, -60);
        applicationReview.reject(recent.getId(), coordinator(), "Pas cette fois.", fixture.versionOf(recent.getId()));
        closedDaysAgo(recentCall, 1);

        PurgeRun run = privacy.runAsSystem(today());

        assertTrue(run.count(RecordType.UNSELECTED_APPLICATION) >= 1);
        assertEquals(0, run.getFailures());
        assertEquals(0, applicationRows(old.getId()));
        assertEquals(0, count("SELECT COUNT(*) FROM application_document WHERE application_id = ?", old.getId()));
        assertEquals(0, count("SELECT COUNT(*) FROM application_wish WHERE application_id = ?", old.getId()));
        assertEquals(1, applicationRows(recent.getId()));
        assertEquals(2, count("SELECT COUNT(*) FROM application_document WHERE application_id = ?", recent.getId()));
        assertEquals(demoBefore, demoApplications());

        // The trail stays, without personal data: no reason, no student behind their own steps.
        List<AuditEntry> trail = audit.history("APPLICATION", old.getId());
        List<String> actions = trail.stream().map(AuditEntry::getAction).toList();
        assertTrue(actions.containsAll(List.of("APPLICATION_SUBMITTED", "APPLICATION_REJECTED", RetentionPurge.PURGED)),
                actions.toString());
        for (AuditEntry e : trail) {
            if (!RetentionPurge.PURGED.equals(e.getAction())) {
                assertNull(e.getDetail(), e.getAction());
            }
            assertFalse(student.getEmail().equals(e.getActorEmail()), e.getAction());
            if ("APPLICATION_REJECTED".equals(e.getAction())) {
                assertEquals(DemoAccounts.COORDINATOR_PERPIGNAN, e.getActorEmail());
            }
        }
        List<AuditEntry> purged = purgedEntries(trail);
        assertEquals(1, purged.size());
        assertTrue(purged.get(0).getDetail().startsWith("UNSELECTED_APPLICATION"), purged.get(0).getDetail());
        assertTrue(audit.history("APPLICATION", recent.getId()).stream()
                .anyMatch(e -> e.getDetail() != null && e.getDetail().contains("Pas cette fois")));

        PurgeRun again = privacy.runAsSystem(today());
        assertEquals(0, again.count(RecordType.UNSELECTED_APPLICATION));
        assertEquals(0, again.count(RecordType.MOBILITY_FILE));
        assertEquals(1, applicationRows(recent.getId()));
        assertEquals(again.getId(), privacy.lastRun().orElseThrow().getId());
        List<AuditEntry> summary = audit.history("PRIVACY", again.getId());
        assertEquals(1, summary.size());
        assertTrue(summary.get(0).getDetail().contains("UNSELECTED_APPLICATION=0"), summary.get(0).getDetail());
        assertTrue(summary.get(0).getDetail().contains("failures=0"), summary.get(0).getDetail());
    }

    @Test
    void anOldMobilityGoesWithItsPlacementAgreementsTestimoniesAndConsentsARecentOneStays() {
        Account owner = student();
        Account coAuthor = student();
        accounts.saveParticipantData(owner, today().minusYears(28), "ES", Gender.MALE);
        MobilityCall call = call();
        MobilityApplication ownFile = submitted(owner, call, 20);
        MobilityApplication selected = applicationReview.select(ownFile.getId(), coordinator(), null, fixture.versionOf(ownFile.getId()));
        MobilityApplication coAuthorFile = submitted(coAuthor, call, 30);
        applicationReview.select(coAuthorFile.getId(), coordinator(), null, fixture.versionOf(coAuthorFile.getId()));   // a co-author went too
        Testimony film = testimony(selected, owner, coAuthor);
        Placement placement = placement(selected);
        // The mobility ended eight years ago.
        closedDaysAgo(call, 9 * 366);
        update("UPDATE placement SET state = 'COMPLETED', planned_start = ?, planned_end = ? WHERE id = ?",
                java.sql.Date.valueOf(today().minusYears(8).minusMonths(3)), java.sql.Date.valueOf(today().minusYears(8)),
                placement.getId());

        Account recentOwner = student();
        accounts.saveParticipantData(recentOwner, today().minusYears(21), "FR", Gender.UNDEFINED);
        MobilityCall recentCall = call();
        MobilityApplication recentFile = submitted(recentOwner, recentCall, 20);
        MobilityApplication recent = applicationReview.select(recentFile.getId(), coordinator(), null, fixture.versionOf(recentFile.getId()));
        Placement recentPlacement = placement(recent);
        closedDaysAgo(recentCall, 200);
        update("UPDATE placement SET state = 'COMPLETED', planned_start = ?, planned_end = ? WHERE id = ?",
                java.sql.Date.valueOf(today().minusMonths(5)), java.sql.Date.valueOf(today().minusMonths(2)),
                recentPlacement.getId());

        PurgeRun run = privacy.runAsSystem(today());

        assertTrue(run.count(RecordType.MOBILITY_FILE) >= 1);
        assertEquals(0, run.getFailures());
        assertEquals(0, applicationRows(selected.getId()));
        assertEquals(0, count("SELECT COUNT(*) FROM placement WHERE id = ?", placement.getId()));
        assertEquals(0, count("SELECT COUNT(*) FROM learning_agreement WHERE placement_id = ?", placement.getId()));
        assertEquals(0, count("SELECT COUNT(*) FROM testimony WHERE id = ?", film.getId()));
        assertEquals(0, count("SELECT COUNT(*) FROM testimony_file WHERE testimony_id = ?", film.getId()));
        assertEquals(0, count("SELECT COUNT(*) FROM testimony_consent WHERE testimony_id = ?", film.getId()));
        assertEquals(0, count("SELECT COUNT(*) FROM testimony_coauthor WHERE testimony_id = ?", film.getId()));
        List<AuditEntry> placementTrail = audit.history("PLACEMENT", placement.getId());
        assertFalse(placementTrail.isEmpty());
        placementTrail.forEach(e -> assertNull(e.getDetail(), e.getAction()));
        List<AuditEntry> testimonyTrail = audit.history("TESTIMONY", film.getId());
        assertFalse(testimonyTrail.isEmpty());
        for (AuditEntry e : testimonyTrail) {
            assertNull(e.getDetail(), e.getAction());
            assertFalse(owner.getEmail().equals(e.getActorEmail()) || coAuthor.getEmail().equals(e.getActorEmail()),
                    e.getAction());
        }
        // The accounts stay; only the file is gone, and with the last one the participant data.
        assertTrue(accounts.find(owner.getId()).isPresent());
        assertEquals(1, count("SELECT COUNT(*) FROM account WHERE id = ? AND birth_date IS NULL"
                + " AND nationality_code IS NULL AND gender IS NULL", owner.getId()));
        assertEquals(1, count("SELECT COUNT(*) FROM account WHERE id = ? AND birth_date IS NOT NULL"
                + " AND nationality_code = 'FR' AND gender = 'UNDEFINED'", recentOwner.getId()));

        assertEquals(1, applicationRows(recent.getId()));
        assertEquals(1, count("SELECT COUNT(*) FROM placement WHERE id = ?", recentPlacement.getId()));
    }

    @Test
    void sentAndUnsentMailsAndLoginFailuresArePurgedAfterTheirDaysOthersStay() {
        String tag = unique();
        Instant now = clock.instant();
        Timestamp longAgo = Timestamp.from(now.minus(200, ChronoUnit.DAYS));
        Timestamp yesterday = Timestamp.from(now.minus(1, ChronoUnit.DAYS));
        String insertMail = "INSERT INTO mail_outbox (recipient, subject, body, created_at, mail_state, attempts, sent_at, version) "
                + "VALUES (?, ?, 'Bonjour', ?, ?, 1, ?, 0)";
        update(insertMail, "ancien." + tag + "@example.org", "Ancien " + tag, longAgo, "SENT", longAgo);
        update(insertMail, "recent." + tag + "@example.org", "Récent " + tag, yesterday, "SENT", yesterday);
        update(insertMail, "retenu." + tag + "@example.org", "Retenu " + tag, longAgo, "HELD", null);
        update(insertMail, "echec." + tag + "@example.org", "Échec " + tag, longAgo, "FAILED", null);
        // Waiting for its next attempt (tomorrow): the server's outbox, which runs every few seconds, leaves it queued.
        update("INSERT INTO mail_outbox (recipient, subject, body, created_at, mail_state, attempts, next_attempt_at, version) "
                + "VALUES (?, ?, 'Bonjour', ?, 'QUEUED', 1, ?, 0)", "attente." + tag + "@example.org", "En attente " + tag, longAgo,
                Timestamp.from(now.plus(1, ChronoUnit.DAYS)));
        update(insertMail, "retenu2." + tag + "@example.org", "Retenu récent " + tag, Timestamp.from(now.minus(170, ChronoUnit.DAYS)), "HELD", null);
        String insertFailure = "INSERT INTO login_throttle (email, failures, last_failure, locked_until) VALUES (?, 2, ?, NULL)";
        update(insertFailure, "oubli." + tag + "@example.org", longAgo);
        update(insertFailure, "faute." + tag + "@example.org", yesterday);

        PurgeRun run = privacy.runAsSystem(today());

        assertTrue(run.count(RecordType.SENT_MAIL) >= 1);
        assertTrue(run.count(RecordType.LOGIN_FAILURE) >= 1);
        assertEquals(0, count("SELECT COUNT(*) FROM mail_outbox WHERE subject = ?", "Ancien " + tag));
        assertEquals(1, count("SELECT COUNT(*) FROM mail_outbox WHERE subject = ?", "Récent " + tag));
        // Never sent: held or failed mails go 180 days after they were queued; a queued one is still being sent.
        assertTrue(run.count(RecordType.UNSENT_MAIL) >= 2);
        assertEquals(0, count("SELECT COUNT(*) FROM mail_outbox WHERE subject = ?", "Retenu " + tag));
        assertEquals(0, count("SELECT COUNT(*) FROM mail_outbox WHERE subject = ?", "Échec " + tag));
        assertEquals(1, count("SELECT COUNT(*) FROM mail_outbox WHERE subject = ?", "Retenu récent " + tag));
        assertEquals(1, count("SELECT COUNT(*) FROM mail_outbox WHERE subject = ?", "En attente " + tag));
        assertEquals(0, count("SELECT COUNT(*) FROM login_throttle WHERE email = ?", "oubli." + tag + "@example.org"));
        assertEquals(1, count("SELECT COUNT(*) FROM login_throttle WHERE email = ?", "faute." + tag + "@example.org"));
    }

    @Test
    void twoPurgesAtOnceDeleteEachOldFileOnce() throws Exception {
        List<Long> old = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Account student = student();
            MobilityCall call = call();
            MobilityApplication application = submitted(student, call, -60);
            applicationReview.reject(application.getId(), coordinator(), "Non retenu.", fixture.versionOf(application.getId()));
            closedDaysAgo(call, 3 * 366);
            old.add(application.getId());
        }

        Future<PurgeRun> first = purgesAtOnce.run(today());
        Future<PurgeRun> second = purgesAtOnce.run(today());
        PurgeRun a = first.get();
        PurgeRun b = second.get();

        assertEquals(0, a.getFailures() + b.getFailures());
        for (Long id : old) {
            assertEquals(0, applicationRows(id));
            assertEquals(1, purgedEntries(audit.history("APPLICATION", id)).size(), "purged once: " + id);
        }
        assertTrue(a.count(RecordType.UNSELECTED_APPLICATION) + b.count(RecordType.UNSELECTED_APPLICATION) >= old.size());
    }

    @Test
    void onlyAnAdministratorRunsThePurgeByHand() {
        assertThrows(AccessDeniedException.class, () -> privacy.runNow(coordinator()));
        assertThrows(AccessDeniedException.class, () -> privacy.runNow(account(DemoAccounts.STUDENT_ASS_PERPIGNAN)));
        PurgeRun run = privacy.runNow(admin());
        assertEquals(DemoAccounts.ADMIN, run.getRunBy());
        List<AuditEntry> summary = audit.history("PRIVACY", run.getId());
        assertEquals(1, summary.size());
        assertEquals(DemoAccounts.ADMIN, summary.get(0).getActorEmail());
        assertNotNull(summary.get(0).getDetail());
    }
}
