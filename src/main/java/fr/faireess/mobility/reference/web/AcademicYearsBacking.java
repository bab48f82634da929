package fr.faireess.mobility.reference.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.platform.security.ActingUser;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;
import fr.faireess.mobility.reference.AcademicYear;
import fr.faireess.mobility.reference.AcademicYearForm;
import fr.faireess.mobility.reference.ReferenceData;
import fr.faireess.mobility.reference.ReferenceMaintenance;

/**
 * Backs {@code /admin/reference/years.xhtml}: the academic years, and the next one to add, its
 * label and dates already filled in from the last year (the administrator checks and confirms).
 */
@Named
@ViewScoped
public class AcademicYearsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private ReferenceMaintenance maintenance;
    @Inject private ReferenceData reference;
    @Inject private ActingUser currentUser;

    private transient List<AcademicYear> years;
    private AcademicYearForm form;

    @PostConstruct
    void prepare() {
        form = maintenance.nextAcademicYear();
    }

    public List<AcademicYear> getYears() {
        if (years == null) {
            years = reference.academicYears();
        }
        return years;
    }

    public String add() {
        return PageAction.run("year", () -> {
            AcademicYear added = maintenance.addAcademicYear(form, currentUser.get());
            Messages.info("reference.year.added", added.getCode());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/reference/years?faces-redirect=true";
        });
    }

    public AcademicYearForm getForm() { return form; }
}
