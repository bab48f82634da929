package fr.faireess.mobility.reporting.web;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.grant.GrantBeneficiaries;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.reporting.BmTemplateService;
import fr.faireess.mobility.reporting.BmTemplateService.TemplateInfo;
import fr.faireess.mobility.reporting.ReportingService;
import fr.faireess.mobility.reporting.ReportingService.Report;

/**
 * Backs {@code /coordinator/reports/index.xhtml}: the call-year and beneficiary choice ({@code ?year=&beneficiary=}, bookmarkable),
 * a preview of the Beneficiary Module rows, the year's BM template (and the columns it leaves empty)
 * and the two download links.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private ReportingService reporting;
    @Inject private CurrentUser currentUser;
    @Inject private BmTemplateService templates;

    private Integer year;
    private Long beneficiary;
    private transient List<Integer> years;
    private transient List<GrantBeneficiaries.Ref> beneficiaries;
    private transient Report report;
    private transient Optional<TemplateInfo> template;

    /** The choice "every placement of the year" ({@code beneficiary=0}): an overview, not a file the BM imports. */
    public static final long EVERY_BENEFICIARY = 0L;

    public void load() {
        if (year == null) {
            year = reporting.defaultCallYear().orElse(null);
        }
        // One file per beneficiary: the year's first unless one (or all of them) is chosen, or none pays that year.
        boolean known = beneficiary != null && (beneficiary == EVERY_BENEFICIARY && !getBeneficiaries().isEmpty()
                || getBeneficiaries().stream().anyMatch(b -> b.id() == beneficiary));
        if (year != null && !known) {
            beneficiary = getBeneficiaries().isEmpty() ? null : getBeneficiaries().get(0).id();
        }
    }

    /** Whether the page shows every placement of the year rather than one beneficiary's file. */
    public boolean isEveryBeneficiary() {
        return beneficiary == null || beneficiary == EVERY_BENEFICIARY;
    }

    /** Shows the chosen year and beneficiary (a GET, so the address can be bookmarked). */
    public String show() {
        return "/coordinator/reports/index?faces-redirect=true&year=" + (year == null ? "" : year)
                + (beneficiary == null ? "" : "&beneficiary=" + beneficiary);
    }

    /** The year's beneficiaries paying for a campus the coordinator sees: one BM file each. */
    public List<GrantBeneficiaries.Ref> getBeneficiaries() {
        if (beneficiaries == null) {
            beneficiaries = year == null ? List.of() : reporting.beneficiaries(year, currentUser.get());
        }
        return beneficiaries;
    }

    public List<Integer> getYears() {
        if (years == null) {
            years = reporting.callYears();
        }
        return years;
    }

    public Report report() {
        if (report == null && year != null) {
            report = reporting.preview(year, isEveryBeneficiary() ? null : beneficiary, currentUser.get());
        }
        return report;
    }

    /** The year's uploaded BM template, or null: the download then follows the default layout. */
    public TemplateInfo template() {
        if (template == null && year != null) {
            template = templates.info(year, currentUser.get());
        }
        return template == null ? null : template.orElse(null);
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Long getBeneficiary() { return beneficiary; }
    public void setBeneficiary(Long beneficiary) { this.beneficiary = beneficiary; }
}
