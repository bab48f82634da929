package fr.faireess.mobility.reference;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Filters of the administrators' country list: a text (the code, or part of the French or English
 * name), an Erasmus+ group, in or outside the EEA. One JPQL where-clause shared by the count and the page.
 */
public record CountryCriteria(String text, ErasmusGroup group, Boolean eea) implements Serializable {

    public static final CountryCriteria ALL = new CountryCriteria(null, null, null);

    <T> TypedQuery<T> apply(EntityManager em, String select, Class<T> type, String orderBy) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            String typed = text.strip();
            where.add("(c.code = :code or lower(c.nameFr) like :name or lower(c.nameEn) like :name)");
            params.put("code", typed.toUpperCase(Locale.ROOT));
            params.put("name", "%" + typed.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (group != null) {
            where.add("c.erasmusGroup = :group");
            params.put("group", group);
        }
        if (eea != null) {
            where.add("c.eea = :eea");
            params.put("eea", eea);
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + orderBy;
        TypedQuery<T> query = em.createQuery(jpql, type);
        params.forEach(query::setParameter);
        return query;
    }
}
