package fr.faireess.mobility.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import fr.faireess.mobility.identity.CampusScope;

/** Filters and order of the coordinator's review list; one where-clause for the count and the page. */
public record ApplicationCriteria(Long callId, String campus, String programme, Integer studyYear,
                                  ApplicationStatus status, String country, Sort sort) implements Serializable {

    public enum Sort { SUBMITTED, SCORE, NAME }

    /** {@code scope}: the campuses the coordinator sees; the filters narrow it further, never widen it. */
    <T> TypedQuery<T> apply(EntityManager em, String select, Class<T> type, boolean ordered, CampusScope scope) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        // Drafts are the student's own business until submitted.
        where.add("a.status <> fr.faireess.mobility.application.ApplicationStatus.DRAFT");
        scope.condition("s.campus.code").ifPresent(where::add);
        if (scope.needsParameter()) {
            params.put(CampusScope.PARAMETER, scope.campuses());
        }
        if (callId != null) {
            where.add("a.call.id = :call");
            params.put("call", callId);
        }
        if (campus != null && !campus.isBlank()) {
            where.add("s.campus.code = :campus");
            params.put("campus", campus);
        }
        if (programme != null && !programme.isBlank()) {
            where.add("s.programme.code = :programme");
            params.put("programme", programme);
        }
        if (studyYear != null) {
            where.add("s.studyYear = :year");
            params.put("year", studyYear);
        }
        if (status != null) {
            where.add("a.status = :status");
            params.put("status", status);
        }
        if (country != null && !country.isBlank()) {
            where.add("a.firstCountryCode = :country");
            params.put("country", country);
        }
        String order = !ordered ? "" : switch (sort == null ? Sort.SUBMITTED : sort) {
            case SCORE -> " order by a.score desc, a.submittedAt, a.id";
            case NAME -> " order by s.lastName, s.firstName, a.id";
            case SUBMITTED -> " order by a.submittedAt desc, a.id desc";
        };
        TypedQuery<T> query = em.createQuery(select + " where " + String.join(" and ", where) + order, type);
        params.forEach(query::setParameter);
        return query;
    }
}
