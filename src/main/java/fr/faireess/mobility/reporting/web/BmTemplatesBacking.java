package fr.faireess.mobility.reporting.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.platform.config.SchoolClock;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.reporting.BmTemplateService;
import fr.faireess.mobility.reporting.BmTemplateService.TemplateInfo;
import fr.faireess.mobility.reporting.ReportingService;

/**
 * Backs {@code /admin/reports/templates.xhtml}: the BM template of each call year (upload, replace,
 * remove) and the columns each leaves empty.
 */
@Named
@ViewScoped
public class BmTemplatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "upload";

    @Inject private BmTemplateService templates;
    @Inject private ReportingService reporting;
    @Inject private CurrentUser currentUser;
    @Inject private SchoolClock schoolClock;

    private Integer year;
    private transient UploadedFile file;
    private transient List<TemplateInfo> all;
    private transient List<Integer> years;

    public void upload() {
        if (year == null) {
            Messages.fieldError(FORM + ":year", "report.template.noYear");
            return;
        }
        if (file == null || file.getSize() == 0) {
            Messages.fieldError(FORM + ":file", "report.template.empty");
            return;
        }
        try {
            TemplateInfo info = templates.upload(year, file.getFileName(), file.getContent(), currentUser.get());
            Messages.info("report.template.uploaded", String.valueOf(info.callYear()), info.columns(), info.unknownHeaders().size());
            all = null;
        } catch (BusinessException e) {
            Messages.fieldError(FORM + ":file", e.messageKey(), e.arguments());
        }
    }

    public void remove(int callYear) {
        templates.remove(callYear, currentUser.get());
        Messages.info("report.template.removed", String.valueOf(callYear));
        all = null;
    }

    public List<TemplateInfo> getAll() {
        if (all == null) {
            all = templates.all(currentUser.get());
        }
        return all;
    }

    /** The call years with calls or a rate table, and the next one (a template may come first). */
    public List<Integer> getYears() {
        if (years == null) {
            List<Integer> known = reporting.callYears();
            int next = known.isEmpty() ? schoolClock.today().getYear() : known.get(0) + 1;
            years = java.util.stream.Stream.concat(java.util.stream.Stream.of(next), known.stream()).toList();
        }
        return years;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
}
