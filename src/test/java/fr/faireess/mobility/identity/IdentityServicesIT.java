package fr.faireess.mobility.identity;

import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.platform.security.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.host.HostCriteria;
import fr.faireess.mobility.host.HostDirectory;
import fr.faireess.mobility.host.HostRow;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.cluster.SharedCache;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.reference.AcademicYear;
import fr.faireess.mobility.reference.AcademicYearForm;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.CampusForm;
import fr.faireess.mobility.reference.Country;
import fr.faireess.mobility.reference.CountryCriteria;
import fr.faireess.mobility.reference.CountryForm;
import fr.faireess.mobility.reference.ErasmusGroup;
import fr.faireess.mobility.reference.ProgrammeForm;
import fr.faireess.mobility.reference.ReferenceData;
import fr.faireess.mobility.reference.ReferenceMaintenance;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.TestLanes;

/**
 * Identity, reference data and migrations on the real server and the real database (the embedded H2
 * file database, or MySQL/MariaDB when MOBILITY_DB_URL is set). Runs inside Payara Micro.
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class IdentityServicesIT {

    private static final String STRONG = "correct-horse-battery";

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private AccountService accounts;
    @Inject private ReferenceData reference;
    @Inject private SharedCache shared;
    @Inject private AuditLog audit;
    @Inject private ReferenceMaintenance maintenance;
    @Inject private HostDirectory hosts;
    @Inject private PasswordLinkService passwordLinks;
    @Inject private java.time.Clock clock;

    /** The demo administrator, as the actor of the admin operations (they check the role in the database). */
    private Actor admin() {
        return DemoAccounts.actor(accounts, DemoAccounts.ADMIN);
    }

    // ---------------------------------------------------------------- migrations and reference data

    @Test
    void migrationsOnAnEmptyDatabaseCreateTheSchemaAndReferenceData() throws Exception {
        DataSource dataSource = InitialContext.doLookup("java:app/jdbc/mobility");
        List<String> versions = new ArrayList<>();
        for (MigrationInfo migration : Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").load().info().applied()) {
            assertTrue(migration.getState().isApplied() && !migration.getState().isFailed(), migration.getScript());
            versions.add(migration.getVersion().getVersion());
        }
        assertEquals(List.of("1", "2", "3", "4"), versions.subList(0, 4));

        assertEquals(249, reference.countries().size());
        assertEquals(2, reference.campuses().size());
        assertEquals(List.of("ASS", "EJE", "ES"), reference.programmes().stream().map(p -> p.getCode()).toList());
        assertEquals("DEASS", reference.programme("ASS").orElseThrow().getDiplomaAcronym());
        assertEquals(List.of(1, 2, 3), reference.studyYears());
        assertTrue(reference.academicYears().stream().anyMatch(y -> y.getCode().equals("2026-2027")));
    }

    @Test
    void countriesCarryTheirErasmusGroupAndEeaFlag() {
        assertEquals(ErasmusGroup.GROUP_2, reference.country("ES").orElseThrow().getErasmusGroup());
        assertEquals(ErasmusGroup.GROUP_1, reference.country("IE").orElseThrow().getErasmusGroup());
        assertEquals(ErasmusGroup.GROUP_3, reference.country("RO").orElseThrow().getErasmusGroup());
        var morocco = reference.country("MA").orElseThrow();
        assertEquals(ErasmusGroup.INTERNATIONAL, morocco.getErasmusGroup());
        assertFalse(morocco.isEea());
        assertEquals("Maroc", morocco.getNameFr());
        assertTrue(reference.country("BE").orElseThrow().isEea());
    }

    // ---------------------------------------------------------------- reference data maintained by the admin

    private Account account(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }

    /** The Erasmus+ group of every Romanian demo host, as the host directory lists them for a coordinator. */
    private List<ErasmusGroup> romanianHostGroups() {
        Account coordinator = account(DemoAccounts.COORDINATOR_PERPIGNAN);
        HostCriteria inRomania = new HostCriteria(null, "RO", null, null, null, null, null);
        return hosts.search(inRomania, coordinator, 0, 50).stream().map(HostRow::country).map(Country::getErasmusGroup).toList();
    }

    @Test
    void onlyAnAdminReclassifiesACountryAndEveryReaderSeesTheAuditedChangeAtOnce() {
        Country romania = maintenance.country("RO").orElseThrow();
        assertEquals(ErasmusGroup.GROUP_3, romania.getErasmusGroup());
        assertFalse(romanianHostGroups().isEmpty(), "the demo directory has Romanian hosts");
        int historyBefore = maintenance.history(ReferenceMaintenance.COUNTRY, "RO").size();
        CountryForm moved = CountryForm.of(romania);
        moved.setErasmusGroup(ErasmusGroup.GROUP_2);

        for (String email : List.of(DemoAccounts.COORDINATOR_PERPIGNAN, DemoAccounts.TRAINER_PERPIGNAN, DemoAccounts.STUDENT_ASS_PERPIGNAN)) {
            assertThrows(AccessDeniedException.class, () -> maintenance.changeCountry("RO", moved, account(email)), email);
        }
        assertEquals(ErasmusGroup.GROUP_3, reference.country("RO").orElseThrow().getErasmusGroup(), "nothing changed");
        assertEquals(historyBefore, maintenance.history(ReferenceMaintenance.COUNTRY, "RO").size(), "nothing audited");

        CountryForm inconsistent = CountryForm.of(romania);
        inconsistent.setErasmusGroup(ErasmusGroup.INTERNATIONAL);
        assertEquals("reference.country.eeaNotInternational", assertThrows(BusinessException.class,
                () -> maintenance.changeCountry("RO", inconsistent, account(DemoAccounts.ADMIN))).messageKey());

        try {
            assertTrue(maintenance.changeCountry("RO", moved, account(DemoAccounts.ADMIN)));

            // Read back through every path other features use: the reference bean, a query, the host directory.
            assertEquals(ErasmusGroup.GROUP_2, reference.country("RO").orElseThrow().getErasmusGroup());
            assertEquals(ErasmusGroup.GROUP_2, reference.countries().stream().filter(c -> c.getCode().equals("RO"))
                    .findFirst().orElseThrow().getErasmusGroup());
            assertTrue(maintenance.countries(new CountryCriteria("roumanie", ErasmusGroup.GROUP_2, true), 0, 10).stream()
                    .anyMatch(c -> c.getCode().equals("RO")));
            CountryCriteria groupThree = new CountryCriteria("RO", ErasmusGroup.GROUP_3, null);   // also Croatia, by name
            assertTrue(maintenance.countries(groupThree, 0, 50).stream().noneMatch(c -> c.getCode().equals("RO")));
            assertEquals(maintenance.countries(groupThree, 0, 50).size(), maintenance.countCountries(groupThree));
            assertTrue(romanianHostGroups().stream().allMatch(ErasmusGroup.GROUP_2::equals), romanianHostGroups().toString());

            List<AuditEntry> history = maintenance.history(ReferenceMaintenance.COUNTRY, "RO");
            AuditEntry entry = history.get(history.size() - 1);
            assertEquals("COUNTRY_RECLASSIFIED", entry.getAction());
            assertEquals(DemoAccounts.ADMIN, entry.getActorEmail());
            assertEquals("GROUP_3 EEA", entry.getFromState());
            assertEquals("GROUP_2 EEA", entry.getToState());

            // The form loaded before the change is stale now: refused, the change kept.
            CountryForm stale = new CountryForm(ErasmusGroup.GROUP_2, false, moved.getVersion());
            assertThrows(ConcurrentModificationException.class,
                    () -> maintenance.changeCountry("RO", stale, account(DemoAccounts.ADMIN)));
            assertTrue(reference.country("RO").orElseThrow().isEea());
            assertFalse(maintenance.changeCountry("RO", CountryForm.of(maintenance.country("RO").orElseThrow()),
                    account(DemoAccounts.ADMIN)), "saving without a change records nothing");
            assertEquals(history.size(), maintenance.history(ReferenceMaintenance.COUNTRY, "RO").size());
        } finally {
            CountryForm back = CountryForm.of(maintenance.country("RO").orElseThrow());
            back.setErasmusGroup(ErasmusGroup.GROUP_3);
            back.setEea(true);
            maintenance.changeCountry("RO", back, account(DemoAccounts.ADMIN));
        }
        assertTrue(romanianHostGroups().stream().allMatch(ErasmusGroup.GROUP_3::equals));
    }

    /**
     * Each reference list, once read, is kept in the shared cache (this instance's memory here: the
     * tests run without the Data Grid; ClusterHttpIT checks it across two instances), and forgotten
     * when a row of its table is saved, the others kept.
     */
    @Test
    void theReferenceListsAreKeptUntilAChange() {
        List<Class<?>> lists = List.of(Country.class, Campus.class, fr.faireess.mobility.reference.Programme.class, AcademicYear.class);
        reference.countries();
        reference.campuses();
        reference.programmes();
        reference.academicYears();
        for (Class<?> list : lists) {
            assertTrue(shared.holds(ReferenceData.key(list)), list.getSimpleName() + " kept");
        }

        Country romania = maintenance.country("RO").orElseThrow();
        CountryForm renamed = CountryForm.of(romania);
        renamed.setErasmusGroup(ErasmusGroup.GROUP_2);
        try {
            assertTrue(maintenance.changeCountry("RO", renamed, account(DemoAccounts.ADMIN)));
            assertFalse(shared.holds(ReferenceData.key(Country.class)), "the countries forgotten once one is saved");
            assertTrue(shared.holds(ReferenceData.key(Campus.class)), "the other lists kept");
            assertEquals(ErasmusGroup.GROUP_2, reference.countries().stream().filter(c -> c.getCode().equals("RO"))
                    .findFirst().orElseThrow().getErasmusGroup(), "read again, with the change");
        } finally {
            CountryForm back = CountryForm.of(maintenance.country("RO").orElseThrow());
            back.setErasmusGroup(ErasmusGroup.GROUP_3);
            maintenance.changeCountry("RO", back, account(DemoAccounts.ADMIN));
        }
    }

    @Test
    void onlyAnAdminAddsTheNextAcademicYearAndAWrongOneIsRefused() {
        AcademicYearForm next = maintenance.nextAcademicYear();
        AcademicYear last = reference.academicYears().get(reference.academicYears().size() - 1);
        assertEquals(last.getEndsOn().plusDays(1), next.getStartsOn());

        assertThrows(AccessDeniedException.class, () -> maintenance.addAcademicYear(next, account(DemoAccounts.COORDINATOR_PERPIGNAN)));
        assertTrue(reference.academicYears().stream().noneMatch(y -> y.getCode().equals(next.getCode())), "nothing added");
        AcademicYearForm again = new AcademicYearForm(last.getCode(), last.getStartsOn(), last.getEndsOn());
        BusinessException taken = assertThrows(BusinessException.class,
                () -> maintenance.addAcademicYear(again, account(DemoAccounts.ADMIN)));
        assertEquals("reference.year.codeTaken", taken.messageKey());
        assertEquals("code", taken.field().orElseThrow());

        AcademicYear added = maintenance.addAcademicYear(next, account(DemoAccounts.ADMIN));
        assertEquals(next.getCode(), added.getCode());
        assertEquals(next.getCode(), reference.academicYearOf(next.getStartsOn().plusMonths(6)).orElseThrow().getCode());
        AuditEntry entry = maintenance.history(ReferenceMaintenance.ACADEMIC_YEAR, next.getCode()).get(0);
        assertEquals("ACADEMIC_YEAR_ADDED", entry.getAction());
        assertEquals(DemoAccounts.ADMIN, entry.getActorEmail());
    }

    @Test
    void onlyAnAdminCorrectsAProgrammesIscedCodeAndTheCorrectionIsAudited() {
        ProgrammeForm form = ProgrammeForm.of(maintenance.programme("EJE").orElseThrow());
        assertEquals("0923", form.getIscedCode());
        String diplomaFr = form.getDiplomaFr();
        form.setIscedCode("0922");
        assertThrows(AccessDeniedException.class, () -> maintenance.correctProgramme("EJE", form, account(DemoAccounts.TRAINER_PERPIGNAN)));
        assertEquals("0923", reference.programme("EJE").orElseThrow().getIscedCode());
        form.setIscedCode("92");
        assertEquals("reference.programme.iscedInvalid", assertThrows(BusinessException.class,
                () -> maintenance.correctProgramme("EJE", form, account(DemoAccounts.ADMIN))).messageKey());

        form.setIscedCode(" 0922 ");
        try {
            assertTrue(maintenance.correctProgramme("EJE", form, account(DemoAccounts.ADMIN)));
            assertEquals("0922", reference.programme("EJE").orElseThrow().getIscedCode());
            assertEquals(diplomaFr, reference.programme("EJE").orElseThrow().getDiplomaFr());
            List<AuditEntry> history = maintenance.history(ReferenceMaintenance.PROGRAMME, "EJE");
            AuditEntry entry = history.get(history.size() - 1);
            assertEquals("PROGRAMME_CORRECTED", entry.getAction());
            assertEquals(DemoAccounts.ADMIN, entry.getActorEmail());
            assertTrue(entry.getDetail().startsWith("ISCED-F 0923 ;") && entry.getDetail().contains("→ ISCED-F 0922 ;"), entry.getDetail());
        } finally {
            ProgrammeForm back = ProgrammeForm.of(maintenance.programme("EJE").orElseThrow());
            back.setIscedCode("0923");
            maintenance.correctProgramme("EJE", back, account(DemoAccounts.ADMIN));
        }
    }

    @Test
    void onlyAnAdminCorrectsACampusesSendingDetailsConcurrentSavesAreDetectedAndTheCorrectionIsAudited() {
        Campus campus = maintenance.campus(Campus.MONTPELLIER).orElseThrow();
        CampusForm original = CampusForm.of(campus);
        CampusForm form = CampusForm.of(campus);
        form.setErasmusCode("f  montpel54");
        form.setPhone("+33 4 67 11 22 33");
        assertThrows(AccessDeniedException.class,
                () -> maintenance.correctCampus(Campus.MONTPELLIER, form, account(DemoAccounts.COORDINATOR_MONTPELLIER)));
        form.setPhone("call us");
        assertEquals("reference.campus.phoneInvalid", assertThrows(BusinessException.class,
                () -> maintenance.correctCampus(Campus.MONTPELLIER, form, account(DemoAccounts.ADMIN))).messageKey());
        assertEquals(original.getPhone(), maintenance.campus(Campus.MONTPELLIER).orElseThrow().getPhone());

        form.setPhone("+33 4 67 11 22 33");
        try {
            assertTrue(maintenance.correctCampus(Campus.MONTPELLIER, form, account(DemoAccounts.ADMIN)));
            Campus saved = maintenance.campus(Campus.MONTPELLIER).orElseThrow();
            assertEquals("F  MONTPEL54", saved.getErasmusCode());
            assertEquals("+33 4 67 11 22 33", saved.getPhone());
            assertEquals(original.getAddress(), saved.getAddress());
            List<AuditEntry> history = maintenance.history(ReferenceMaintenance.CAMPUS, Campus.MONTPELLIER);
            AuditEntry entry = history.get(history.size() - 1);
            assertEquals("CAMPUS_CORRECTED", entry.getAction());
            assertEquals(DemoAccounts.ADMIN, entry.getActorEmail());
            assertTrue(entry.getDetail().contains("→ Erasmus F  MONTPEL54 ;"), entry.getDetail());

            // The form read before that save is stale now: a second administrator's save is refused.
            form.setPhone("+33 4 67 99 99 99");
            assertThrows(ConcurrentModificationException.class,
                    () -> maintenance.correctCampus(Campus.MONTPELLIER, form, account(DemoAccounts.ADMIN)));
            assertFalse(maintenance.correctCampus(Campus.MONTPELLIER, CampusForm.of(saved), account(DemoAccounts.ADMIN)));
        } finally {
            CampusForm back = CampusForm.of(maintenance.campus(Campus.MONTPELLIER).orElseThrow());
            back.setErasmusCode(original.getErasmusCode());
            back.setPhone(original.getPhone());
            maintenance.correctCampus(Campus.MONTPELLIER, back, account(DemoAccounts.ADMIN));
        }
    }

    @Test
    void demoAccountsCoverEveryRoleCampusAndProgramme() {
        for (String email : List.of(DemoAccounts.STUDENT_ASS_PERPIGNAN, DemoAccounts.STUDENT_ES_PERPIGNAN,
                DemoAccounts.STUDENT_EJE_PERPIGNAN, DemoAccounts.STUDENT_ASS_MONTPELLIER,
                DemoAccounts.STUDENT_ES_MONTPELLIER, DemoAccounts.STUDENT_EJE_MONTPELLIER)) {
            Account student = accounts.findByEmail(email).orElseThrow();
            assertEquals(Set.of(Role.STUDENT), student.getRoles());
        }
        assertTrue(accounts.findByEmail(DemoAccounts.ADMIN).orElseThrow().hasRole(Role.ADMIN));
        assertEquals(Campus.MONTPELLIER,
                accounts.findByEmail(DemoAccounts.COORDINATOR_MONTPELLIER).orElseThrow().getCampus().getCode());
        assertTrue(accounts.authenticate(DemoAccounts.TRAINER_PERPIGNAN, DemoAccounts.PASSWORD).succeeded());
    }

    // ---------------------------------------------------------------- administration

    @Test
    void anAdminCreatesAnAccountThatCanLogInAndTheCreationIsAudited() {
        String email = unique("Nouvelle.Coordinatrice");
        Account created = accounts.create(staff(email, Role.COORDINATOR), STRONG, admin());

        assertEquals(email.toLowerCase(), created.getEmail());
        LoginResult login = accounts.authenticate(email.toUpperCase(), STRONG);
        assertTrue(login.succeeded());
        assertEquals(created.getId(), login.account().getId());
        List<AuditEntry> history = audit.history("ACCOUNT", created.getId());
        assertEquals("ACCOUNT_CREATED", history.get(0).getAction());
        assertEquals(DemoAccounts.ADMIN, history.get(0).getActorEmail());
    }

    @Test
    void aSecondAccountWithTheSameEmailIsRefused() {
        String email = unique("doublon");
        accounts.create(staff(email, Role.TRAINER), STRONG, admin());
        BusinessException e = assertThrows(BusinessException.class,
                () -> accounts.create(staff(" " + email.toUpperCase() + " ", Role.TRAINER), STRONG, admin()));
        assertEquals("account.email.taken", e.messageKey());
        assertEquals("email", e.field().orElseThrow());
    }

    @Test
    void aStudentNeedsAProgrammeAndAStudyYearAndNoOtherRole() {
        AccountForm form = staff(unique("etudiant"), Role.STUDENT);
        assertEquals("account.programme.required",
                assertThrows(BusinessException.class, () -> accounts.create(form, STRONG, admin())).messageKey());
        form.setProgrammeCode("ES");
        assertEquals("account.studyYear.required",
                assertThrows(BusinessException.class, () -> accounts.create(form, STRONG, admin())).messageKey());
        form.setStudyYear(2);
        form.setRoles(EnumSet.of(Role.STUDENT, Role.TRAINER));
        assertEquals("account.roles.studentAlone",
                assertThrows(BusinessException.class, () -> accounts.create(form, STRONG, admin())).messageKey());
        form.setRoles(EnumSet.of(Role.STUDENT));
        Account student = accounts.create(form, STRONG, admin());
        assertEquals("ES", student.getProgramme().getCode());
        assertEquals(2, student.getStudyYear());
    }

    @Test
    void aShortPasswordIsRefusedAndNothingIsSaved() {
        String email = unique("court");
        BusinessException e = assertThrows(BusinessException.class,
                () -> accounts.create(staff(email, Role.TRAINER), "short", admin()));
        assertEquals("account.password.tooShort", e.messageKey());
        assertTrue(accounts.findByEmail(email).isEmpty());
    }

    @Test
    void savingOverSomeoneElsesChangeIsReportedNotLost() {
        Account account = accounts.create(staff(unique("concurrent"), Role.TRAINER), STRONG, admin());
        AccountForm first = AccountForm.of(account);
        AccountForm second = AccountForm.of(account);

        first.setLastName("Première");
        accounts.update(account.getId(), first, admin());
        second.setLastName("Seconde");
        assertThrows(ConcurrentModificationException.class, () -> accounts.update(account.getId(), second, admin()));

        assertEquals("Première", accounts.find(account.getId()).orElseThrow().getLastName());
    }

    @Test
    void aDisabledAccountCannotLogInAndCanBeEnabledAgain() {
        Account account = accounts.create(staff(unique("disabled"), Role.TRAINER), STRONG, admin());
        accounts.disable(account.getId(), admin());
        assertEquals(LoginResult.Outcome.DISABLED, accounts.authenticate(account.getEmail(), STRONG).outcome());
        accounts.enable(account.getId(), admin());
        assertTrue(accounts.authenticate(account.getEmail(), STRONG).succeeded());
        List<String> actions = audit.history("ACCOUNT", account.getId()).stream().map(AuditEntry::getAction).toList();
        assertEquals(List.of("ACCOUNT_CREATED", "ACCOUNT_DISABLED", "ACCOUNT_ENABLED"), actions);
    }

    // ---------------------------------------------------------------- only an admin administers accounts

    @Test
    void onlyAnEnabledAdminMayCreateOrImportAccounts() {
        Actor student = DemoAccounts.actor(accounts, DemoAccounts.STUDENT_ASS_PERPIGNAN);
        Actor coordinator = DemoAccounts.actor(accounts, DemoAccounts.COORDINATOR_PERPIGNAN);
        Actor claimsToBeAdmin = new Actor(null, DemoAccounts.ADMIN);   // no id: not an account
        String email = unique("refusee");
        for (Actor actor : List.of(student, coordinator, claimsToBeAdmin)) {
            assertThrows(AccessDeniedException.class, () -> accounts.create(staff(email, Role.ADMIN), STRONG, actor),
                    actor.email());
        }
        String csv = "email;prenom;nom;campus;formation;annee\n" + email + ";Ana;Roca;Perpignan;ES;1\n";
        assertThrows(AccessDeniedException.class, () -> accounts.importStudents(CohortCsv.parse(csv), coordinator));
        assertTrue(accounts.findByEmail(email).isEmpty(), "nothing was created");

        Account formerAdmin = accounts.create(staff(unique("ancienne-admin"), Role.ADMIN), STRONG, admin());
        Actor former = new Actor(formerAdmin.getId(), formerAdmin.getEmail());
        accounts.disable(formerAdmin.getId(), admin());
        assertThrows(AccessDeniedException.class, () -> accounts.create(staff(email, Role.TRAINER), STRONG, former),
                "a disabled admin has no rights left");
        assertTrue(accounts.findByEmail(email).isEmpty());
    }

    @Test
    void aNonAdminCannotEditDisableEnableOrResetAnAccountAndNothingChanges() {
        Actor student = DemoAccounts.actor(accounts, DemoAccounts.STUDENT_ES_MONTPELLIER);
        Actor trainer = DemoAccounts.actor(accounts, DemoAccounts.TRAINER_PERPIGNAN);
        Account target = accounts.create(staff(unique("cible"), Role.TRAINER), STRONG, admin());
        Account disabled = accounts.create(staff(unique("cible-off"), Role.TRAINER), STRONG, admin());
        accounts.disable(disabled.getId(), admin());

        AccountForm promoted = AccountForm.of(target);
        promoted.setRoles(EnumSet.of(Role.ADMIN, Role.TRAINER));
        assertThrows(AccessDeniedException.class, () -> accounts.update(target.getId(), promoted, student));
        assertThrows(AccessDeniedException.class, () -> accounts.disable(target.getId(), trainer));
        assertThrows(AccessDeniedException.class, () -> accounts.enable(disabled.getId(), student));
        assertThrows(AccessDeniedException.class, () -> passwordLinks.resend(target.getId(), trainer));

        Account after = accounts.find(target.getId()).orElseThrow();
        assertEquals(Set.of(Role.TRAINER), after.getRoles());
        assertTrue(after.isEnabled());
        assertEquals(target.getVersion(), after.getVersion());
        assertTrue(accounts.authenticate(target.getEmail(), STRONG).succeeded(), "the password was not reset");
        assertFalse(accounts.find(disabled.getId()).orElseThrow().isEnabled());
        assertEquals(List.of("ACCOUNT_CREATED"),
                audit.history("ACCOUNT", target.getId()).stream().map(AuditEntry::getAction).toList());
    }

    // ---------------------------------------------------------------- lock-out

    @Test
    void repeatedFailuresLockTheLoginEvenForTheRightPassword() {
        Account account = accounts.create(staff(unique("lock"), Role.TRAINER), STRONG, admin());
        for (int i = 1; i <= 4; i++) {
            assertEquals(LoginResult.Outcome.INVALID, accounts.authenticate(account.getEmail(), "wrong-" + i).outcome());
        }
        LoginResult fifth = accounts.authenticate(account.getEmail(), "wrong-5");
        assertEquals(LoginResult.Outcome.LOCKED, fifth.outcome());
        assertEquals(15, fifth.minutesLocked());
        assertEquals(LoginResult.Outcome.LOCKED, accounts.authenticate(account.getEmail(), STRONG).outcome());
        assertEquals("LOGIN_LOCKED", audit.history("ACCOUNT", account.getId()).get(1).getAction());

        String link = passwordLinks.issue(account.getId(), PasswordLinkPurpose.WELCOME, java.time.Instant.now(clock));
        passwordLinks.setPassword(link, "un-tout-nouveau-mot");
        assertEquals(LoginResult.Outcome.SUCCESS, accounts.authenticate(account.getEmail(), "un-tout-nouveau-mot").outcome(),
                "a password set through a link lifts the lock");
        assertEquals(LoginResult.Outcome.INVALID, accounts.authenticate(account.getEmail(), STRONG).outcome(),
                "the old password is gone");
    }

    @Test
    void unknownEmailsAreLockedTheSameWaySoTheLockRevealsNothing() {
        String nobody = unique("personne");
        for (int i = 1; i <= 4; i++) {
            assertEquals(LoginResult.Outcome.INVALID, accounts.authenticate(nobody, "x").outcome());
        }
        assertEquals(LoginResult.Outcome.LOCKED, accounts.authenticate(nobody, "x").outcome());
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        Account account = accounts.create(staff(unique("reset-count"), Role.TRAINER), STRONG, admin());
        for (int i = 0; i < 4; i++) {
            accounts.authenticate(account.getEmail(), "wrong");
        }
        assertTrue(accounts.authenticate(account.getEmail(), STRONG).succeeded());
        for (int i = 0; i < 4; i++) {
            assertEquals(LoginResult.Outcome.INVALID, accounts.authenticate(account.getEmail(), "wrong").outcome());
        }
    }

    // ---------------------------------------------------------------- cohort import

    @Test
    void aCohortIsImportedAllOrNothing() {
        String a = unique("promo-a");
        String b = unique("promo-b");
        String header = "email;prenom;nom;campus;formation;annee\n";
        String existing = DemoAccounts.STUDENT_ES_PERPIGNAN;
        ImportLineException refused = assertThrows(ImportLineException.class, () -> accounts.importStudents(
                CohortCsv.parse(header + a + ";Ana;Roca;Perpignan;ES;1\n" + existing + ";Hugo;Pons;Perpignan;ES;2\n"), admin()));
        assertEquals(3, refused.line());
        assertEquals("account.email.taken", refused.reason().messageKey());
        assertTrue(accounts.findByEmail(a).isEmpty(), "the first line was not kept");

        List<ImportedAccount> created = accounts.importStudents(
                CohortCsv.parse(header + a + ";Ana;Roca;Perpignan;ES;1\n" + b + ";Biel;Mas;Montpellier;EJE;1\n"), admin());
        assertEquals(2, created.size());
        assertEquals(b, created.get(1).email());
        assertTrue(audit.history("ACCOUNT", accounts.findByEmail(b).orElseThrow().getId()).stream()
                .anyMatch(e -> e.getAction().equals("PASSWORD_LINK_SENT")), "a welcome e-mail with a link, no password shown");
        assertEquals("EJE", accounts.findByEmail(b).orElseThrow().getProgramme().getCode());
    }

    // ---------------------------------------------------------------- search

    @Test
    void theAccountListPagesAndFiltersInTheDatabase() {
        String marker = "zz" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            AccountForm form = staff(marker + i + "@example.org", Role.TRAINER);
            form.setLastName(marker + " " + i);
            accounts.create(form, STRONG, admin());
        }
        AccountCriteria byText = new AccountCriteria(marker, null, null, null);
        assertEquals(3, accounts.count(byText));
        assertEquals(2, accounts.search(byText, 0, 2).size());
        assertEquals(1, accounts.search(byText, 2, 2).size());
        assertEquals(3, accounts.count(new AccountCriteria(marker, Role.TRAINER, Campus.PERPIGNAN, true)));
        assertEquals(0, accounts.count(new AccountCriteria(marker, Role.ADMIN, null, null)));
        assertEquals(0, accounts.count(new AccountCriteria(marker, null, Campus.MONTPELLIER, null)));
        assertTrue(accounts.count(new AccountCriteria(null, Role.STUDENT, null, null)) >= 6);
    }

    private static AccountForm staff(String email, Role role) {
        AccountForm form = new AccountForm();
        form.setEmail(email);
        form.setFirstName("Camille");
        form.setLastName("Test");
        form.setRoles(EnumSet.of(role));
        form.setCampusCode(Campus.PERPIGNAN);
        return form;
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
