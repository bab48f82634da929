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
import fr.faireess.mobility.reference.Country;
import fr.faireess.mobility.reference.CountryForm;
import fr.faireess.mobility.reference.CountryGroupYear;
import fr.faireess.mobility.reference.CountryGroups;
import fr.faireess.mobility.reference.ErasmusGroup;
import fr.faireess.mobility.reference.ReferenceMaintenance;

/**
 * Backs {@code /admin/reference/country.xhtml?code=XX}: one country's Erasmus+ group and EEA flag,
 * and who changed them when. The form remembers the version it was loaded from, so a save over
 * another administrator's change is refused instead of overwriting it.
 */
@Named
@ViewScoped
public class CountryEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "country";

    @Inject private ReferenceMaintenance reference;
    @Inject private ActingUser currentUser;
    @Inject private CountryGroups countryGroups;

    private String code;
    private transient Country country;
    private transient List<AuditEntry> history;
    private CountryForm form;
    private transient List<CountryGroupYear> years;
    /** The per-call-year correction: a call year, its group, and the version of the row it was loaded from. */
    private Integer yearToSet;
    private ErasmusGroup yearGroup;

    /** A code that names no country answers a plain 404 (the French error page), like an unknown page. */
    public void load() throws IOException {
        try {
            if (form == null) {
                form = CountryForm.of(country());
            }
        } catch (NotFoundException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, null);
            context.responseComplete();
        }
    }

    public Country country() {
        if (country == null) {
            country = reference.country(code).orElseThrow(NotFoundException::new);
        }
        return country;
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = reference.history(ReferenceMaintenance.COUNTRY, country().getCode());
        }
        return history;
    }

    public String save() {
        return PageAction.run(FORM, () -> {
            boolean changed = reference.changeCountry(code, form, currentUser.get());
            FacesContext faces = FacesContext.getCurrentInstance();
            Messages.info(changed ? "reference.country.saved" : "reference.unchanged", country().name(faces.getViewRoot().getLocale()));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/reference/country?faces-redirect=true&code=" + country().getCode();
        });
    }

    /** The groups the table holds for this country, one row per call year. */
    public List<CountryGroupYear> getYears() {
        if (years == null) {
            years = countryGroups.years(country().getCode());
        }
        return years;
    }

    /** Sets the country's group in the chosen call year (the row's version is read now: a concurrent change shows). */
    public String saveYear() {
        long version = getYears().stream().filter(y -> yearToSet != null && y.getCallYear() == yearToSet)
                .mapToLong(CountryGroupYear::getVersion).findFirst().orElse(-1);
        return PageAction.run("countryYear", () -> {
            boolean changed = reference.changeCountryGroup(code, yearToSet, yearGroup, version, currentUser.get());
            FacesContext faces = FacesContext.getCurrentInstance();
            Messages.info(changed ? "reference.countryYear.saved" : "reference.unchanged",
                    country().name(faces.getViewRoot().getLocale()), String.valueOf(yearToSet));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/admin/reference/country?faces-redirect=true&code=" + country().getCode();
        });
    }

    /**
     * An audited classification ({@code GROUP_2 EEA}, {@code INTERNATIONAL non-EEA}) in the reader's
     * words; anything else as recorded.
     */
    public String describe(String classification) {
        if (classification == null) {
            return "";
        }
        String[] parts = classification.split(" ");
        try {
            ErasmusGroup group = ErasmusGroup.valueOf(parts[0]);
            if (parts.length > 1 && parts[1].matches("\\d{4}")) {
                return Messages.text("reference.countryYear.described", Messages.text("grant.group." + group.name()), parts[1]);
            }
            String eea = parts.length > 1 && parts[1].equals("EEA") ? "reference.eea.yes" : "reference.eea.no";
            return Messages.text("grant.group." + group.name()) + " · " + Messages.text(eea);
        } catch (IllegalArgumentException e) {
            return classification;
        }
    }

    public ErasmusGroup[] getGroups() { return ErasmusGroup.values(); }
    public Integer getYearToSet() { return yearToSet; }
    public void setYearToSet(Integer yearToSet) { this.yearToSet = yearToSet; }
    public ErasmusGroup getYearGroup() { return yearGroup; }
    public void setYearGroup(ErasmusGroup yearGroup) { this.yearGroup = yearGroup; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public CountryForm getForm() { return form; }
}
