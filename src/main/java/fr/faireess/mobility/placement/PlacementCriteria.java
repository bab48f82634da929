package fr.faireess.mobility.placement;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import fr.faireess.mobility.identity.CampusScope;

/**
 * Filters of the coordinators' placement list, turned into one JPQL where-clause shared by the
 * count and the page: state, host country, host, the student's programme and campus, month of
 * departure (the actual start once the certificate is recorded, the planned one before).
 */
public record PlacementCriteria(PlacementState state, String countryCode, Long hostId, String programmeCode,
                                YearMonth departure, String campusCode) implements Serializable {

    public static final PlacementCriteria ALL = new PlacementCriteria(null, null, null, null, null, null);

    /**
     * {@code select} must name the placement {@code p}, its student {@code s} and its host {@code h};
     * {@code scope}: the campuses the coordinator sees, which the filters narrow, never widen.
     */
    <T> TypedQuery<T> apply(EntityManager em, String select, Class<T> type, String orderBy, CampusScope scope) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        scope.condition("s.campus.code").ifPresent(where::add);
        if (scope.needsParameter()) {
            params.put(CampusScope.PARAMETER, scope.campuses());
        }
        if (campusCode != null && !campusCode.isBlank()) {
            where.add("s.campus.code = :campus");
            params.put("campus", campusCode);
        }
        if (state != null) {
            where.add("p.state = :state");
            params.put("state", state);
        }
        if (countryCode != null && !countryCode.isBlank()) {
            where.add("h.country.code = :country");
            params.put("country", countryCode);
        }
        if (hostId != null) {
            where.add("h.id = :host");
            params.put("host", hostId);
        }
        if (programmeCode != null && !programmeCode.isBlank()) {
            where.add("s.programme.code = :programme");
            params.put("programme", programmeCode);
        }
        if (departure != null) {
            // Once certified, the actual start is the departure (as everywhere else).
            where.add("coalesce(p.actualStart, p.plannedStart) between :from and :to");
            params.put("from", departure.atDay(1));
            params.put("to", departure.atEndOfMonth());
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + orderBy;
        TypedQuery<T> query = em.createQuery(jpql, type);
        params.forEach(query::setParameter);
        return query;
    }
}
