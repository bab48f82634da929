package fr.faireess.mobility.module.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.module.CohortMember;
import fr.faireess.mobility.module.CohortRate;
import fr.faireess.mobility.module.ModuleCompletion;
import fr.faireess.mobility.module.ModuleRequirement;
import fr.faireess.mobility.module.ModuleSessionService;

/**
 * Backs {@code /trainer/module/cohorts.xhtml}: the cohorts of an academic year ({@code ?year=}) with
 * their completion, and the table of one of them ({@code &requirement=id}).
 */
@Named
@ViewScoped
public class ModuleCohortBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private ModuleCompletion completion;
    @Inject private ModuleSessionService sessions;

    private String year;
    private Long requirement;
    private List<CohortRate> rates;
    private ModuleRequirement selected;
    private List<CohortMember> members;

    public void load() {
        if (rates != null) {
            return;
        }
        if (year == null) {
            year = sessions.currentAcademicYear();
        }
        rates = completion.completionRates(year, null);
        selected = rates.stream().map(CohortRate::requirement).filter(r -> r.getId().equals(requirement)).findFirst().orElse(null);
        members = selected == null ? List.of() : completion.cohortTable(selected);
    }

    public String filter() {
        return "/trainer/module/cohorts?faces-redirect=true&includeViewParams=true";
    }

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public Long getRequirement() { return requirement; }
    public void setRequirement(Long requirement) { this.requirement = requirement; }
    public List<CohortRate> getRates() { return rates; }
    public ModuleRequirement getSelected() { return selected; }
    public List<CohortMember> getMembers() { return members; }
}
