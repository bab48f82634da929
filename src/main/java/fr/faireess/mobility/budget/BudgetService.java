package fr.faireess.mobility.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.grant.CallYear;
import fr.faireess.mobility.grant.GrantMoney;
import fr.faireess.mobility.grant.GrantService;
import fr.faireess.mobility.grant.PlacementGrant;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.platform.audit.AuditLog;

/**
 * The budget pages' figures and the warnings before a budget goes past its award. A budget's
 * placements are those of its call year whose student belongs to one of its beneficiary's campuses;
 * their grants come from {@link GrantService} (the same computation as the placement pages and the EU
 * report), their sum from {@link BudgetFigures}. Coordinators see the budgets of beneficiaries that
 * send for a campus they see (a consortium's whole budget, then); administrators see every one.
 */
@ApplicationScoped
public class BudgetService {

    private static final Set<PlacementState> COMMITTED = EnumSet.of(PlacementState.CONFIRMED, PlacementState.IN_PROGRESS);
    private static final Set<PlacementState> ENDED = EnumSet.of(PlacementState.COMPLETED, PlacementState.INTERRUPTED);

    @PersistenceContext
    private EntityManager em;

    @Inject private BeneficiaryService beneficiaries;
    @Inject private GrantService grants;
    @Inject private AuditLog audit;

    /** One budget and its figures, with the number of placements it counts. */
    public record BudgetLine(Budget budget, BudgetFigures figures, int committedPlacements, int endedPlacements) {
    }

    /** What confirming or selecting would do to a budget: the figures now, and the amount it would add. */
    public record Overrun(long budgetId, String beneficiary, int callYear, BudgetFigures figures, BigDecimal adding,
                          boolean estimate) implements fr.faireess.mobility.application.BudgetOverrun {

        public BigDecimal remainingAfter() {
            return figures.remaining().subtract(adding);
        }
    }

    /** The call years with a budget the viewer may see, latest first. */
    public List<Integer> callYears(Account viewer) {
        requireStaff(viewer);
        return beneficiaries.callYears().stream().filter(y -> !visibleBudgets(y, viewer).isEmpty()).toList();
    }

    /** The budgets of {@code callYear} the viewer may see, each with its figures. */
    public List<BudgetLine> lines(int callYear, Account viewer) {
        requireStaff(viewer);
        List<BudgetLine> lines = new ArrayList<>();
        for (Budget budget : visibleBudgets(callYear, viewer)) {
            lines.add(line(budget));
        }
        return lines;
    }

    /** The sum of several lines (a call year's total over the budgets shown). */
    public static BudgetFigures total(Collection<BudgetLine> lines) {
        return lines.stream().map(BudgetLine::figures).reduce(BudgetFigures.empty(), BudgetFigures::plus);
    }

    /**
     * The warning before confirming {@code placement} (a proposed one the caller loaded): present when
     * its planned grant would take its budget past the award; empty without a budget or a planned grant.
     */
    public Optional<Overrun> overrunIfConfirmed(Placement placement) {
        if (placement.getState() != PlacementState.PROPOSED) {
            return Optional.empty();
        }
        PlacementGrant grant = grants.grantOf(placement);
        if (grant.planned() == null || grant.callYear() == null) {
            return Optional.empty();
        }
        return budgetOf(grant.callYear(), placement.getStudent())
                .map(this::line)
                .filter(l -> l.figures().wouldPassAward(grant.planned().total()))
                .map(l -> new Overrun(l.budget().getId(), l.budget().getBeneficiary().getName(), grant.callYear(), l.figures(),
                        grant.planned().total(), false));
    }

    /**
     * The warning before selecting {@code application}: its grant is not known before its placement,
     * so the estimate is the average planned grant of the budget's placements so far (cancelled ones
     * left out). Empty without a budget, or without any placement to average (no sound estimate).
     */
    public Optional<Overrun> overrunIfSelected(MobilityApplication application) {
        Optional<Integer> year = CallYear.of(application.getCall().getAcademicYear());
        if (year.isEmpty()) {
            return Optional.empty();
        }
        Optional<Budget> budget = budgetOf(year.get(), application.getStudent());
        if (budget.isEmpty()) {
            return Optional.empty();
        }
        List<Placement> placements = placementsOf(budget.get());
        List<BigDecimal> planned = grants.grantsOf(placements).values().stream()
                .filter(g -> g.planned() != null).map(g -> g.planned().total()).toList();
        if (planned.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal average = planned.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(planned.size()), GrantMoney.SCALE, RoundingMode.HALF_UP);
        BudgetLine line = line(budget.get(), placements);
        return line.figures().wouldPassAward(average)
                ? Optional.of(new Overrun(budget.get().getId(), budget.get().getBeneficiary().getName(), year.get(), line.figures(), average, true))
                : Optional.empty();
    }

    /**
     * Records that {@code actor} went past the award knowingly (a confirmation or a selection after
     * the warning), in the budget's history: what was added and what remains.
     */
    @Transactional
    public void recordOverrunAccepted(Overrun overrun, String what, Account actor) {
        audit.record(actor.actor(), "BUDGET_OVERRUN_ACCEPTED", BeneficiaryService.AUDIT_BUDGET,
                overrun.budgetId(), null, null, what + " ; " + overrun.adding().toPlainString() + " € ; "
                        + overrun.remainingAfter().toPlainString() + " €");
    }

    /** The beneficiary (through its budget) paying for {@code student}'s placements of {@code callYear}. */
    public Optional<Budget> budgetOf(int callYear, Account student) {
        return student.getCampus() == null ? Optional.empty()
                : beneficiaries.budgetFor(callYear, student.getCampus().getCode());
    }

    /** The placements a budget counts: its call year's, of students of its beneficiary's campuses. */
    List<Placement> placementsOf(Budget budget) {
        return em.createQuery("""
                        select p from Placement p join fetch p.student s join fetch p.host h join fetch h.country
                        join fetch p.application a join fetch a.call c
                        where c.academicYear = :year and s.campus.code in :campuses order by p.id""", Placement.class)
                .setParameter("year", CallYear.academicYear(budget.getCallYear()))
                .setParameter("campuses", budget.getBeneficiary().getCampuses())
                .getResultList();
    }

    private BudgetLine line(Budget budget) {
        return line(budget, placementsOf(budget));
    }

    private BudgetLine line(Budget budget, List<Placement> placements) {
        Map<Long, PlacementGrant> byPlacement = grants.grantsOf(placements);
        BigDecimal committed = GrantMoney.ZERO;
        BigDecimal finals = GrantMoney.ZERO;
        int committedCount = 0;
        int endedCount = 0;
        for (Placement p : placements) {
            PlacementGrant g = byPlacement.get(p.getId());
            if (COMMITTED.contains(p.getState()) && g.planned() != null) {
                committed = committed.add(g.planned().total());
                committedCount++;
            } else if (ENDED.contains(p.getState()) && g.actual() != null) {
                finals = finals.add(g.actual().total());
                endedCount++;
            }
        }
        BigDecimal paid = paidFor(placements.stream().map(Placement::getId).toList());
        return new BudgetLine(budget, new BudgetFigures(budget.getAwarded(), committed, finals, paid), committedCount,
                endedCount);
    }

    private BigDecimal paidFor(List<Long> placementIds) {
        if (placementIds.isEmpty()) {
            return GrantMoney.ZERO;
        }
        BigDecimal sum = em.createQuery("select sum(p.amount) from Payment p where p.placementId in :ids", BigDecimal.class)
                .setParameter("ids", placementIds).getSingleResult();
        return sum == null ? GrantMoney.ZERO : sum.setScale(GrantMoney.SCALE, GrantMoney.ROUNDING);
    }

    private List<Budget> visibleBudgets(int callYear, Account viewer) {
        CampusScope scope = CampusScope.of(viewer);
        return beneficiaries.budgetsOf(callYear).stream()
                .filter(b -> scope.allowsAny(b.getBeneficiary().getCampuses())).toList();
    }

    private static void requireStaff(Account viewer) {
        RoleGuard.require(viewer, Role.COORDINATOR, Role.ADMIN);
    }
}
