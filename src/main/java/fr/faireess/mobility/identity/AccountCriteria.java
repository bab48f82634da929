package fr.faireess.mobility.identity;

import fr.faireess.mobility.platform.security.Role;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** Filters of the account list; turned into one JPQL where-clause shared by the count and the page. */
public record AccountCriteria(String text, Role role, String campusCode, Boolean enabled) implements Serializable {

    public static final AccountCriteria ALL = new AccountCriteria(null, null, null, null);

    <T> TypedQuery<T> apply(EntityManager em, String select, Class<T> type, String orderBy) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            where.add("(lower(a.email) like :text or lower(a.lastName) like :text or lower(a.firstName) like :text)");
            params.put("text", "%" + escapeLike(text.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (role != null) {
            where.add(":role member of a.roles");
            params.put("role", role);
        }
        if (campusCode != null && !campusCode.isBlank()) {
            where.add("a.campus.code = :campus");
            params.put("campus", campusCode);
        }
        if (enabled != null) {
            where.add("a.enabled = :enabled");
            params.put("enabled", enabled);
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + orderBy;
        TypedQuery<T> query = em.createQuery(jpql, type);
        params.forEach(query::setParameter);
        return query;
    }

    private static String escapeLike(String value) {
        return value.replace("%", "").replace("_", "");
    }
}
