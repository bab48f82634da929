package fr.faireess.mobility.module;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * What a trainer types to plan or edit a session. Field names are the form's component ids.
 * Arrays (not lists) for the multiple choices: Faces converts enum arrays without help.
 */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Blank guest rows offered on the form, after the existing guests. */
    public static final int BLANK_GUEST_ROWS = 3;

    private LocalDate date;
    private LocalTime time;
    private String campusCode;
    private String[] cohortCodes = new String[0];
    @Size(max = SessionFormCheck.MAX_TITLE, message = "{field.tooLong}")
    private String title;
    private SessionFormat format;
    private Movement[] movements = new Movement[0];
    private List<GuestForm> guests = new ArrayList<>();
    @Size(max = SessionFormCheck.MAX_NOTES, message = "{field.tooLong}")
    private String trainerNotes;
    private String materialUrl;
    /** The version the form was loaded from; null for a new session. */
    private Long version;

    public static SessionForm of(ModuleSession session) {
        SessionForm form = new SessionForm();
        form.date = session.getStartsAt().toLocalDate();
        form.time = session.getStartsAt().toLocalTime();
        form.campusCode = session.getCampus().getCode();
        form.cohortCodes = session.getCohorts().stream().map(SessionCohort::code).sorted().toArray(String[]::new);
        form.title = session.getTitle();
        form.format = session.getFormat();
        form.movements = session.getMovements().toArray(new Movement[0]);
        session.getGuests().forEach(g -> form.guests.add(GuestForm.of(g)));
        form.trainerNotes = session.getTrainerNotes();
        form.materialUrl = session.getMaterialUrl();
        form.version = session.getVersion();
        return form;
    }

    /** Adds blank rows so that guests can be added without a round trip per row. */
    public SessionForm withBlankGuestRows() {
        for (int i = 0; i < BLANK_GUEST_ROWS; i++) {
            guests.add(new GuestForm());
        }
        return this;
    }

    public List<GuestForm> filledGuests() {
        return guests.stream().filter(g -> !g.isBlank()).toList();
    }

    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public LocalTime getTime() { return time; }
    public void setTime(LocalTime time) { this.time = time; }
    public String getCampusCode() { return campusCode; }
    public void setCampusCode(String campusCode) { this.campusCode = campusCode == null || campusCode.isBlank() ? null : campusCode; }
    public String[] getCohortCodes() { return cohortCodes.clone(); }
    public void setCohortCodes(String[] cohortCodes) { this.cohortCodes = cohortCodes == null ? new String[0] : cohortCodes.clone(); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null || title.isBlank() ? null : title.strip(); }
    public SessionFormat getFormat() { return format; }
    public void setFormat(SessionFormat format) { this.format = format; }
    public Movement[] getMovements() { return movements.clone(); }
    public void setMovements(Movement[] movements) { this.movements = movements == null ? new Movement[0] : movements.clone(); }
    public List<GuestForm> getGuests() { return guests; }
    public void setGuests(List<GuestForm> guests) { this.guests = guests == null ? new ArrayList<>() : new ArrayList<>(guests); }
    public String getTrainerNotes() { return trainerNotes; }
    public void setTrainerNotes(String trainerNotes) { this.trainerNotes = trainerNotes == null || trainerNotes.isBlank() ? null : trainerNotes.strip(); }
    public String getMaterialUrl() { return materialUrl; }
    public void setMaterialUrl(String materialUrl) { this.materialUrl = materialUrl == null || materialUrl.isBlank() ? null : materialUrl.strip(); }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    @Override
    public String toString() {
        return date + " " + time + " " + campusCode + " " + Arrays.toString(cohortCodes) + " " + title;
    }
}
