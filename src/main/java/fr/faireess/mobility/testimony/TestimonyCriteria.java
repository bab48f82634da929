package fr.faireess.mobility.testimony;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import fr.faireess.mobility.identity.CampusScope;

/**
 * Filters of testimony lists; one where-clause for the count and the page. {@code publicOnly}: the
 * showcase (published, with every consent still valid); otherwise the coordinator's list
 * (everything but drafts).
 */
public record TestimonyCriteria(boolean publicOnly, TestimonyStatus status, String country, String programme,
                                Integer year, TestimonyType type) implements Serializable {

    public static TestimonyCriteria showcase(String country, String programme, Integer year, TestimonyType type) {
        return new TestimonyCriteria(true, null, country, programme, year, type);
    }

    public static TestimonyCriteria moderation(TestimonyStatus status, String programme, TestimonyType type) {
        return new TestimonyCriteria(false, status, null, programme, null, type);
    }

    /** @param today the day in Paris: the showcase hides testimonies whose consent period has ended */
    <T> TypedQuery<T> apply(EntityManager em, String select, Class<T> resultType, String order, LocalDate today) {
        return apply(em, select, resultType, order, today, CampusScope.all());
    }

    /** @param scope the campuses the coordinator sees: a testimony belongs to its author's (the owner's) campus */
    <T> TypedQuery<T> apply(EntityManager em, String select, Class<T> resultType, String order, LocalDate today,
                            CampusScope scope) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        scope.condition("t.student.campus.code").ifPresent(where::add);
        if (scope.needsParameter()) {
            params.put(CampusScope.PARAMETER, scope.campuses());
        }
        if (publicOnly) {
            where.add(Showcase.SHOWN);
            params.put("today", today);
        } else {
            where.add("t.status <> fr.faireess.mobility.testimony.TestimonyStatus.DRAFT");
            if (status != null) {
                where.add("t.status = :status");
                params.put("status", status);
            }
        }
        if (country != null && !country.isBlank()) {
            where.add("t.countryCode = :country");
            params.put("country", country);
        }
        if (programme != null && !programme.isBlank()) {
            where.add("t.programmeCode = :programme");
            params.put("programme", programme);
        }
        if (year != null) {
            where.add("t.mobilityYear = :year");
            params.put("year", year);
        }
        if (type != null) {
            where.add("t.type = :type");
            params.put("type", type);
        }
        TypedQuery<T> query = em.createQuery(select + " where " + String.join(" and ", where) + order, resultType);
        params.forEach(query::setParameter);
        return query;
    }
}
