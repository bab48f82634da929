package fr.faireess.mobility.module;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import fr.faireess.mobility.identity.CampusScope;

/**
 * Filters of the session list (all optional); one where-clause shared by the count, the page and the
 * exports. {@code heldBeforeWithoutAttendance}: only sessions that took place before that moment and
 * whose attendance was never saved.
 */
public record SessionCriteria(String academicYear, String campusCode, Long trainerId, LocalDateTime heldBeforeWithoutAttendance)
        implements Serializable {

    public SessionCriteria(String academicYear, String campusCode, Long trainerId) {
        this(academicYear, campusCode, trainerId, null);
    }

    /** The query within {@code scope}: sessions of the campuses the viewer sees, whatever the filters ask. */
    <T> TypedQuery<T> apply(EntityManager em, String select, Class<T> type, String orderBy, CampusScope scope) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        scope.condition("s.campus.code").ifPresent(where::add);
        if (scope.needsParameter()) {
            params.put(CampusScope.PARAMETER, scope.campuses());
        }
        if (academicYear != null && !academicYear.isBlank()) {
            where.add("s.academicYear.code = :year");
            params.put("year", academicYear);
        }
        if (campusCode != null && !campusCode.isBlank()) {
            where.add("s.campus.code = :campus");
            params.put("campus", campusCode);
        }
        if (trainerId != null) {
            where.add("s.trainer.id = :trainer");
            params.put("trainer", trainerId);
        }
        if (heldBeforeWithoutAttendance != null) {
            where.add("s.startsAt < :heldBefore and s.attendanceRecordedAt is null");
            params.put("heldBefore", heldBeforeWithoutAttendance);
        }
        TypedQuery<T> query = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + orderBy, type);
        params.forEach(query::setParameter);
        return query;
    }
}
