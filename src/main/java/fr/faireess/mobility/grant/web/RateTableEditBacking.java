package fr.faireess.mobility.grant.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.function.Consumer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.grant.GrantRateService;
import fr.faireess.mobility.grant.GrantRateTable;
import fr.faireess.mobility.grant.RateTableForm;
import fr.faireess.mobility.grant.RateTableRule;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;

/**
 * Backs {@code /admin/grants/edit.xhtml}: one call year's rate table, editable until locked; the
 * lock button is the one transition. Every action redirects to the page again (post-redirect-get).
 */
@Named
@ViewScoped
public class RateTableEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private GrantRateService rates;
    @Inject private CurrentUser currentUser;

    private Long id;
    private transient GrantRateTable table;
    private RateTableForm form;

    /** A table that does not exist answers a plain 404 (the French error page), like an unknown page. */
    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFoundException();
            }
            if (form == null) {
                form = table().toForm();
            }
        } catch (NotFoundException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    public GrantRateTable table() {
        if (table == null) {
            table = rates.find(id).orElseThrow(NotFoundException::new);
        }
        return table;
    }

    /** The name of the table's beneficiary (or "(no beneficiary)"). */
    public String beneficiaryName() {
        return rates.beneficiaryOf(table()).map(fr.faireess.mobility.grant.GrantBeneficiaries.Ref::name)
                .orElseGet(() -> Messages.text("grant.rates.unassigned"));
    }

    public String save() {
        return act(me -> rates.save(id, form, me), "grant.rates.saved");
    }

    /** Locks the table as it is stored (unsaved changes on the page are not part of it). */
    public String lock() {
        return act(me -> rates.lock(id, form.getVersion(), me), "grant.rates.lockedNow");
    }

    private String act(Consumer<Account> action, String doneKey) {
        return PageAction.run("table", () -> {
            action.accept(currentUser.get());
            Messages.info(doneKey, String.valueOf(table().getCallYear()));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/grants/edit?faces-redirect=true&id=" + id;
        }, () -> table = null);
    }

    public int getMaxMonthly() {
        return RateTableRule.MAX_MONTHLY;
    }

    public int getMaxTopUp() {
        return RateTableRule.MAX_TOP_UP;
    }

    public int getMaxTravelDays() {
        return RateTableRule.MAX_GREEN_TRAVEL_DAYS;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public RateTableForm getForm() { return form; }
}
