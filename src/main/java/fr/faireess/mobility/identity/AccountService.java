package fr.faireess.mobility.identity;

import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;
import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.config.SchoolTime;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.Country;
import fr.faireess.mobility.reference.Programme;
import fr.faireess.mobility.platform.security.SecretToken;

/**
 * Accounts: login checks with lock-out, and the administrator's operations. Every change is
 * audited in the same transaction; the administrator's operations refuse anyone else
 * ({@link #requireRole}), whatever page or test called them.
 */
@ApplicationScoped
public class AccountService implements RoleCheck {

    public static final String AUDIT_SUBJECT = "ACCOUNT";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private Validator validator;

    @Inject
    private Event<AccountOpened> opened;

    @Inject
    private Event<AccountRenamed> renamed;

    private final Settings settings = Settings.fromConfig();

    private LoginThrottle throttle() {
        return new LoginThrottle(settings.loginMaxFailures(), Duration.ofMinutes(settings.loginLockMinutes()));
    }

    // ---------------------------------------------------------------- login

    /**
     * Checks a login. A locked login is refused even with the right password; failures are counted
     * per e-mail typed, existing or not. A disabled account is only reported as such when the
     * password was right, so the message reveals nothing to someone guessing.
     */
    @Transactional
    public LoginResult authenticate(String email, String password) {
        String login = Account.normalizeEmail(email);
        if (login == null || login.isEmpty() || login.length() > 254 || password == null || password.isEmpty()) {
            return LoginResult.invalid();
        }
        Instant now = Instant.now(clock);
        LoginThrottle throttle = throttle();
        LoginThrottleRecord record = em.find(LoginThrottleRecord.class, login, LockModeType.PESSIMISTIC_WRITE);
        LoginThrottle.State state = record == null ? LoginThrottle.State.CLEAN : record.state();
        if (throttle.isLocked(state, now)) {
            return LoginResult.locked(throttle.minutesLeft(state, now));
        }
        Optional<Account> account = findByEmail(login);
        boolean passwordOk;
        if (account.isPresent()) {
            passwordOk = hasher.verify(password, account.get().passwordHash());
        } else {
            hasher.verifyAgainstNothing(password);
            passwordOk = false;
        }
        if (!passwordOk) {
            LoginThrottle.State next = throttle.afterFailure(state, now);
            if (record == null) {
                record = new LoginThrottleRecord(login);
                record.apply(next);
                em.persist(record);
            } else {
                record.apply(next);
            }
            if (throttle.isLocked(next, now)) {
                audit.record(new Actor(null, login), "LOGIN_LOCKED", AUDIT_SUBJECT,
                        account.map(Account::getId).orElse(null), null, null, null);
                return LoginResult.locked(throttle.minutesLeft(next, now));
            }
            return LoginResult.invalid();
        }
        if (record != null) {
            em.remove(record);
        }
        Account found = account.get();
        if (!found.isEnabled()) {
            return LoginResult.disabled();
        }
        found.recordLogin(now);
        return LoginResult.success(found);
    }

    // ---------------------------------------------------------------- reads

    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** One page of accounts matching the criteria, ordered by name, paged in the database. */
    public List<Account> search(AccountCriteria criteria, int first, int pageSize) {
        TypedQuery<Account> query = criteria.apply(em, "select a from Account a", Account.class,
                " order by a.lastName, a.firstName, a.id");
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(AccountCriteria criteria) {
        return criteria.apply(em, "select count(a) from Account a", Long.class, "").getSingleResult();
    }

    // ---------------------------------------------------------------- the acting account

    /**
     * The account behind an audit actor, when it is enabled and holds one of the roles; otherwise
     * {@link AccessDeniedException}. Services that receive an {@link Actor} call this first, so the
     * roles are read from the database at the moment of the change, not trusted from the caller.
     * An actor without an id (the system, a mentor's link) never passes.
     */
    public Account requireRole(Actor actor, Role... anyOf) {
        Account account = actor == null || actor.id() == null ? null : find(actor.id()).orElse(null);
        return RoleGuard.require(account, anyOf);
    }

    // ---------------------------------------------------------------- administration

    /**
     * Opens an account without a password: the person gets a welcome e-mail with a link to choose
     * one ({@link AccountOpened}, {@link PasswordLinkService}), so no administrator ever types or
     * reads it. The stored hash is of a random secret nobody knows: nothing logs in until then.
     */
    @Transactional
    public Account create(AccountForm form, Actor actor) {
        Account account = open(form, hasher.hash(SecretToken.generate()), actor);
        opened.fire(new AccountOpened(account.getId(), actor));
        return account;
    }

    /**
     * Opens an account with a password known in advance (at least {@link PasswordHasher#MIN_LENGTH}
     * characters) and no welcome e-mail: for tests and tools that must log in as the account at once.
     * The pages use {@link #create(AccountForm, Actor)}.
     */
    @Transactional
    public Account create(AccountForm form, String initialPassword, Actor actor) {
        requireRole(actor, Role.ADMIN);
        checkPassword(initialPassword, "password");
        return open(form, hasher.hash(initialPassword), actor);
    }

    private Account open(AccountForm form, String passwordHash, Actor actor) {
        requireRole(actor, Role.ADMIN);
        validate(form);
        String email = Account.normalizeEmail(form.getEmail());
        if (findByEmail(email).isPresent()) {
            throw new BusinessException("email", "account.email.taken");
        }
        Account account = new Account(email, form.getFirstName(), form.getLastName(), passwordHash, Instant.now(clock));
        applyProfile(account, form);
        em.persist(account);
        em.flush();
        audit.record(actor, "ACCOUNT_CREATED", AUDIT_SUBJECT, account.getId(), null, null, profile(account));
        return account;
    }

    /**
     * Creates the accounts of a student cohort, all or none: the first wrong line (an existing
     * e-mail, an unknown campus or programme…) refuses the whole import, naming the line. Each
     * account gets its welcome e-mail, sent only if the whole import commits.
     */
    @Transactional
    public List<ImportedAccount> importStudents(List<AccountForm> forms, Actor actor) {
        requireRole(actor, Role.ADMIN);
        List<ImportedAccount> created = new java.util.ArrayList<>();
        int line = 1;
        for (AccountForm form : forms) {
            line++;
            try {
                Account account = create(form, actor);
                created.add(new ImportedAccount(account.getEmail(), account.getFullName()));
            } catch (BusinessException e) {
                throw new ImportLineException(line, e);
            }
        }
        audit.record(actor, "COHORT_IMPORTED", AUDIT_SUBJECT, null, null, null, created.size() + " student account(s)");
        return created;
    }

    /** Updates an account, refusing if someone else saved it since {@code form.getVersion()}. */
    @Transactional
    public Account update(long id, AccountForm form, Actor actor) {
        requireRole(actor, Role.ADMIN);
        validate(form);
        Account account = find(id).orElseThrow(NotFoundException::new);
        if (form.getVersion() == null || form.getVersion() != account.getVersion()) {
            throw new ConcurrentModificationException();
        }
        String email = Account.normalizeEmail(form.getEmail());
        Optional<Account> sameEmail = findByEmail(email);
        if (sameEmail.isPresent() && !sameEmail.get().getId().equals(id)) {
            throw new BusinessException("email", "account.email.taken");
        }
        if (actor.id() != null && actor.id() == id && account.hasRole(Role.ADMIN) && !form.getRoles().contains(Role.ADMIN)) {
            throw new BusinessException("roles", "account.roles.cannotDropOwnAdmin");
        }
        String before = profile(account);
        account.changeEmail(email);
        List<String> namesBefore = List.of(account.getFirstName(), account.getLastName());
        account.rename(form.getFirstName(), form.getLastName());
        applyProfile(account, form);
        em.flush();
        if (!namesBefore.equals(List.of(account.getFirstName(), account.getLastName()))) {
            renamed.fire(new AccountRenamed(id, account.getFirstName(), account.getLastName()));
        }
        audit.record(actor, "ACCOUNT_UPDATED", AUDIT_SUBJECT, id, null, null, before + " -> " + profile(account));
        return account;
    }

    @Transactional
    public Account disable(long id, Actor actor) {
        requireRole(actor, Role.ADMIN);
        Account account = find(id).orElseThrow(NotFoundException::new);
        if (actor.id() != null && actor.id() == id) {
            throw new BusinessException("account.cannotDisableSelf");
        }
        if (account.isEnabled()) {
            account.setEnabled(false);
            audit.record(actor, "ACCOUNT_DISABLED", AUDIT_SUBJECT, id, "ENABLED", "DISABLED", null);
        }
        return account;
    }

    @Transactional
    public Account enable(long id, Actor actor) {
        requireRole(actor, Role.ADMIN);
        Account account = find(id).orElseThrow(NotFoundException::new);
        if (!account.isEnabled()) {
            account.setEnabled(true);
            audit.record(actor, "ACCOUNT_ENABLED", AUDIT_SUBJECT, id, "DISABLED", "ENABLED", null);
        }
        return account;
    }

    /** A person changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(long id, String current, String replacement) {
        Account account = find(id).orElseThrow(NotFoundException::new);
        if (!hasher.verify(current, account.passwordHash())) {
            throw new BusinessException("currentPassword", "account.password.currentWrong");
        }
        checkPassword(replacement, "newPassword");
        account.changePasswordHash(hasher.hash(replacement));
        audit.record(new Actor(id, account.getEmail()), "PASSWORD_CHANGED", AUDIT_SUBJECT, id, null, null, null);
    }

    /**
     * A student records their own participant data for the EU documents (never someone else's: the
     * account is the caller's). The audit names the change, not the values (personal data).
     */
    @Transactional
    public Account saveParticipantData(Account student, LocalDate birthDate, String nationalityCode, Gender gender) {
        RoleGuard.require(student, Role.STUDENT);
        Account account = em.find(Account.class, student.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new NotFoundException();
        }
        ParticipantDataRule.refusal(birthDate, LocalDate.now(clock.withZone(SchoolTime.ZONE))).ifPresent(e -> {
            throw e;
        });
        Country nationality = nationalityCode == null || nationalityCode.isBlank() ? null
                : em.find(Country.class, nationalityCode.strip().toUpperCase(java.util.Locale.ROOT));
        if (nationalityCode != null && !nationalityCode.isBlank() && nationality == null) {
            throw new BusinessException("nationality", "participant.nationality.unknown");
        }
        account.describeParticipant(birthDate, nationality, gender);
        audit.record(account.actor(), "PARTICIPANT_DATA_SAVED", AUDIT_SUBJECT,
                account.getId(), null, null, null);
        return account;
    }

    @Transactional
    public void rememberLocale(long id, String language) {
        find(id).ifPresent(a -> a.preferLocale(language));
    }

    /**
     * The form's own constraints, checked here too so that every caller (not only Faces pages) gets
     * them; the first violation becomes a message next to its field.
     */
    private void validate(AccountForm form) {
        for (ConstraintViolation<AccountForm> violation : validator.validate(form)) {
            String template = violation.getMessageTemplate();
            String key = template.startsWith("{") ? template.substring(1, template.length() - 1) : template;
            throw new BusinessException(violation.getPropertyPath().toString(), key);
        }
    }

    /** The rules of a password a person chooses ("Mon compte", a password link). */
    static void checkPassword(String password, String field) {
        if (password == null || password.length() < PasswordHasher.MIN_LENGTH) {
            throw new BusinessException(field, "account.password.tooShort", PasswordHasher.MIN_LENGTH);
        }
        if (password.length() > 200) {
            throw new BusinessException(field, "field.tooLong");
        }
    }

    /** Roles, campus, programme and year, with the rules that tie them together. */
    private void applyProfile(Account account, AccountForm form) {
        Set<Role> roles = form.getRoles();
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("roles", "account.roles.required");
        }
        if (roles.contains(Role.STUDENT) && roles.size() > 1) {
            throw new BusinessException("roles", "account.roles.studentAlone");
        }
        Campus campus = form.getCampusCode() == null ? null : em.find(Campus.class, form.getCampusCode());
        if (form.getCampusCode() != null && campus == null) {
            throw new BusinessException("campus", "account.campus.unknown");
        }
        boolean needsCampus = roles.contains(Role.STUDENT) || roles.contains(Role.COORDINATOR) || roles.contains(Role.TRAINER);
        if (needsCampus && campus == null) {
            throw new BusinessException("campus", "account.campus.required");
        }
        Programme programme = null;
        Integer year = null;
        if (roles.contains(Role.STUDENT)) {
            programme = form.getProgrammeCode() == null ? null : em.find(Programme.class, form.getProgrammeCode());
            if (programme == null) {
                throw new BusinessException("programme", "account.programme.required");
            }
            year = form.getStudyYear();
            if (year == null || year < 1 || year > 3) {
                throw new BusinessException("studyYear", "account.studyYear.required");
            }
        }
        account.assignRoles(roles);
        account.placeAt(campus, programme, year);
        // The setting means something for coordinators and trainers only; anyone else keeps it off.
        account.seeBothCampuses((roles.contains(Role.COORDINATOR) || roles.contains(Role.TRAINER)) && form.isSeesBothCampuses());
    }

    /** Roles and, for a coordinator, the campuses they see: what the audit keeps of a profile. */
    private static String profile(Account account) {
        return account.getEmail() + " " + account.getRoles() + (account.hasRole(Role.COORDINATOR)
                ? " campus=" + (account.getCampus() == null ? "-" : account.getCampus().getCode())
                + " scope=" + CampusScope.of(account) : "");
    }
}
