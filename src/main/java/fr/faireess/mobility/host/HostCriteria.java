package fr.faireess.mobility.host;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Filters of the host lists; turned into one JPQL where-clause shared by the count and the page.
 * The text is compared with the name and city keys, so "lleida" finds "Lleida" and "generalitat"
 * finds "Généralitat".
 *
 * @param active null for both; ignored for students, who only ever see active organisations
 */
public record HostCriteria(String text, String countryCode, HostType type, String theme, PartnerNetwork network,
                           String language, Boolean active) implements Serializable {

    public static final HostCriteria ALL = new HostCriteria(null, null, null, null, null, null, null);

    <T> TypedQuery<T> apply(EntityManager em, String select, Class<T> resultType, String orderBy, boolean staff) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        String key = HostDuplicateRule.key(text);
        if (!key.isEmpty()) {
            where.add("(h.nameKey like :text or h.cityKey like :text)");
            params.put("text", "%" + key + "%");
        }
        if (countryCode != null && !countryCode.isBlank()) {
            where.add("h.country.code = :country");
            params.put("country", countryCode);
        }
        if (type != null) {
            where.add("h.type = :type");
            params.put("type", type);
        }
        if (theme != null && !theme.isBlank()) {
            where.add(":theme member of h.themes");
            params.put("theme", theme.trim().toLowerCase(Locale.ROOT));
        }
        if (network != null) {
            where.add(":network member of h.networks");
            params.put("network", network);
        }
        if (language != null && !language.isBlank()) {
            where.add(":language member of h.languages");
            params.put("language", language.trim().toLowerCase(Locale.ROOT));
        }
        Boolean activeOnly = staff ? active : Boolean.TRUE;
        if (activeOnly != null) {
            where.add("h.active = :active");
            params.put("active", activeOnly);
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + orderBy;
        TypedQuery<T> query = em.createQuery(jpql, resultType);
        params.forEach(query::setParameter);
        return query;
    }
}
