package fr.faireess.mobility.module;

import java.util.Map;

import fr.faireess.mobility.platform.error.BusinessException;

/**
 * The attendance grid a trainer saves in one go: one mark for every student of the session's
 * cohorts, and none for anyone else.
 */
public final class AttendanceGrid {

    private AttendanceGrid() {
    }

    /**
     * @param cohort the session's students: id → display name
     * @param marks  what the grid says: student id → status (null when the row was left unmarked)
     */
    public static void check(Map<Long, String> cohort, Map<Long, AttendanceStatus> marks) {
        for (Long studentId : marks.keySet()) {
            if (!cohort.containsKey(studentId)) {
                throw new BusinessException("grid", "module.attendance.notInCohort", studentId);
            }
        }
        for (Map.Entry<Long, String> student : cohort.entrySet()) {
            if (marks.get(student.getKey()) == null) {
                throw new BusinessException("grid", "module.attendance.missingMark", student.getValue());
            }
        }
    }
}
