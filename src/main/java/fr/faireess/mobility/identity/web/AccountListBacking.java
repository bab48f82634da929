package fr.faireess.mobility.identity.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountCriteria;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.platform.security.Role;

/**
 * Backs {@code /admin/accounts/list.xhtml}: accounts paged and filtered in the database. Filters
 * are view parameters ({@code ?q=…&role=…&campus=…&status=…}), so a filtered list is bookmarkable.
 */
@Named
@ViewScoped
public class AccountListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private String q;
    private Role role;
    private String campus;
    private String status;

    private final LazyDataModel<Account> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.count(criteria());
        }

        @Override
        public List<Account> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return accounts.search(criteria(), first, pageSize);
        }

        @Override
        public String getRowKey(Account account) {
            return String.valueOf(account.getId());
        }

        @Override
        public Account getRowData(String rowKey) {
            return accounts.find(Long.parseLong(rowKey)).orElse(null);
        }
    };

    private AccountCriteria criteria() {
        Boolean enabled = "active".equals(status) ? Boolean.TRUE : "disabled".equals(status) ? Boolean.FALSE : null;
        return new AccountCriteria(q, role, campus, enabled);
    }

    /** Re-runs the list with the filters as view parameters, so the URL describes what is shown. */
    public String filter() {
        return "/admin/accounts/list?faces-redirect=true&includeViewParams=true";
    }

    public LazyDataModel<Account> getRows() { return rows; }
    public Role[] getRoles() { return Role.values(); }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public String getCampus() { return campus; }
    public void setCampus(String campus) { this.campus = campus; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
