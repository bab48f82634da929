package fr.faireess.mobility.module;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fr.faireess.mobility.identity.Account;

/** One student's attendance at one session; replaced as a whole grid when the trainer saves. */
@Entity
@Table(name = "module_attendance")
public class Attendance implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private ModuleSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "student_id")
    private Account student;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance_status", nullable = false, length = 10)
    private AttendanceStatus status;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by_id")
    private Long recordedById;

    protected Attendance() {
    }

    Attendance(ModuleSession session, Account student) {
        this.session = session;
        this.student = student;
    }

    void mark(AttendanceStatus status, Instant at, Long byId) {
        this.status = status;
        this.recordedAt = at;
        this.recordedById = byId;
    }

    public Long getId() { return id; }
    public ModuleSession getSession() { return session; }
    public Account getStudent() { return student; }
    public AttendanceStatus getStatus() { return status; }
    public Instant getRecordedAt() { return recordedAt; }
}
