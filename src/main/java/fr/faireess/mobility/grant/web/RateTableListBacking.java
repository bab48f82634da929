package fr.faireess.mobility.grant.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.grant.GrantRateService;
import fr.faireess.mobility.grant.GrantRateTable;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;

/** Backs {@code /admin/grants/list.xhtml}: the rate tables, and a new one for a call year. */
@Named
@ViewScoped
public class RateTableListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private GrantRateService rates;
    @Inject private CurrentUser currentUser;

    private transient List<GrantRateTable> tables;
    private Integer callYear;

    public List<GrantRateTable> getTables() {
        if (tables == null) {
            tables = rates.all();
        }
        return tables;
    }

    public String create() {
        return PageAction.run("create", () -> {
            GrantRateTable table = rates.create(callYear, currentUser.get());
            Messages.info("grant.rates.created", String.valueOf(table.getCallYear()));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/grants/edit?faces-redirect=true&id=" + table.getId();
        });
    }

    public Integer getCallYear() { return callYear; }
    public void setCallYear(Integer callYear) { this.callYear = callYear; }
}
