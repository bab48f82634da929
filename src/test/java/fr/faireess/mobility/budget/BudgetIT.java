package fr.faireess.mobility.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

import fr.faireess.mobility.application.ApplicationService;
import fr.faireess.mobility.application.ApplicationStatus;
import fr.faireess.mobility.application.MobilityApplication;
import fr.faireess.mobility.budget.BudgetService.BudgetLine;
import fr.faireess.mobility.budget.BudgetService.Overrun;
import fr.faireess.mobility.grant.GrantMoney;
import fr.faireess.mobility.grant.GrantService;
import fr.faireess.mobility.grant.PlacementGrant;
import fr.faireess.mobility.platform.security.AccessDeniedException;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementService;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.ConcurrentModificationException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.support.DemoAccounts;
import fr.faireess.mobility.support.DemoDates;
import fr.faireess.mobility.support.Deployments;
import fr.faireess.mobility.support.Fixture;
import fr.faireess.mobility.support.TestLanes;

/**
 * Budgets on the real server and the demo data: the demo consortium's budget adds up from the
 * placements' grants and the payments; a Montpellier-only coordinator sees the consortium and
 * Montpellier's school but not Perpignan's; admins alone maintain beneficiaries and budgets
 * (audited, refused over another admin's change, one beneficiary per campus and year); payments are
 * checked by the schedule and scoped like placements; a confirmation or a selection past the award
 * is warned (not refused).
 */
@ExtendWith(ArquillianExtension.class)
@ResourceLock(TestLanes.SHARED_DEPLOYMENT)
class BudgetIT {

    private static final String MANON = "manon.fabre@etudiant.faire-ess.fr";
    private static final String YANIS = "yanis.serra@etudiant.faire-ess.fr";
    private static final String NOAH = "noah.rey@etudiant.faire-ess.fr";
    private static final String CONSORTIUM = "FAIRE-ESS (consortium)";
    private static final String MONTPELLIER_SCHOOL = "IRTS Montpellier";

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject private BeneficiaryService beneficiaries;
    @Inject private BudgetService budgets;
    @Inject private PaymentService payments;
    @Inject private GrantService grants;
    @Inject private PlacementService placements;
    @Inject private ApplicationService applications;
    @Inject private AccountService accounts;
    @Inject private AuditLog audit;
    @Inject private Fixture fixture;

    private Account account(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }

    private Account admin() {
        return account(DemoAccounts.ADMIN);
    }

    private Account julien() {
        return account(DemoAccounts.COORDINATOR_MONTPELLIER);
    }

    private Account nadia() {
        return account(DemoAccounts.COORDINATOR_PERPIGNAN);
    }

    private int freeYear() {
        while (true) {
            int year = 2050 + ThreadLocalRandom.current().nextInt(49);
            if (beneficiaries.budgetsOf(year).isEmpty()) {
                return year;
            }
        }
    }

    private static BeneficiaryForm beneficiaryForm(String name, BeneficiaryKind kind, String... campuses) {
        BeneficiaryForm form = new BeneficiaryForm();
        form.setName(name);
        form.setKind(kind);
        form.setCampuses(List.of(campuses));
        return form;
    }

    private static BudgetForm budgetForm(int year, String awarded) {
        BudgetForm form = new BudgetForm();
        form.setCallYear(year);
        form.setAwarded(new BigDecimal(awarded));
        form.setAgreementNumber(year + "-1-FR01-KA131-HED-000000042");
        return form;
    }

    private BudgetLine consortiumLine(int year, Account viewer) {
        return budgets.lines(year, viewer).stream().filter(l -> l.budget().getBeneficiary().getName().equals(CONSORTIUM))
                .findFirst().orElseThrow(() -> new AssertionError("no consortium budget for " + year));
    }

    @Test
    void theDemoConsortiumsBudgetAddsUpFromItsPlacementsGrantsAndPayments() {
        int year = DemoDates.inServer().year(2025);
        BudgetLine line = consortiumLine(year, admin());
        Budget budget = line.budget();
        assertEquals(java.util.Set.of("PERPIGNAN", "MONTPELLIER"), budget.getBeneficiary().getCampuses());
        assertEquals(new BigDecimal("28000.00"), budget.getAwarded());

        BigDecimal committed = GrantMoney.ZERO;
        BigDecimal finals = GrantMoney.ZERO;
        BigDecimal paid = GrantMoney.ZERO;
        List<Placement> counted = budgets.placementsOf(budget);
        assertTrue(counted.size() >= 6, "the demo's six placements of the 2025 call");
        for (Placement p : counted) {
            PlacementGrant g = grants.grantOf(p);
            if (p.getState() == PlacementState.CONFIRMED || p.getState() == PlacementState.IN_PROGRESS) {
                committed = committed.add(g.planned().total());
            } else if (p.getState() == PlacementState.COMPLETED || p.getState() == PlacementState.INTERRUPTED) {
                finals = finals.add(g.actual().total());
            }
            paid = paid.add(payments.ledger(p.getId(), nadia()).paid());
        }
        BudgetFigures f = line.figures();
        assertEquals(committed, f.committed());
        assertEquals(finals, f.finalGrants());
        assertEquals(paid, f.paid());
        assertTrue(f.paid().signum() > 0, "the demo's payments");
        assertEquals(f.awarded(), f.committed().add(f.finalGrants()).add(f.remaining()));
        assertEquals(f.used(), f.paid().add(f.toPay()));

        // Julien sees Montpellier only, but the consortium sends for Montpellier too: he sees its whole budget.
        assertEquals(f, consortiumLine(year, julien()).figures());
        assertTrue(budgets.callYears(julien()).contains(year));
    }

    @Test
    void aMontpellierOnlyCoordinatorSeesMontpelliersSchoolButNotPerpignans() {
        int year = freeYear();
        Beneficiary perpignan = beneficiaries.create(beneficiaryForm("IRTS Perpignan " + Fixture.unique(), BeneficiaryKind.SCHOOL,
                "PERPIGNAN"), admin());
        Beneficiary montpellier = beneficiaries.create(beneficiaryForm("IRTS Montpellier " + Fixture.unique(),
                BeneficiaryKind.SCHOOL, "MONTPELLIER"), admin());
        beneficiaries.saveBudget(perpignan.getId(), budgetForm(year, "10000.00"), admin());
        beneficiaries.saveBudget(montpellier.getId(), budgetForm(year, "12000.50"), admin());

        assertEquals(List.of(montpellier.getId()), budgets.lines(year, julien()).stream()
                .map(l -> l.budget().getBeneficiary().getId()).toList());
        assertEquals(2, budgets.lines(year, nadia()).size(), "Nadia sees both campuses");
        assertEquals(2, budgets.lines(year, admin()).size());
        assertEquals(new BigDecimal("22000.50"), BudgetService.total(budgets.lines(year, admin())).awarded());
        assertThrows(AccessDeniedException.class, () -> budgets.lines(year, account(DemoAccounts.TRAINER_MONTPELLIER)));
        assertThrows(AccessDeniedException.class, () -> budgets.lines(year, account(DemoAccounts.STUDENT_ASS_MONTPELLIER)));

        // That year, the consortium cannot have a budget: both its campuses already have their school.
        Beneficiary consortium = beneficiaries.all().stream().filter(b -> b.getName().equals(CONSORTIUM)).findFirst().orElseThrow();
        BusinessException taken = assertThrows(BusinessException.class,
                () -> beneficiaries.saveBudget(consortium.getId(), budgetForm(year, "1.00"), admin()));
        assertEquals("budget.campusTaken", taken.messageKey());
        assertEquals(montpellier.getId(), beneficiaries.budgetFor(year, "MONTPELLIER").orElseThrow().getBeneficiary().getId());
    }

    @Test
    void onlyAdminsMaintainBudgetsAuditedAndNeverOverAnotherAdminsChange() {
        int year = freeYear();
        assertThrows(AccessDeniedException.class, () -> beneficiaries.create(
                beneficiaryForm("X " + Fixture.unique(), BeneficiaryKind.SCHOOL, "PERPIGNAN"), nadia()));
        Beneficiary school = beneficiaries.create(beneficiaryForm("École " + Fixture.unique(), BeneficiaryKind.SCHOOL,
                "PERPIGNAN"), admin());
        BusinessException refused = assertThrows(BusinessException.class, () -> beneficiaries.save(school.getId(),
                beneficiaryForm(school.getName(), BeneficiaryKind.SCHOOL, "PERPIGNAN", "MONTPELLIER").withVersion(school.getVersion()),
                admin()));
        assertEquals("budget.beneficiary.campuses.SCHOOL", refused.messageKey());

        Budget created = beneficiaries.saveBudget(school.getId(), budgetForm(year, "5000.00"), admin());
        BudgetForm read = created.toForm();
        read.setAwarded(new BigDecimal("5500.00"));
        Budget saved = beneficiaries.saveBudget(school.getId(), read, admin());
        assertEquals(new BigDecimal("5500.00"), saved.getAwarded());
        BudgetForm stale = created.toForm();
        stale.setAwarded(new BigDecimal("6000.00"));
        assertThrows(ConcurrentModificationException.class, () -> beneficiaries.saveBudget(school.getId(), stale, admin()));
        assertThrows(AccessDeniedException.class, () -> beneficiaries.saveBudget(school.getId(), read, nadia()));

        var history = audit.history(BeneficiaryService.AUDIT_BUDGET, created.getId());
        assertEquals(2, history.size());
        assertTrue(history.stream().anyMatch(e -> e.getDetail().contains("5000.00 € → " + year)
                && e.getDetail().contains("5500.00 €")), "before → after");
        assertEquals(1, audit.history(BeneficiaryService.AUDIT_BENEFICIARY, school.getId()).size());
    }

    @Test
    void paymentsFollowTheScheduleAndTheCoordinatorsScope() {
        Placement manon = placements.ofStudent(account(MANON)).get(0);
        assertEquals(PlacementState.CONFIRMED, manon.getState());
        PaymentService.Ledger before = payments.ledger(manon.getId(), nadia());
        PaymentSchedule.Due due = before.next().orElseThrow();
        assertEquals(PaymentKind.PREFINANCING, due.kind());
        assertEquals(PaymentSchedule.prefinancing(grants.grantOf(manon).planned().total(), payments.prefinancingPercent()),
                due.amount());

        PaymentForm balance = new PaymentForm();
        balance.setKind(PaymentKind.BALANCE);
        balance.setAmount(new BigDecimal("100.00"));
        balance.setPaidOn(fixture.today());
        assertEquals("budget.payment.notNow.BALANCE",
                assertThrows(BusinessException.class, () -> payments.record(manon.getId(), balance, nadia())).messageKey());
        PaymentForm tomorrow = new PaymentForm();
        tomorrow.setKind(PaymentKind.PREFINANCING);
        tomorrow.setAmount(due.amount());
        tomorrow.setPaidOn(fixture.today().plusDays(1));
        assertEquals("budget.payment.dateFuture",
                assertThrows(BusinessException.class, () -> payments.record(manon.getId(), tomorrow, nadia())).messageKey());
        // Manon studies in Perpignan: as absent for Julien as a guessed id; students never record.
        PaymentForm prefinancing = new PaymentForm();
        prefinancing.setKind(PaymentKind.PREFINANCING);
        prefinancing.setAmount(due.amount());
        prefinancing.setPaidOn(fixture.today());
        assertThrows(NotFoundException.class, () -> payments.record(manon.getId(), prefinancing, julien()));
        assertThrows(NotFoundException.class, () -> payments.ledger(manon.getId(), julien()));
        assertThrows(AccessDeniedException.class, () -> payments.record(manon.getId(), prefinancing, account(MANON)));

        payments.record(manon.getId(), prefinancing, nadia());
        PaymentService.Ledger after = payments.ledger(manon.getId(), account(MANON));
        assertEquals(before.paid().add(due.amount()), after.paid(), "the student reads her own payments");
        assertTrue(after.next().isEmpty(), "nothing more before the certificate");
        assertTrue(placements.timeline(manon).stream().anyMatch(e -> e.getAction().equals("PAYMENT_RECORDED")));

        int year = DemoDates.inServer().year(2025);
        List<PaymentService.ExportRow> nadias = payments.export(year, "csv", nadia());
        List<PaymentService.ExportRow> juliens = payments.export(year, "csv", julien());
        assertTrue(nadias.stream().anyMatch(r -> r.placement().getId().equals(manon.getId())));
        assertTrue(juliens.stream().noneMatch(r -> r.placement().getStudent().getCampus().getCode().equals("PERPIGNAN")),
                "Julien exports Montpellier's payments of the consortium only");
        assertTrue(juliens.stream().anyMatch(r -> r.payment().getKind() == PaymentKind.RECOVERY), "Nathan's recovery");
        assertThrows(AccessDeniedException.class, () -> payments.export(year, "csv", account(DemoAccounts.TRAINER_PERPIGNAN)));
    }

    @Test
    void aConfirmationOrASelectionPastTheAwardIsWarnedWithTheFigures() {
        int year = DemoDates.inServer().year(2026);
        Placement yanis = placements.ofStudent(account(YANIS)).get(0);
        assertEquals(PlacementState.PROPOSED, yanis.getState());
        MobilityApplication noah = applications.ofStudent(account(NOAH)).stream()
                .filter(a -> a.getStatus() == ApplicationStatus.SUBMITTED).findFirst().orElseThrow();

        Budget budget = beneficiaries.budgetFor(year, "MONTPELLIER").orElseThrow();
        BudgetForm original = budget.toForm();
        BudgetForm tiny = budget.toForm();
        tiny.setAwarded(new BigDecimal("100.00"));
        beneficiaries.saveBudget(budget.getBeneficiary().getId(), tiny, admin());
        try {
            Overrun confirm = budgets.overrunIfConfirmed(yanis).orElseThrow();
            BigDecimal planned = grants.grantOf(yanis).planned().total();
            assertEquals(planned, confirm.adding());
            assertEquals(confirm.figures().remaining().subtract(planned), confirm.remainingAfter());
            assertTrue(confirm.remainingAfter().signum() < 0);
            assertEquals(MONTPELLIER_SCHOOL, confirm.beneficiary(), "the demo's second call year: each school its own grant");

            Overrun select = budgets.overrunIfSelected(noah).orElseThrow();
            assertTrue(select.estimate());
            assertTrue(select.adding().signum() > 0, "the average planned grant of the call year's placements");

            // Exactly enough left for Yanis's planned grant: no warning (other tests' placements counted as they are).
            BudgetForm enough = beneficiaries.budgetFor(year, "MONTPELLIER").orElseThrow().toForm();
            enough.setAwarded(confirm.figures().used().add(planned));
            beneficiaries.saveBudget(budget.getBeneficiary().getId(), enough, admin());
            assertTrue(budgets.overrunIfConfirmed(yanis).isEmpty());
            enough = beneficiaries.budgetFor(year, "MONTPELLIER").orElseThrow().toForm();
            enough.setAwarded(confirm.figures().used().add(planned).subtract(new BigDecimal("0.01")));
            beneficiaries.saveBudget(budget.getBeneficiary().getId(), enough, admin());
            assertTrue(budgets.overrunIfConfirmed(yanis).isPresent(), "one cent short");
        } finally {
            BudgetForm restore = beneficiaries.budgetFor(year, "MONTPELLIER").orElseThrow().toForm();
            restore.setAwarded(original.getAwarded());
            beneficiaries.saveBudget(budget.getBeneficiary().getId(), restore, admin());
        }
    }
}
