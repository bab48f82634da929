package fr.faireess.mobility.module.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.module.ModuleRequirement;
import fr.faireess.mobility.module.ModuleSessionService;
import fr.faireess.mobility.module.ModuleSetupService;
import fr.faireess.mobility.module.RequirementForm;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;

/**
 * Backs the module setup page, {@code /admin/module/requirements.xhtml} and
 * {@code /coordinator/module/requirements.xhtml} (one fragment, two guarded areas): the requirements
 * of an academic year, and the form of one cohort ({@code ?year=…&campus=…&programme=…&studyYear=…},
 * loaded with its version when it already has one). A coordinator sees and sets their own campus.
 */
@Named
@ViewScoped
public class ModuleRequirementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "requirement";

    @Inject private ModuleSetupService setup;
    @Inject private ModuleSessionService sessions;
    @Inject private CurrentUser currentUser;

    private String year;
    private String campus;
    private String programme;
    private Integer studyYear;
    private RequirementForm form;
    private List<ModuleRequirement> requirements;

    public void load() {
        if (form != null) {
            return;
        }
        if (year == null) {
            year = sessions.currentAcademicYear();
        }
        Account me = currentUser.get();
        if (!me.hasRole(Role.ADMIN) && me.getCampus() != null) {
            campus = me.getCampus().getCode();
        }
        form = new RequirementForm();
        form.setAcademicYearCode(year);
        form.setCampusCode(campus);
        form.setProgrammeCode(programme);
        form.setStudyYear(studyYear == null ? 1 : studyYear);
        if (campus != null && programme != null) {
            setup.requirement(year, campus, programme, form.getStudyYear()).map(RequirementForm::of).ifPresent(f -> form = f);
        }
        requirements = setup.requirements(year, isAdmin() ? null : campus);
    }

    public void save() {
        PageAction.attempt(FORM, () -> {
            ModuleRequirement saved = setup.save(form, currentUser.get());
            form = RequirementForm.of(saved);
            requirements = setup.requirements(year, isAdmin() ? null : campus);
            Messages.info("module.requirement.saved");
        });
    }

    public boolean isAdmin() {
        return currentUser.get().hasRole(Role.ADMIN);
    }

    /** The page's own path, so the shared fragment links back to the area it is shown in. */
    public String getPage() {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId.startsWith("/admin/") ? "/admin/module/requirements" : "/coordinator/module/requirements";
    }

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getCampus() { return campus; }
    public void setCampus(String campus) { this.campus = campus; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
    public Integer getStudyYear() { return studyYear; }
    public void setStudyYear(Integer studyYear) { this.studyYear = studyYear; }
    public RequirementForm getForm() { return form; }
    public List<ModuleRequirement> getRequirements() { return requirements; }
}
