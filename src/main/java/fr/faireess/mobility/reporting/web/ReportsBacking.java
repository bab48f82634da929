package fr.faireess.mobility.reporting.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.reporting.ReportingService;
import fr.faireess.mobility.reporting.ReportingService.Report;

/**
 * Backs {@code /coordinator/reports/index.xhtml}: the call-year choice ({@code ?year=}, bookmarkable),
 * a preview of the Beneficiary Module rows and the two download links.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private ReportingService reporting;
    @Inject private CurrentUser currentUser;

    private Integer year;
    private transient List<Integer> years;
    private transient Report report;

    public void load() {
        if (year == null) {
            year = reporting.defaultCallYear().orElse(null);
        }
    }

    /** Shows the chosen year (a GET, so the address can be bookmarked). */
    public String show() {
        return "/coordinator/reports/index?faces-redirect=true&year=" + (year == null ? "" : year);
    }

    public List<Integer> getYears() {
        if (years == null) {
            years = reporting.callYears();
        }
        return years;
    }

    public Report report() {
        if (report == null && year != null) {
            report = reporting.preview(year, currentUser.get());
        }
        return report;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
}
