package fr.faireess.mobility.grant;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

/**
 * Rate tables per beneficiary and call year: administrators create, edit and lock them (each change checked by
 * {@link RoleGuard} first, audited in the same transaction under {@value #AUDIT_SUBJECT}); anyone's
 * grant is computed from its beneficiary's ({@link #sourceFor}, the rule is {@link RateTableChoice}). A locked table is refused any change. Saving and locking take a
 * write lock on the table row, so an edit and the lock never cross.
 */
@ApplicationScoped
public class GrantRateService {

    public static final String AUDIT_SUBJECT = "GRANT_RATE_TABLE";

    @PersistenceContext
    private EntityManager em;

    @Inject private AuditLog audit;
    @Inject private Clock clock;
    @Inject private GrantBeneficiaries beneficiaries;

    /** Every table, latest call year first. */
    public List<GrantRateTable> all() {
        return em.createQuery("select t from GrantRateTable t order by t.callYear desc, t.id", GrantRateTable.class).getResultList();
    }

    /** Every beneficiary a table may belong to, by name. */
    public List<GrantBeneficiaries.Ref> beneficiaries() {
        return beneficiaries.all();
    }

    /** The beneficiary a table belongs to (empty for a table not assigned yet). */
    public Optional<GrantBeneficiaries.Ref> beneficiaryOf(GrantRateTable table) {
        return table.getBeneficiaryId() == null ? Optional.empty() : beneficiaries.find(table.getBeneficiaryId());
    }

    /** Every table of a call year (one per beneficiary), oldest first. */
    public List<GrantRateTable> ofYear(int callYear) {
        return em.createQuery("select t from GrantRateTable t where t.callYear = :y order by t.id", GrantRateTable.class)
                .setParameter("y", callYear).getResultList();
    }

    /** A beneficiary's table of a call year. */
    public Optional<GrantRateTable> forBeneficiary(long beneficiaryId, int callYear) {
        return em.createQuery("select t from GrantRateTable t where t.beneficiaryId = :b and t.callYear = :y", GrantRateTable.class)
                .setParameter("b", beneficiaryId).setParameter("y", callYear).getResultStream().findFirst();
    }

    /**
     * What pays the grants of the students of {@code campus} in {@code callYear}: their beneficiary,
     * its table and agreement number ({@link RateTableChoice}).
     */
    public RateTableChoice.Source sourceFor(int callYear, String campus) {
        GrantBeneficiaries.Budgeted budgeted = campus == null ? null : beneficiaries.budgetedFor(callYear, campus).orElse(null);
        java.util.Map<Long, GrantBeneficiaries.Ref> byId = new java.util.HashMap<>();
        beneficiaries.all().forEach(b -> byId.put(b.id(), b));
        return RateTableChoice.choose(campus, budgeted, ofYear(callYear), byId);
    }

    public Optional<GrantRateTable> find(long id) {
        return Optional.ofNullable(em.find(GrantRateTable.class, id));
    }

    /**
     * A new, unlocked table of {@code beneficiaryId} for {@code callYear}, with the figures of the
     * beneficiary's latest earlier table as a starting point (else the latest earlier table of any
     * beneficiary, else the Programme Guide's top-ups and zero rates), and the agreement number of
     * the beneficiary's budget of that year when entered. Refused when the beneficiary has a table
     * of that year, or when another beneficiary sending for one of its campuses has one (a campus's
     * grants come from one table a year).
     */
    @Transactional
    public GrantRateTable create(Integer callYear, Long beneficiaryId, Account admin) {
        RoleGuard.require(admin, Role.ADMIN);
        RateTableRule.yearRefusal(callYear).ifPresent(e -> {
            throw e;
        });
        GrantBeneficiaries.Ref beneficiary = (beneficiaryId == null ? Optional.<GrantBeneficiaries.Ref>empty()
                : beneficiaries.find(beneficiaryId))
                .orElseThrow(() -> new BusinessException("beneficiary", "grant.rates.beneficiaryRequired"));
        if (forBeneficiary(beneficiary.id(), callYear).isPresent()) {
            throw new BusinessException("callYear", "grant.rates.yearTaken", String.valueOf(callYear), beneficiary.name());
        }
        for (GrantRateTable other : ofYear(callYear)) {
            Optional<GrantBeneficiaries.Ref> owner = beneficiaryOf(other);
            if (owner.isPresent() && owner.get().campuses().stream().anyMatch(beneficiary::sendsFor)) {
                throw new BusinessException("beneficiary", "grant.rates.campusTaken", String.valueOf(callYear), owner.get().name());
            }
        }
        GrantRateTable model = em.createQuery("""
                        select t from GrantRateTable t where t.callYear < :y
                        order by case when t.beneficiaryId = :b then 0 else 1 end, t.callYear desc, t.id""",
                GrantRateTable.class).setParameter("y", callYear).setParameter("b", beneficiary.id())
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        GrantRateTable table = new GrantRateTable(callYear, beneficiary.id(), model, Instant.now(clock));
        beneficiaries.agreementNumber(beneficiary.id(), callYear).ifPresent(number -> {
            RateTableForm form = table.toForm();
            form.setAgreementNumber(number);
            table.apply(form, Instant.now(clock));
        });
        try {
            em.persist(table);
            em.flush();
        } catch (PersistenceException e) {
            // Another administrator created the same table in the meantime (unique beneficiary and call year).
            throw new BusinessException("callYear", "grant.rates.yearTaken", String.valueOf(callYear), beneficiary.name());
        }
        audit.record(admin.actor(), "RATE_TABLE_CREATED", AUDIT_SUBJECT, table.getId(), null, "UNLOCKED",
                callYear + " ; " + beneficiary.name());
        return table;
    }

    /** Saves the figures of an unlocked table; refused if locked or changed since {@code form.getVersion()}. */
    @Transactional
    public GrantRateTable save(long id, RateTableForm form, Account admin) {
        RoleGuard.require(admin, Role.ADMIN);
        GrantRateTable table = lockedRow(id);
        if (table.isLocked()) {
            throw new BusinessException("grant.rates.locked");
        }
        if (table.getVersion() != form.getVersion()) {
            throw new ConcurrentModificationException();
        }
        RateTableRule.refusal(form).ifPresent(e -> {
            throw e;
        });
        table.apply(form, Instant.now(clock));
        em.flush();
        audit.record(admin.actor(), "RATE_TABLE_EDITED", AUDIT_SUBJECT, id, null, null, summary(table));
        return table;
    }

    /**
     * Locks the table for good: from now on the call year's grants are computed from fixed figures.
     * Refused if already locked, incomplete (a zero rate, no grant agreement number) or changed
     * since {@code version}.
     */
    @Transactional
    public GrantRateTable lock(long id, long version, Account admin) {
        RoleGuard.require(admin, Role.ADMIN);
        GrantRateTable table = lockedRow(id);
        if (!table.isLocked() && table.getVersion() != version) {
            throw new ConcurrentModificationException();
        }
        RateTableRule.lockRefusal(table.isLocked(), table.toForm()).ifPresent(e -> {
            throw e;
        });
        table.lock(admin.getEmail(), Instant.now(clock));
        em.flush();
        audit.record(admin.actor(), "RATE_TABLE_LOCKED", AUDIT_SUBJECT, id, "UNLOCKED", "LOCKED", summary(table));
        return table;
    }

    private GrantRateTable lockedRow(long id) {
        return Optional.ofNullable(em.find(GrantRateTable.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(NotFoundException::new);
    }

    /** The table's figures in one line, for the audit log. */
    static String summary(GrantRateTable t) {
        StringBuilder line = new StringBuilder(String.valueOf(t.getCallYear()));
        line.append(" ; ").append(t.getAgreementNumber() == null ? "—" : t.getAgreementNumber());
        for (GrantRate r : t.getRates()) {
            line.append(" ; ").append(r.getGroup()).append(' ').append(r.getMonthlyRate())
                    .append(" [").append(r.getMinMonthly()).append('–').append(r.getMaxMonthly()).append(']');
        }
        line.append(" ; +").append(t.getTraineeshipTopUp()).append(" +").append(t.getFewerOpportunitiesTopUp())
                .append(" +").append(t.getGreenTravelTopUp()).append(" (").append(t.getGreenTravelDays()).append(" j)");
        t.travelSupport().bands().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> line.append(" ; ").append(e.getKey().label()).append(' ').append(e.getValue().standard())
                        .append('/').append(e.getValue().green()));
        return line.toString();
    }


}
