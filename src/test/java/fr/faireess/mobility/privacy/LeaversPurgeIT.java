package fr.faireess.mobility.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountForm;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.module.AcademicYears;
import fr.faireess.mobility.module.CriticalIncident;
import fr.faireess.mobility.module.CriticalIncidentService;
import fr.faireess.mobility.module.IncidentForm;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.Fixture;
import fr.faireess.mobility.support.TestLanes;

/**
 * The purge of the records of students who left, on the real server and database: module rows of
 * an academic year past retention (created here, seven years before the current one by the
 * application's clock: the demo's are of last year and later) go and their sessions stay; a disabled student account unused for years and with nothing
 * left goes, in the same run as its last module rows; enabled, recent, staff accounts and accounts
 * something still refers to stay, and so do the demo's rows.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class LeaversPurgeIT {

    /** How long module rows are kept after their academic year (MOBILITY_RETENTION_MODULE_YEARS, default). */
    private static final int MODULE_YEARS = 3;

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private PrivacyService privacy;
    @Inject private AccountService accounts;
    @Inject private CriticalIncidentService incidents;
    @Inject private AuditLog audit;
    @Inject private Fixture fixture;

    @Resource(lookup = "java:app/jdbc/mobility")
    private DataSource dataSource;

    // ---------------------------------------------------------------- fixtures

    private static String unique() {
        return Fixture.unique();
    }

    /** Today in Paris by the application's clock: the purge's "today", from which ages are counted. */
    private LocalDate today() {
        return fixture.today();
    }

    private LocalDateTime now() {
        return fixture.now();
    }

    /** An academic year long past retention: seven years before the current one (2019-2020 in 2026-2027). */
    private String oldYear() {
        return AcademicYears.shift(fixture.academicYear(), -7);
    }

    /** 2 March, 14:00, in {@link #oldYear()}. */
    private LocalDateTime inOldYear() {
        return AcademicYears.startOf(oldYear()).plusMonths(6).plusDays(1).atTime(14, 0);
    }

    private static Timestamp at(LocalDateTime paris) {
        return Timestamp.from(SchoolTime.toInstant(paris));
    }

    private Account account(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }

    private Account created(Role role) {
        AccountForm form = new AccountForm();
        form.setEmail("parti." + unique() + "@example.org");
        form.setFirstName("Alex");
        form.setLastName("Parti");
        form.setRoles(EnumSet.of(role));
        form.setCampusCode("PERPIGNAN");
        if (role == Role.STUDENT) {
            form.setProgrammeCode("ASS");
            form.setStudyYear(3);
        }
        return accounts.create(form, "mot-de-passe-solide", DemoAccounts.actor(accounts, DemoAccounts.ADMIN));
    }

    /** A student account, disabled by the admin, last used (or, if {@code loggedIn} is false, created) {@code yearsAgo} years ago. */
    private Account left(int yearsAgo, boolean loggedIn) {
        Account student = created(Role.STUDENT);
        accounts.disable(student.getId(), DemoAccounts.actor(accounts, DemoAccounts.ADMIN));
        lastSeen(student, yearsAgo, loggedIn);
        return student;
    }

    private void lastSeen(Account account, int yearsAgo, boolean loggedIn) {
        Timestamp then = at(now().minusYears(yearsAgo).minusDays(3));
        if (loggedIn) {
            // Created a year before (the rule counts from the later of the creation and the last login).
            update("UPDATE account SET created_at = ?, last_login_at = ? WHERE id = ?",
                    at(now().minusYears(yearsAgo + 1)), then, account.getId());
        } else {
            update("UPDATE account SET created_at = ?, last_login_at = NULL WHERE id = ?", then, account.getId());
        }
    }

    /** The academic year, added to the reference table when the database does not have it (old years). */
    private void ensureYear(String code) {
        if (count("SELECT COUNT(*) FROM academic_year WHERE code = ?", code) == 0) {
            update("INSERT INTO academic_year (code, starts_on, ends_on) VALUES (?, ?, ?)", code,
                    java.sql.Date.valueOf(AcademicYears.startOf(code)), java.sql.Date.valueOf(AcademicYears.endOf(code)));
        }
    }

    /** A session of {@code year} run by Marta Puig, with a guest from Girona. */
    private long session(String year, LocalDateTime startsAt) {
        ensureYear(year);
        Account trainer = account(DemoAccounts.TRAINER_PERPIGNAN);
        long id = insert("INSERT INTO module_session (academic_year_code, campus_code, trainer_id, starts_at, title, "
                        + "session_format, attendance_recorded_at, created_at, version) VALUES (?, 'PERPIGNAN', ?, ?, ?, 'WORKSHOP', ?, ?, 0)",
                year, trainer.getId(), at(startsAt), "Séance RGPD " + unique(), at(startsAt), at(startsAt));
        insert("INSERT INTO module_guest (session_id, full_name, country_code, organisation, guest_role) "
                + "VALUES (?, 'Núria Invitada', 'ES', 'Universitat de Girona', 'TRAINER')", id);
        return id;
    }

    private void present(long sessionId, Account student, LocalDateTime at) {
        insert("INSERT INTO module_attendance (session_id, student_id, attendance_status, recorded_at, recorded_by_id) "
                + "VALUES (?, ?, 'PRESENT', ?, ?)", sessionId, student.getId(), at(at), account(DemoAccounts.TRAINER_PERPIGNAN).getId());
    }

    /** An analysis submitted by the student and validated with a comment, all of it moved to {@code when} if given. */
    private CriticalIncident incident(Account student, LocalDateTime when) {
        IncidentForm form = new IncidentForm();
        form.setTitle("Le thé refusé " + unique());
        form.setSituation("Une visite à domicile.");
        form.setPeopleInvolved("Une mère, ma tutrice, moi.");
        form.setReaction("Gêne.");
        form.setOwnFrame("La neutralité professionnelle.");
        form.setOtherFrame("L'hospitalité.");
        form.setNegotiation("Nous avons accepté le thé.");
        form.setLearning("Le cadre se négocie.");
        CriticalIncident submitted = incidents.submit(null, form, student);
        CriticalIncident validated = incidents.validate(submitted.getId(), submitted.getVersion(),
                "Belle analyse, Alex.", account(DemoAccounts.TRAINER_PERPIGNAN));
        if (when != null) {
            update("UPDATE critical_incident SET created_at = ?, submitted_at = ?, reviewed_at = ?, updated_at = ? WHERE id = ?",
                    at(when), at(when), at(when), at(when), validated.getId());
        }
        return validated;
    }

    private long demoModuleRows() {
        return count("SELECT COUNT(*) FROM module_attendance a JOIN account s ON s.id = a.student_id "
                + "WHERE s.email LIKE '%@etudiant.faire-ess.fr'")
                + count("SELECT COUNT(*) FROM critical_incident i JOIN account s ON s.id = i.student_id "
                + "WHERE s.email LIKE '%@etudiant.faire-ess.fr'");
    }

    private long accountRows(Account account) {
        return count("SELECT COUNT(*) FROM account WHERE id = ?", account.getId());
    }

    // ---------------------------------------------------------------- SQL

    private int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(String sql, Object... params) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, params);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    private static List<AuditEntry> purged(List<AuditEntry> trail) {
        return trail.stream().filter(e -> RetentionPurge.PURGED.equals(e.getAction())).toList();
    }

    // ---------------------------------------------------------------- module rows

    @Test
    void oldModuleRowsGoTheirSessionsStayRecentRowsAndTheDemosStay() {
        long demoBefore = demoModuleRows();
        Account student = created(Role.STUDENT);
        long oldSession = session(oldYear(), inOldYear());
        present(oldSession, student, inOldYear());
        String currentYear = AcademicYears.of(today());
        long recentSession = session(currentYear, now().minusDays(2));
        present(recentSession, student, now().minusDays(2));
        CriticalIncident old = incident(student, inOldYear());
        CriticalIncident recent = incident(student, null);

        PurgeRun run = privacy.runAsSystem(today());

        assertEquals(0, run.getFailures());
        assertTrue(run.count(RecordType.MODULE_RECORD) >= 2, run.getCounts().toString());
        assertEquals(0, count("SELECT COUNT(*) FROM module_attendance WHERE session_id = ?", oldSession));
        assertEquals(0, count("SELECT COUNT(*) FROM critical_incident WHERE id = ?", old.getId()));
        // The session is a teaching record: it stays, with its guest.
        assertEquals(1, count("SELECT COUNT(*) FROM module_session WHERE id = ?", oldSession));
        assertEquals(1, count("SELECT COUNT(*) FROM module_guest WHERE session_id = ?", oldSession));
        assertEquals(1, count("SELECT COUNT(*) FROM module_attendance WHERE session_id = ?", recentSession));
        assertEquals(1, count("SELECT COUNT(*) FROM critical_incident WHERE id = ?", recent.getId()));
        assertEquals(demoBefore, demoModuleRows());
        assertTrue(accounts.find(student.getId()).isPresent(), "an enabled account stays");

        // The incident's trail stays without its comment nor the student's name; the trainer's decision stays.
        List<AuditEntry> trail = audit.history(CriticalIncidentService.AUDIT_SUBJECT, old.getId());
        List<String> actions = trail.stream().map(AuditEntry::getAction).toList();
        assertTrue(actions.containsAll(List.of("INCIDENT_CREATED", "INCIDENT_SUBMITTED", "INCIDENT_VALIDATED")), actions.toString());
        for (AuditEntry e : trail) {
            if (!RetentionPurge.PURGED.equals(e.getAction())) {
                assertNull(e.getDetail(), e.getAction());
            }
            assertFalse(student.getEmail().equals(e.getActorEmail()), e.getAction());
            if ("INCIDENT_VALIDATED".equals(e.getAction())) {
                assertEquals(DemoAccounts.TRAINER_PERPIGNAN, e.getActorEmail());
            }
        }
        assertEquals(1, purged(trail).size());
        assertTrue(purged(trail).get(0).getDetail().startsWith("MODULE_RECORD, kept until "
                        + AcademicYears.endOf(oldYear()).plusYears(MODULE_YEARS)),
                purged(trail).get(0).getDetail());
        List<AuditEntry> session = purged(audit.history("MODULE_SESSION", oldSession));
        assertEquals(1, session.size());
        assertTrue(session.get(0).getDetail().endsWith("1 attendance mark(s)"), session.get(0).getDetail());
        assertTrue(audit.history(CriticalIncidentService.AUDIT_SUBJECT, recent.getId()).stream()
                .anyMatch(e -> "Belle analyse, Alex.".equals(e.getDetail())));

        PurgeRun again = privacy.runAsSystem(today());
        assertEquals(0, again.count(RecordType.MODULE_RECORD));
        assertEquals(1, purged(audit.history("MODULE_SESSION", oldSession)).size());
    }

    // ---------------------------------------------------------------- accounts

    @Test
    void theAccountOfAStudentWhoLeftGoesWithItsLastRowsTheOthersStay() {
        long demoAccounts = count("SELECT COUNT(*) FROM account WHERE email LIKE '%faire-ess.fr' OR email LIKE '%irts-%'");
        // A student of the old year: module rows then, an analysis with steps of their own in the trail.
        Account gone = created(Role.STUDENT);
        long oldSession = session(oldYear(), inOldYear());
        present(oldSession, gone, inOldYear());
        CriticalIncident old = incident(gone, inOldYear());
        accounts.disable(gone.getId(), DemoAccounts.actor(accounts, DemoAccounts.ADMIN));
        lastSeen(gone, 3, true);
        Account neverUsed = left(3, false);
        Account recentlyUsed = left(1, true);
        Account enabled = created(Role.STUDENT);
        lastSeen(enabled, 3, true);
        Account stillInModule = left(3, true);
        present(session(AcademicYears.of(today()), now().minusDays(1)), stillInModule,
                now().minusDays(1));
        Account trainer = created(Role.TRAINER);
        accounts.disable(trainer.getId(), DemoAccounts.actor(accounts, DemoAccounts.ADMIN));
        lastSeen(trainer, 3, true);

        PurgeRun run = privacy.runAsSystem(today());

        assertEquals(0, run.getFailures());
        assertTrue(run.count(RecordType.FORMER_STUDENT_ACCOUNT) >= 2, run.getCounts().toString());
        assertEquals(0, accountRows(gone));
        assertEquals(0, count("SELECT COUNT(*) FROM account_role WHERE account_id = ?", gone.getId()));
        assertEquals(0, count("SELECT COUNT(*) FROM critical_incident WHERE id = ?", old.getId()));
        assertEquals(0, accountRows(neverUsed));
        assertEquals(1, accountRows(recentlyUsed));
        assertEquals(1, accountRows(enabled));
        assertEquals(1, accountRows(stillInModule));
        assertEquals(1, accountRows(trainer));
        assertEquals(demoAccounts, count("SELECT COUNT(*) FROM account WHERE email LIKE '%faire-ess.fr' OR email LIKE '%irts-%'"));

        // The trail stays: the admin's steps with her name, the student nowhere, the profile gone.
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE actor_id = ? OR actor_email = ?", gone.getId(), gone.getEmail()));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE detail LIKE ?", "%" + gone.getEmail() + "%"));
        List<AuditEntry> trail = audit.history("ACCOUNT", gone.getId());
        List<String> actions = trail.stream().map(AuditEntry::getAction).toList();
        assertTrue(actions.containsAll(List.of("ACCOUNT_CREATED", "ACCOUNT_DISABLED", RetentionPurge.PURGED)), actions.toString());
        for (AuditEntry e : trail) {
            if (!RetentionPurge.PURGED.equals(e.getAction())) {
                assertNull(e.getDetail(), e.getAction());
                assertEquals(DemoAccounts.ADMIN, e.getActorEmail(), e.getAction());
            }
        }
        assertTrue(purged(trail).get(0).getDetail().startsWith("FORMER_STUDENT_ACCOUNT"), purged(trail).get(0).getDetail());
        assertTrue(audit.history(CriticalIncidentService.AUDIT_SUBJECT, old.getId()).stream()
                .anyMatch(e -> "INCIDENT_SUBMITTED".equals(e.getAction()) && e.getActorId() == null));
        assertTrue(audit.history("ACCOUNT", recentlyUsed.getId()).stream().anyMatch(e -> e.getDetail() != null));
    }
}
