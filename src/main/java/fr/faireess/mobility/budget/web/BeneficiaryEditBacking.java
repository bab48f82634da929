package fr.faireess.mobility.budget.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.budget.Beneficiary;
import fr.faireess.mobility.budget.BeneficiaryForm;
import fr.faireess.mobility.budget.BeneficiaryKind;
import fr.faireess.mobility.budget.BeneficiaryService;
import fr.faireess.mobility.budget.Budget;
import fr.faireess.mobility.budget.BudgetForm;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.ReferenceData;
import fr.faireess.mobility.platform.web.RenderCache;

/**
 * Backs {@code /admin/budget/beneficiary.xhtml?id=…[&year=…]}: a beneficiary's name, kind and
 * campuses, its budgets, and the budget form — of {@code year} when it has one, else a new year.
 * Both forms carry the version they were read with; every action redirects (post-redirect-get).
 */
@Named
@ViewScoped
public class BeneficiaryEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the getters read, once per rendered response. */
    private final RenderCache render = new RenderCache();

    @Inject private BeneficiaryService beneficiaries;
    @Inject private ReferenceData reference;
    @Inject private AuditLog audit;
    @Inject private CurrentUser currentUser;

    private Long id;
    private Integer year;
    private transient Beneficiary beneficiary;
    private transient List<Budget> budgets;
    private BeneficiaryForm form;
    private BudgetForm budgetForm;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException();
            }
            if (form == null) {
                form = beneficiary().toForm();
                budgetForm = getBudgets().stream().filter(b -> year != null && b.getCallYear() == year).findFirst()
                        .map(Budget::toForm).orElseGet(BudgetForm::new);
            }
        } catch (NotFoundException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    public Beneficiary beneficiary() {
        if (beneficiary == null) {
            beneficiary = beneficiaries.find(id).orElseThrow(NotFoundException::new);
        }
        return beneficiary;
    }

    public List<Budget> getBudgets() {
        if (budgets == null) {
            budgets = beneficiaries.budgetsOf(beneficiary());
        }
        return budgets;
    }

    /** The beneficiary's changes and its budgets', newest first. */
    public List<AuditEntry> getHistory() {
        return render.get("history", () -> {
            List<AuditEntry> entries = new java.util.ArrayList<>(audit.history(BeneficiaryService.AUDIT_BENEFICIARY, id));
            getBudgets().forEach(b -> entries.addAll(audit.history(BeneficiaryService.AUDIT_BUDGET, b.getId())));
            entries.sort(java.util.Comparator.comparing(AuditEntry::getOccurredAt).reversed());
            return entries;
        });
    }

    public String save() {
        return PageAction.run("beneficiary", () -> {
            Beneficiary saved = beneficiaries.save(id, form, currentUser.get());
            return done("budget.beneficiary.saved", saved.getName(), null);
        }, () -> beneficiary = null);
    }

    public String saveBudget() {
        return PageAction.run("budget", () -> {
            Budget saved = beneficiaries.saveBudget(id, budgetForm, currentUser.get());
            return done("budget.budget.saved", String.valueOf(saved.getCallYear()), saved.getCallYear());
        }, () -> budgets = null);
    }

    private String done(String key, String argument, Integer shownYear) {
        Messages.info(key, argument);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/budget/beneficiary?faces-redirect=true&id=" + id + (shownYear == null ? "" : "&year=" + shownYear);
    }

    public List<Campus> getCampuses() {
        return render.get("campuses", () -> reference.campuses());
    }

    public BeneficiaryKind[] getKinds() {
        return BeneficiaryKind.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public BeneficiaryForm getForm() { return form; }
    public BudgetForm getBudgetForm() { return budgetForm; }
}
