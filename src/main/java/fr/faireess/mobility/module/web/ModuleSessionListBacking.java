package fr.faireess.mobility.module.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.module.ModuleSession;
import fr.faireess.mobility.module.ModuleSessionService;
import fr.faireess.mobility.module.SessionCriteria;

/**
 * Backs {@code /trainer/module/sessions.xhtml}: sessions paged in the database, filtered by view
 * parameters ({@code ?year=…&campus=…&mine=true&toRecord=true}); the exports take the same filters.
 */
@Named
@ViewScoped
public class ModuleSessionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private ModuleSessionService sessions;
    @Inject private CurrentUser currentUser;

    private String year;
    private String campus;
    private boolean mine;
    private boolean toRecord;

    private final LazyDataModel<ModuleSession> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) sessions.count(criteria(), currentUser.get());
        }

        @Override
        public List<ModuleSession> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return sessions.search(criteria(), first, pageSize, currentUser.get());
        }

        @Override
        public String getRowKey(ModuleSession session) {
            return String.valueOf(session.getId());
        }
    };

    public void load() {
        if (year == null) {
            year = sessions.currentAcademicYear();
        }
    }

    SessionCriteria criteria() {
        return new SessionCriteria(year, campus, mine ? currentUser.get().getId() : null, toRecord ? sessions.now() : null);
    }

    public String filter() {
        return "/trainer/module/sessions?faces-redirect=true&includeViewParams=true";
    }

    /** Query string of the exports: the list's own filters. */
    public String getExportQuery() {
        return "year=" + enc(year) + "&campus=" + enc(campus) + "&mine=" + mine + "&toRecord=" + toRecord;
    }

    private static String enc(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public LazyDataModel<ModuleSession> getRows() { return rows; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getCampus() { return campus; }
    public void setCampus(String campus) { this.campus = campus; }
    public boolean isMine() { return mine; }
    public void setMine(boolean mine) { this.mine = mine; }
    public boolean isToRecord() { return toRecord; }
    public void setToRecord(boolean toRecord) { this.toRecord = toRecord; }
}
