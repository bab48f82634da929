package fr.faireess.mobility.module.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.module.AttendanceRow;
import fr.faireess.mobility.module.AttendanceStatus;
import fr.faireess.mobility.module.ModuleSession;
import fr.faireess.mobility.module.ModuleSessionService;
import fr.faireess.mobility.platform.error.NotFoundException;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;

/**
 * Backs {@code /trainer/module/attendance.xhtml?session=…}: the whole cohort on one page, one mark
 * per row, an "all present" shortcut, and one save for the grid.
 */
@Named
@ViewScoped
public class ModuleAttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "attendance";

    @Inject private ModuleSessionService sessions;
    @Inject private CurrentUser currentUser;

    private Long sessionId;
    private ModuleSession session;
    private List<AttendanceRow> rows;
    private boolean editable;

    public void load() {
        if (rows != null) {
            return;
        }
        if (sessionId == null) {
            throw new NotFoundException();
        }
        reload();
    }

    private void reload() {
        session = sessions.find(sessionId, currentUser.get()).orElseThrow(NotFoundException::new);
        editable = session.editableBy(currentUser.get());
        rows = sessions.attendanceGrid(sessionId, currentUser.get());
    }

    /** Marks every row present; nothing is saved until the trainer saves the grid. */
    public void allPresent() {
        rows.forEach(r -> r.setStatus(AttendanceStatus.PRESENT));
    }

    public void save() {
        Map<Long, AttendanceStatus> marks = new LinkedHashMap<>();
        rows.forEach(r -> marks.put(r.getStudentId(), r.getStatus()));
        PageAction.attempt(FORM, () -> {
            int saved = sessions.recordAttendance(sessionId, session.getVersion(), marks, currentUser.get());
            reload();
            Messages.info("module.attendance.saved", saved);
        });
    }

    public long count(AttendanceStatus status) {
        return rows.stream().filter(r -> r.getStatus() == status).count();
    }

    public Long getSessionId() { return sessionId; }
    public void setSessionId(Long sessionId) { this.sessionId = sessionId; }
    public ModuleSession getSession() { return session; }
    public List<AttendanceRow> getRows() { return rows; }
    public boolean isEditable() { return editable; }
}
