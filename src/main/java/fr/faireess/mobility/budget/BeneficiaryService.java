package fr.faireess.mobility.budget;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.ReferenceData;

/**
 * Beneficiaries and their yearly budgets, maintained by administrators: every change checked by
 * {@link RoleGuard}, refused if another administrator saved the same row meanwhile (the version the
 * form was read with), and audited in the same transaction (before → after in the detail).
 */
@ApplicationScoped
public class BeneficiaryService {

    public static final String AUDIT_BENEFICIARY = "BENEFICIARY";
    public static final String AUDIT_BUDGET = "BUDGET";

    @PersistenceContext
    private EntityManager em;

    @Inject private ReferenceData reference;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    public List<Beneficiary> all() {
        return em.createQuery("select b from Beneficiary b order by b.name", Beneficiary.class).getResultList();
    }

    public Optional<Beneficiary> find(long id) {
        return Optional.ofNullable(em.find(Beneficiary.class, id));
    }

    /** A beneficiary's budgets, latest call year first. */
    public List<Budget> budgetsOf(Beneficiary beneficiary) {
        return em.createQuery("select b from Budget b where b.beneficiary = :b order by b.callYear desc", Budget.class)
                .setParameter("b", beneficiary).getResultList();
    }

    /** Every budget of a call year. */
    public List<Budget> budgetsOf(int callYear) {
        return em.createQuery("select b from Budget b where b.callYear = :y order by b.beneficiary.name", Budget.class)
                .setParameter("y", callYear).getResultList();
    }

    /** The call years that have a budget, latest first. */
    public List<Integer> callYears() {
        return em.createQuery("select distinct b.callYear from Budget b order by b.callYear desc", Integer.class)
                .getResultList();
    }

    /** The budget that pays for students of {@code campus} in {@code callYear}, if any. */
    public Optional<Budget> budgetFor(int callYear, String campus) {
        return budgetsOf(callYear).stream().filter(b -> b.getBeneficiary().sendsFor(campus)).findFirst();
    }

    @Transactional
    public Beneficiary create(BeneficiaryForm form, Account admin) {
        RoleGuard.require(admin, Role.ADMIN);
        refuseIfInvalid(form);
        Beneficiary beneficiary = new Beneficiary(form, Instant.now(clock));
        try {
            em.persist(beneficiary);
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException("name", "budget.beneficiary.nameTaken");
        }
        audit.record(admin.actor(), "BENEFICIARY_CREATED", AUDIT_BENEFICIARY, beneficiary.getId(), null, null,
                line(beneficiary));
        return beneficiary;
    }

    /**
     * Saves a beneficiary's name, kind and campuses; refused if it now shares a campus with another
     * beneficiary budgeted in one of its call years.
     */
    @Transactional
    public Beneficiary save(long id, BeneficiaryForm form, Account admin) {
        RoleGuard.require(admin, Role.ADMIN);
        Beneficiary beneficiary = lockedBeneficiary(id);
        if (beneficiary.getVersion() != form.getVersion()) {
            throw new ConcurrentModificationException();
        }
        refuseIfInvalid(form);
        for (Budget budget : budgetsOf(beneficiary)) {
            refuseIfShared(budget.getCallYear(), beneficiary, form.getCampuses());
        }
        String before = line(beneficiary);
        beneficiary.apply(form, Instant.now(clock));
        em.flush();
        audit.record(admin.actor(), "BENEFICIARY_EDITED", AUDIT_BENEFICIARY, id, null, null,
                before + " → " + line(beneficiary));
        return beneficiary;
    }

    /**
     * Creates or saves the budget of a beneficiary's call year ({@code form.getVersion()} is ignored
     * for a new one). Takes the beneficiary's row lock, so two admins cannot budget overlapping
     * beneficiaries of one year at the same time through the same beneficiary.
     */
    @Transactional
    public Budget saveBudget(long beneficiaryId, BudgetForm form, Account admin) {
        RoleGuard.require(admin, Role.ADMIN);
        Beneficiary beneficiary = lockedBeneficiary(beneficiaryId);
        BeneficiaryRule.refusal(form).ifPresent(e -> {
            throw e;
        });
        Budget budget = em.createQuery("select b from Budget b where b.beneficiary = :b and b.callYear = :y", Budget.class)
                .setParameter("b", beneficiary).setParameter("y", form.getCallYear())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        String before;
        if (budget == null) {
            refuseIfShared(form.getCallYear(), beneficiary, beneficiary.getCampuses());
            budget = new Budget(beneficiary, form, Instant.now(clock));
            em.persist(budget);
            before = "—";
        } else {
            if (budget.getVersion() != form.getVersion()) {
                throw new ConcurrentModificationException();
            }
            before = line(budget);
            budget.apply(form, Instant.now(clock));
        }
        em.flush();
        audit.record(admin.actor(), "BUDGET_SAVED", AUDIT_BUDGET, budget.getId(), null, null,
                beneficiary.getName() + " ; " + before + " → " + line(budget));
        return budget;
    }

    private void refuseIfInvalid(BeneficiaryForm form) {
        Set<String> campuses = reference.campuses().stream().map(Campus::getCode).collect(Collectors.toSet());
        BeneficiaryRule.refusal(form, campuses).ifPresent(e -> {
            throw e;
        });
    }

    private void refuseIfShared(int callYear, Beneficiary beneficiary, java.util.Collection<String> campuses) {
        for (Budget other : budgetsOf(callYear)) {
            if (!other.getBeneficiary().getId().equals(beneficiary.getId())
                    && BeneficiaryRule.overlap(campuses, other.getBeneficiary().getCampuses())) {
                throw new BusinessException("campuses", "budget.campusTaken", String.valueOf(callYear),
                        other.getBeneficiary().getName());
            }
        }
    }

    private Beneficiary lockedBeneficiary(long id) {
        return Optional.ofNullable(em.find(Beneficiary.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(NotFoundException::new);
    }

    private static String line(Beneficiary b) {
        return b.getName() + " (" + b.getKind() + " : " + b.campusList() + ")";
    }

    private static String line(Budget b) {
        return b.getCallYear() + " ; " + (b.getAgreementNumber() == null ? "—" : b.getAgreementNumber()) + " ; "
                + b.getAwarded().toPlainString() + " €";
    }


}
