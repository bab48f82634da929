package fr.faireess.mobility.reference.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.platform.security.ActingUser;
import fr.faireess.mobility.platform.audit.AuditEntry;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;
import fr.faireess.mobility.reference.Programme;
import fr.faireess.mobility.reference.ProgrammeForm;
import fr.faireess.mobility.reference.ProgrammeRule;
import fr.faireess.mobility.reference.ReferenceMaintenance;

/**
 * Backs {@code /admin/reference/programme.xhtml?code=ASS}: a programme's ISCED-F code and diploma
 * names (as the Beneficiary Module export and the agreements print them), and who changed them when.
 */
@Named
@ViewScoped
public class ProgrammeEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "programme";

    @Inject private ReferenceMaintenance reference;
    @Inject private ActingUser currentUser;

    private String code;
    private transient Programme programme;
    private transient List<AuditEntry> history;
    private ProgrammeForm form;

    /** A code that names no programme answers a plain 404 (the French error page), like an unknown page. */
    public void load() throws IOException {
        try {
            if (form == null) {
                form = ProgrammeForm.of(programme());
            }
        } catch (NotFoundException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    public Programme programme() {
        if (programme == null) {
            programme = reference.programme(code).orElseThrow(NotFoundException::new);
        }
        return programme;
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = reference.history(ReferenceMaintenance.PROGRAMME, programme().getCode());
        }
        return history;
    }

    public String save() {
        return PageAction.run(FORM, () -> {
            boolean changed = reference.correctProgramme(code, form, currentUser.get());
            Messages.info(changed ? "reference.programme.saved" : "reference.unchanged", programme().getCode());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/reference/programme?faces-redirect=true&code=" + programme().getCode();
        });
    }

    public int getDiplomaMax() { return ProgrammeRule.DIPLOMA_MAX; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public ProgrammeForm getForm() { return form; }
}
