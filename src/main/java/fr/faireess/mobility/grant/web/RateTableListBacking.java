package fr.faireess.mobility.grant.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.grant.GrantBeneficiaries;
import fr.faireess.mobility.grant.GrantRateService;
import fr.faireess.mobility.grant.GrantRateTable;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;

/** Backs {@code /admin/grants/list.xhtml}: the rate tables with their beneficiaries, and a new one for a beneficiary's call year. */
@Named
@ViewScoped
public class RateTableListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private GrantRateService rates;
    @Inject private CurrentUser currentUser;

    private transient List<GrantRateTable> tables;
    private transient Map<Long, String> names;
    private transient List<GrantBeneficiaries.Ref> beneficiaries;
    private Integer callYear;
    private Long beneficiary;

    public List<GrantRateTable> getTables() {
        if (tables == null) {
            tables = rates.all();
        }
        return tables;
    }

    /** The beneficiaries a new table may belong to, by name. */
    public List<GrantBeneficiaries.Ref> getBeneficiaries() {
        if (beneficiaries == null) {
            beneficiaries = rates.beneficiaries();
        }
        return beneficiaries;
    }

    /** The name of a table's beneficiary, or "(no beneficiary)". */
    public String beneficiaryName(GrantRateTable table) {
        if (names == null) {
            names = new HashMap<>();
            getBeneficiaries().forEach(b -> names.put(b.id(), b.name()));
        }
        String name = table.getBeneficiaryId() == null ? null : names.get(table.getBeneficiaryId());
        return name != null ? name : Messages.text("grant.rates.unassigned");
    }

    public String create() {
        return PageAction.run("create", () -> {
            GrantRateTable table = rates.create(callYear, beneficiary, currentUser.get());
            Messages.info("grant.rates.created", String.valueOf(table.getCallYear()));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/grants/edit?faces-redirect=true&id=" + table.getId();
        });
    }

    public Integer getCallYear() { return callYear; }
    public void setCallYear(Integer callYear) { this.callYear = callYear; }
    public Long getBeneficiary() { return beneficiary; }
    public void setBeneficiary(Long beneficiary) { this.beneficiary = beneficiary; }
}
