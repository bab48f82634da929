package fr.faireess.mobility.host.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * Backs {@code /coordinator/hosts/list.xhtml}: every organisation, active or not, with the shared
 * filters plus {@code ?status=active|inactive}.
 */
@Named
@ViewScoped
public class HostListBacking extends HostListFilters {

    private static final long serialVersionUID = 1L;

    private String status;

    @Override
    protected Boolean activeFilter() {
        return "active".equals(status) ? Boolean.TRUE : "inactive".equals(status) ? Boolean.FALSE : null;
    }

    @Override
    protected String page() {
        return "/coordinator/hosts/list";
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
