package fr.faireess.mobility.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.error.NotFoundException;

/**
 * The review list taken out as a file, for selection committees. Coordinator-only reads of personal
 * data, within the campuses the coordinator sees, with exactly the list's filters and order.
 *
 * <p>Two steps, so that a long list never sits whole in memory: {@link #open} takes the ids of the
 * files in the list's order — the export is the list as it stood at that moment — and audits the
 * download before any row leaves; {@link #rows} then reads them by pages of at most
 * {@value #PAGE}, a few queries a page whatever its length (files with their students, calls and
 * campuses in one, wishes in one, the wishes' hosts in one).
 */
@ApplicationScoped
public class ReviewExportService {

    public static final String AUDIT_SUBJECT = "APPLICATION_EXPORT";
    public static final int PAGE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject private AuditLog audit;

    /**
     * The ids of the files {@code criteria} lists for the coordinator, in the list's order; the
     * download is audited with the filters and the number of files.
     */
    @Transactional
    public List<Long> open(ApplicationCriteria criteria, String format, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        List<Long> ids = criteria.apply(em, "select a.id from MobilityApplication a", Long.class, true,
                CampusScope.of(coordinator)).getResultList();
        audit.record(coordinator.actor(),
                "APPLICATION_EXPORT_" + format.toUpperCase(Locale.ROOT), AUDIT_SUBJECT, criteria.callId(), null, null,
                (criteria.toQuery().isEmpty() ? "" : criteria.toQuery() + " — ") + ids.size() + " candidature(s)");
        return ids;
    }

    /**
     * The files ticked in the review list, to be exported as they are: every id must be a file the
     * coordinator sees (within their campuses, not a draft), or nothing is exported — a forged or
     * foreign id is a {@link NotFoundException}, as on the file's page. At least one id, at most
     * {@link BulkDecision#MAX_FILES} (the checks of the bulk bar). The download is audited with the
     * number of files; the ids come back without repeats, in the order given.
     */
    @Transactional
    public List<Long> openSelection(List<Long> ids, String format, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        List<Long> distinct = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            throw new BusinessException("review.export.nothingTicked");
        }
        if (distinct.size() > BulkDecision.MAX_FILES) {
            throw new BusinessException("review.bulk.tooMany", BulkDecision.MAX_FILES);
        }
        CampusScope scope = CampusScope.of(coordinator);
        TypedQuery<Long> query = em.createQuery("""
                        select count(a) from MobilityApplication a join a.student s left join s.campus cp
                        where a.id in :ids and a.status <> fr.faireess.mobility.application.ApplicationStatus.DRAFT"""
                        + scope.condition("cp.code").map(condition -> " and " + condition).orElse(""), Long.class)
                .setParameter("ids", distinct);
        if (scope.needsParameter()) {
            query.setParameter(CampusScope.PARAMETER, scope.campuses());
        }
        if (query.getSingleResult() != distinct.size()) {
            throw new NotFoundException();
        }
        audit.record(coordinator.actor(), "APPLICATION_EXPORT_" + format.toUpperCase(Locale.ROOT), AUDIT_SUBJECT, null,
                null, null, "sélection cochée — " + distinct.size() + " candidature(s)");
        return distinct;
    }

    /**
     * The rows of {@code ids} (at most {@value #PAGE}), in their order. The campus scope and the
     * rule that drafts are nobody's business but the student's apply here again, whatever ids a
     * caller passes: an id outside them simply has no row.
     */
    public List<ApplicationExportRow> rows(List<Long> ids, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        if (ids.size() > PAGE) {
            throw new IllegalArgumentException(ids.size() + " ids, at most " + PAGE + " a page");
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        CampusScope scope = CampusScope.of(coordinator);
        // Only the columns exported (no motivation, no withdrawal reason), read as values: no entity,
        // so no student's roles nor call's campuses are loaded along.
        TypedQuery<Object[]> query = em.createQuery("""
                        select a.id, s.lastName, s.firstName, s.email, cp.name, p.code, s.studyYear, c.title, a.status,
                               a.submittedAt, a.score, a.fewerOpportunities, a.startOn, a.endOn, a.workingLanguage,
                               a.cefrLevel
                        from MobilityApplication a join a.student s join a.call c left join s.campus cp
                          left join s.programme p
                        where a.id in :ids and a.status <> fr.faireess.mobility.application.ApplicationStatus.DRAFT"""
                        + scope.condition("cp.code").map(condition -> " and " + condition).orElse(""), Object[].class)
                .setParameter("ids", ids);
        if (scope.needsParameter()) {
            query.setParameter(CampusScope.PARAMETER, scope.campuses());
        }
        Map<Long, Object[]> found = new HashMap<>();
        query.getResultList().forEach(r -> found.put((Long) r[0], r));
        Map<Long, List<ApplicationExportRow.Wish>> wishes = wishes(List.copyOf(found.keySet()));
        List<ApplicationExportRow> rows = new ArrayList<>();
        for (Long id : ids) {
            Object[] r = found.get(id);
            if (r != null) {
                rows.add(new ApplicationExportRow((String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (Integer) r[6], (String) r[7], (ApplicationStatus) r[8], (Instant) r[9],
                        (Integer) r[10], (Boolean) r[11], wishes.getOrDefault(id, List.of()), (LocalDate) r[12],
                        (LocalDate) r[13], (String) r[14], (CefrLevel) r[15]));
            }
        }
        return rows;
    }

    /** The wishes of the files, in rank order, with their hosts' names and cities: two queries. */
    private Map<Long, List<ApplicationExportRow.Wish>> wishes(List<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> wishes = em.createQuery("""
                        select w.application.id, w.hostId, w.countryCode, w.city from ApplicationWish w
                        where w.application.id in :ids order by w.application.id, w.rank""", Object[].class)
                .setParameter("ids", applicationIds).getResultList();
        List<Long> hostIds = wishes.stream().map(w -> (Long) w[1]).filter(Objects::nonNull).distinct().toList();
        Map<Long, String[]> hosts = new HashMap<>();
        if (!hostIds.isEmpty()) {
            em.createQuery("select h.id, h.name, h.city from HostOrganisation h where h.id in :ids", Object[].class)
                    .setParameter("ids", hostIds).getResultList()
                    .forEach(h -> hosts.put((Long) h[0], new String[] {(String) h[1], (String) h[2]}));
        }
        Map<Long, List<ApplicationExportRow.Wish>> byApplication = new LinkedHashMap<>();
        for (Object[] w : wishes) {
            String[] host = w[1] == null ? null : hosts.get((Long) w[1]);
            ApplicationExportRow.Wish wish = host != null ? new ApplicationExportRow.Wish(host[0], host[1], (String) w[2])
                    : new ApplicationExportRow.Wish(null, (String) w[3], (String) w[2]);
            byApplication.computeIfAbsent((Long) w[0], id -> new ArrayList<>()).add(wish);
        }
        return byApplication;
    }
}
