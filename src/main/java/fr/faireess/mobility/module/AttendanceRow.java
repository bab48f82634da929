package fr.faireess.mobility.module;

import java.io.Serializable;

/** One row of a session's attendance grid: a student of its cohorts and their mark, if any. */
public class AttendanceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long studentId;
    private final String lastName;
    private final String firstName;
    private final String cohort;
    private AttendanceStatus status;

    public AttendanceRow(long studentId, String lastName, String firstName, String cohort, AttendanceStatus status) {
        this.studentId = studentId;
        this.lastName = lastName;
        this.firstName = firstName;
        this.cohort = cohort;
        this.status = status;
    }

    public long getStudentId() { return studentId; }
    public String getLastName() { return lastName; }
    public String getFirstName() { return firstName; }
    public String getFullName() { return firstName + " " + lastName; }
    public String getCohort() { return cohort; }
    public AttendanceStatus getStatus() { return status; }
    public void setStatus(AttendanceStatus status) { this.status = status; }
}
