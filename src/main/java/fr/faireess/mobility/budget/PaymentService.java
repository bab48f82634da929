package fr.faireess.mobility.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.grant.GrantMoney;
import fr.faireess.mobility.grant.GrantService;
import fr.faireess.mobility.grant.PlacementGrant;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.config.Settings;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.config.SchoolClock;

/**
 * Payments of placement grants to students: recorded by the coordinator of the student's campus
 * (never changed afterwards: a mistake is corrected by another entry), audited in the placement's
 * history; read by the student on their own placement and by staff; exported per call year for the
 * school's accounting. The next payment the schedule expects is offered, never imposed.
 */
@ApplicationScoped
public class PaymentService {

    private final int prefinancingPercent = Settings.fromConfig().prefinancingPercent();

    @PersistenceContext
    private EntityManager em;

    @Inject private PlacementService placements;
    @Inject private GrantService grants;
    @Inject private BudgetService budgets;
    @Inject private AuditLog audit;
    @Inject private SchoolClock schoolClock;
    @Inject private Clock clock;

    /** A placement's payments, what was paid in all, and the payment the schedule expects next. */
    public record Ledger(List<Payment> payments, BigDecimal paid, Optional<PaymentSchedule.Due> next,
                         int prefinancingPercent) {
    }

    /** One row of the accounting export. */
    public record ExportRow(Payment payment, Placement placement, String beneficiary, String agreementNumber) {
    }

    public int prefinancingPercent() {
        return prefinancingPercent;
    }

    /** The ledger of a placement the viewer may see (their own, or their campuses' as coordinator). */
    public Ledger ledger(long placementId, Account viewer) {
        Placement placement = placements.findVisibleTo(placementId, viewer).orElseThrow(NotFoundException::new);
        return ledger(placement);
    }

    private Ledger ledger(Placement placement) {
        List<Payment> payments = paymentsOf(placement.getId());
        BigDecimal paid = payments.stream().map(Payment::getAmount).reduce(GrantMoney.ZERO, BigDecimal::add);
        boolean prefinanced = payments.stream().anyMatch(p -> p.getKind() == PaymentKind.PREFINANCING);
        PlacementGrant grant = grants.grantOf(placement);
        BigDecimal planned = grant.planned() == null ? null : grant.planned().total();
        BigDecimal finalGrant = grant.actual() == null ? null : grant.actual().total();
        return new Ledger(payments, paid, PaymentSchedule.next(placement.getState(), planned, finalGrant, paid, prefinanced,
                prefinancingPercent), prefinancingPercent);
    }

    /** Records a payment of a placement the coordinator sees, checked by {@link PaymentSchedule}. */
    @Transactional
    public Payment record(long placementId, PaymentForm form, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        placements.forCoordinator(placementId, coordinator);
        // One payment at a time per placement: the schedule reads what was paid before.
        Placement placement = em.find(Placement.class, placementId, LockModeType.PESSIMISTIC_WRITE);
        PlacementGrant grant = grants.grantOf(placement);
        LocalDate today = schoolClock.today();
        PaymentSchedule.refusal(form.getKind(), form.getAmount(), form.getPaidOn(), today, placement.getState(),
                grant.actual() != null).ifPresent(e -> {
                    throw e;
                });
        // The note's size is the form's limit (@Size on PaymentForm, NOTE_MAX).
        fr.faireess.mobility.platform.error.FieldLimits.check(form);
        String note = form.getNote() == null ? null : form.getNote().strip();
        Payment payment = new Payment(placementId, form.getKind(), form.getPaidOn(),
                PaymentSchedule.signed(form.getKind(), form.getAmount()), note, coordinator.getEmail(), Instant.now(clock));
        em.persist(payment);
        em.flush();
        audit.record(coordinator.actor(), "PAYMENT_RECORDED",
                PlacementService.AUDIT_SUBJECT, placementId, null, null,
                form.getKind().name() + " ; " + payment.getAmount().toPlainString() + " € ; " + payment.getPaidOn()
                        + (payment.getNote() == null ? "" : " ; " + payment.getNote()));
        return payment;
    }

    /**
     * The payments of {@code callYear} the viewer may export, by day: those of placements of the
     * budgets they see, restricted to students of the campuses they see (a Montpellier coordinator
     * exports Montpellier's payments of the consortium, not Perpignan's). Audited.
     */
    @Transactional
    public List<ExportRow> export(int callYear, String format, Account viewer) {
        RoleGuard.require(viewer, Role.COORDINATOR, Role.ADMIN);
        CampusScope scope = CampusScope.of(viewer);
        List<ExportRow> rows = new java.util.ArrayList<>();
        for (BudgetService.BudgetLine line : budgets.lines(callYear, viewer)) {
            Budget budget = line.budget();
            List<Placement> visible = budgets.placementsOf(budget).stream()
                    .filter(p -> scope.allows(p.getStudent().getCampus().getCode())).toList();
            java.util.Map<Long, Placement> byId = new java.util.HashMap<>();
            visible.forEach(p -> byId.put(p.getId(), p));
            if (byId.isEmpty()) {
                continue;
            }
            em.createQuery("select p from Payment p where p.placementId in :ids order by p.paidOn, p.id", Payment.class)
                    .setParameter("ids", byId.keySet()).getResultList()
                    .forEach(p -> rows.add(new ExportRow(p, byId.get(p.getPlacementId()), budget.getBeneficiary().getName(),
                            budget.getAgreementNumber())));
        }
        rows.sort(java.util.Comparator.comparing((ExportRow r) -> r.payment().getPaidOn()).thenComparing(r -> r.payment().getId()));
        // Audited per call year (the export spans every budget of the year the viewer sees).
        audit.record(viewer.actor(), "PAYMENTS_EXPORTED", "CALL_YEAR",
                callYear, null, null, format + " ; " + rows.size());
        return rows;
    }

    private List<Payment> paymentsOf(long placementId) {
        return em.createQuery("select p from Payment p where p.placementId = :id order by p.paidOn, p.id", Payment.class)
                .setParameter("id", placementId).getResultList();
    }
}
