package fr.faireess.mobility.budget.web;

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
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.ReferenceData;
import fr.faireess.mobility.platform.web.RenderCache;

/** Backs {@code /admin/budget/beneficiaries.xhtml}: the beneficiaries with their budgets, and a new one. */
@Named
@ViewScoped
public class BeneficiaryListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the getters read, once per rendered response. */
    private final RenderCache render = new RenderCache();

    @Inject private BeneficiaryService beneficiaries;
    @Inject private ReferenceData reference;
    @Inject private CurrentUser currentUser;

    private final BeneficiaryForm form = new BeneficiaryForm();
    private transient List<Beneficiary> all;

    public List<Beneficiary> getBeneficiaries() {
        if (all == null) {
            all = beneficiaries.all();
        }
        return all;
    }

    public List<Budget> budgetsOf(Beneficiary beneficiary) {
        return beneficiaries.budgetsOf(beneficiary);
    }

    public String create() {
        return PageAction.run("create", () -> {
            Beneficiary created = beneficiaries.create(form, currentUser.get());
            Messages.info("budget.beneficiary.created", created.getName());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/budget/beneficiary?faces-redirect=true&id=" + created.getId();
        });
    }

    public List<Campus> getCampuses() {
        return render.get("campuses", () -> reference.campuses());
    }

    public BeneficiaryKind[] getKinds() {
        return BeneficiaryKind.values();
    }

    public BeneficiaryForm getForm() { return form; }
}
