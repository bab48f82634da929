package fr.faireess.mobility.host.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** Backs {@code /student/hosts/list.xhtml}: active organisations only, public facts only. */
@Named
@ViewScoped
public class StudentHostListBacking extends HostListFilters {

    private static final long serialVersionUID = 1L;

    @Override
    protected Boolean activeFilter() {
        return Boolean.TRUE;
    }

    @Override
    protected String page() {
        return "/student/hosts/list";
    }
}
