package fr.faireess.mobility.reference.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.CampusForm;
import fr.faireess.mobility.reference.CampusRule;
import fr.faireess.mobility.reference.ReferenceMaintenance;

/**
 * Backs {@code /admin/reference/campus.xhtml?code=PERPIGNAN}: what the campus declares as sending
 * institution on Learning Agreements and in the Beneficiary Module file, and who changed it when.
 */
@Named
@ViewScoped
public class CampusEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "campus";

    @Inject private ReferenceMaintenance reference;
    @Inject private CurrentUser currentUser;

    private String code;
    private transient Campus campus;
    private transient List<AuditEntry> history;
    private CampusForm form;

    /** A code that names no campus answers a plain 404 (the French error page), like an unknown page. */
    public void load() throws IOException {
        try {
            if (form == null) {
                form = CampusForm.of(campus());
            }
        } catch (NotFoundException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    public Campus campus() {
        if (campus == null) {
            campus = reference.campus(code).orElseThrow(NotFoundException::new);
        }
        return campus;
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = reference.history(ReferenceMaintenance.CAMPUS, campus().getCode());
        }
        return history;
    }

    public String save() {
        try {
            boolean changed = reference.correctCampus(code, form, currentUser.get());
            Messages.info(changed ? "reference.campus.saved" : "reference.unchanged", campus().getName());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/reference/campus?faces-redirect=true&code=" + campus().getCode();
        } catch (BusinessException e) {
            Messages.show(e, FORM);
            return null;
        }
    }

    public int getErasmusCodeMax() { return CampusRule.ERASMUS_CODE_MAX; }
    public int getDepartmentMax() { return CampusRule.DEPARTMENT_MAX; }
    public int getAddressMax() { return CampusRule.ADDRESS_MAX; }
    public int getPhoneMax() { return CampusRule.PHONE_MAX; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public CampusForm getForm() { return form; }
}
