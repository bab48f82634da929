package fr.faireess.mobility.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.grant.GrantRateTable;
import fr.faireess.mobility.platform.mail.MailState;
import fr.faireess.mobility.privacy.PurgeRun;

/**
 * An administrator's to-do list: e-mails the outbox holds or gave up on, a last purge run that
 * failed on some records, and rate tables still open for a call year whose project has started.
 */
@ApplicationScoped
class AdminTodo {

    @PersistenceContext
    private EntityManager em;

    List<TodoItem> of(LocalDate today) {
        List<Optional<TodoItem>> items = new ArrayList<>();
        long held = em.createQuery("select count(m) from OutgoingMail m where m.state in :unsent", Long.class)
                .setParameter("unsent", List.of(MailState.HELD, MailState.FAILED)).getSingleResult();
        items.add(TodoRules.item(TodoKind.HELD_MAILS, held, "/admin/outbox"));
        items.add(em.createQuery("select r from PurgeRun r order by r.finishedAt desc, r.id desc", PurgeRun.class)
                .setMaxResults(1).getResultStream().findFirst()
                .flatMap(r -> TodoRules.item(TodoKind.PURGE_TO_REVIEW, r.getFailures(), "/admin/privacy")));
        List<GrantRateTable> open = em.createQuery("""
                        select t from GrantRateTable t where t.lockedAt is null and t.callYear <= :year
                        order by t.callYear""", GrantRateTable.class)
                .setParameter("year", TodoRules.latestCallYearUnderWay(today)).getResultList();
        items.add(TodoRules.item(TodoKind.RATE_TABLES_TO_LOCK, open.size(), "/admin/grants/list")
                .map(i -> i.withTargets(open.stream()
                        .map(t -> new TodoTarget(String.valueOf(t.getCallYear()), "/admin/grants/edit", "id", t.getId()))
                        .toList())));
        return items.stream().flatMap(Optional::stream).toList();
    }
}
