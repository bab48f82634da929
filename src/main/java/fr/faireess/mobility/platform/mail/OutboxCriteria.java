package fr.faireess.mobility.platform.mail;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** Filters of the outbox list (state, part of the recipient's address), shared by the count and the page. */
public record OutboxCriteria(MailState state, String recipient) implements Serializable {

    public static final OutboxCriteria ALL = new OutboxCriteria(null, null);

    <T> TypedQuery<T> apply(EntityManager em, String select, Class<T> type, String orderBy) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (state != null) {
            where.add("m.state = :state");
            params.put("state", state);
        }
        if (recipient != null && !recipient.isBlank()) {
            // Recipients are stored in lower case, so the column is compared as it is.
            where.add("m.recipient like :recipient escape '!'");
            params.put("recipient", "%" + escapeLike(recipient.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + orderBy;
        TypedQuery<T> query = em.createQuery(jpql, type);
        params.forEach(query::setParameter);
        return query;
    }

    /** '!' rather than a backslash as the escape character: MySQL would read a backslash as its own escape. */
    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
