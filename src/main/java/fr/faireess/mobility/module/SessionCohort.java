package fr.faireess.mobility.module;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One cohort a session is for, on the session's campus: a programme and a study year. Written as
 * {@code ASS-1} in forms and exports.
 */
@Embeddable
public class SessionCohort implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "programme_code", length = 10, nullable = false)
    private String programmeCode;

    @Column(name = "study_year", nullable = false)
    private int studyYear;

    protected SessionCohort() {
    }

    public SessionCohort(String programmeCode, int studyYear) {
        this.programmeCode = Objects.requireNonNull(programmeCode);
        this.studyYear = studyYear;
    }

    /** Parses {@code ASS-1}; null if the text is not of that shape. */
    public static SessionCohort parse(String code) {
        if (code == null || !code.matches("[A-Z]{1,10}-[1-3]")) {
            return null;
        }
        int dash = code.lastIndexOf('-');
        return new SessionCohort(code.substring(0, dash), Integer.parseInt(code.substring(dash + 1)));
    }

    public String getProgrammeCode() { return programmeCode; }
    public int getStudyYear() { return studyYear; }

    public String code() {
        return programmeCode + "-" + studyYear;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionCohort other && programmeCode.equals(other.programmeCode) && studyYear == other.studyYear;
    }

    @Override
    public int hashCode() {
        return Objects.hash(programmeCode, studyYear);
    }

    @Override
    public String toString() {
        return code();
    }
}
