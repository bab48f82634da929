package fr.faireess.mobility.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.grant.CallYear;
import fr.faireess.mobility.grant.GrantMoney;
import fr.faireess.mobility.grant.GrantRateService;
import fr.faireess.mobility.grant.GrantRateTable;
import fr.faireess.mobility.grant.GrantService;
import fr.faireess.mobility.grant.PlacementGrant;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.identity.Role;
import fr.faireess.mobility.identity.RoleGuard;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementDuration;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.placement.Recognition;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.audit.AuditLog.Actor;

/**
 * The Beneficiary Module export of a call year: the mobilities (placements of the calls of the
 * year's academic year, cancelled ones left out) with their grants. Coordinator-only reads of
 * personal data: the role is checked first, and every download is audited ({@value #AUDIT_SUBJECT}).
 */
@ApplicationScoped
public class ReportingService {

    public static final String AUDIT_SUBJECT = "BENEFICIARY_EXPORT";

    @PersistenceContext
    private EntityManager em;

    @Inject private GrantService grants;
    @Inject private GrantRateService rateTables;
    @Inject private AuditLog audit;
    @Inject private BmTemplateService templates;

    /** How many placements are read, and their grants computed, at a time: memory stays flat for any year. */
    static final int CHUNK = 500;

    /** A call year's rows as the page previews them, with the total of their grants. */
    public record Report(int callYear, GrantRateTable table, List<BmRow> rows, BigDecimal total) {

        public boolean hasTable() {
            return table != null;
        }
    }

    /** Call years that have calls or a rate table, latest first. */
    public List<Integer> callYears() {
        TreeSet<Integer> years = new TreeSet<>(yearsOfCalls());
        rateTables.all().forEach(t -> years.add(t.getCallYear()));
        return List.copyOf(years.descendingSet());
    }

    /**
     * The year the page opens on: the latest call year that has calls and a locked rate table (its
     * report is final), else the latest year that has calls, else the latest rate table's.
     */
    public Optional<Integer> defaultCallYear() {
        List<Integer> withCalls = List.copyOf(yearsOfCalls().descendingSet());
        return withCalls.stream().filter(y -> rateTables.forYear(y).map(GrantRateTable::isLocked).orElse(false)).findFirst()
                .or(() -> withCalls.stream().findFirst())
                .or(() -> callYears().stream().findFirst());
    }

    private TreeSet<Integer> yearsOfCalls() {
        TreeSet<Integer> years = new TreeSet<>();
        em.createQuery("select distinct c.academicYear from MobilityCall c", String.class).getResultList()
                .forEach(code -> CallYear.of(code).ifPresent(years::add));
        return years;
    }

    /** The rows of {@code callYear} for the coordinator's page (not audited: nothing leaves the application). */
    public Report preview(int callYear, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        GrantRateTable table = rateTables.forYear(callYear).orElse(null);
        List<BmRow> rows = new ArrayList<>();
        for (List<Long> chunk : chunks(placementIds(callYear, CampusScope.of(coordinator)))) {
            rows.addAll(rows(chunk, callYear, table));
        }
        BigDecimal total = table == null ? GrantMoney.ZERO
                : rows.stream().map(r -> r.grant().total()).reduce(GrantMoney.ZERO, BigDecimal::add);
        return new Report(callYear, table, rows, total);
    }

    /**
     * Writes {@code callYear}'s BM file as {@code format} to {@code out}, row by row: on the year's
     * uploaded template when there is one ({@link BmTemplateService}), else on the default layout. The
     * placements are read {@value #CHUNK} at a time and let go once written. The download is audited
     * (before the first row: a download cut half-way is still recorded); returns the rows written.
     */
    @Transactional
    public int export(int callYear, BmLayout.Format format, Account coordinator, OutputStream out) throws IOException {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        List<Long> ids = placementIds(callYear, CampusScope.of(coordinator));
        BmLayout layout = templates.layout(callYear).map(l -> l.as(format)).orElseGet(() -> BmLayout.defaultLayout(format));
        audit.record(new Actor(coordinator.getId(), coordinator.getEmail()), "BENEFICIARY_EXPORT_" + format.name(),
                AUDIT_SUBJECT, callYear, null, null, ids.size() + " mobilité(s)" + (layout.isTemplate() ? ", modèle BM" : ""));
        em.flush();
        GrantRateTable table = rateTables.forYear(callYear).orElse(null);
        try (BmWriter writer = BmWriter.open(layout, out)) {
            for (List<Long> chunk : chunks(ids)) {
                for (BmRow row : rows(chunk, callYear, table)) {
                    writer.row(row);
                }
                em.clear();
            }
            writer.finish();
        }
        return ids.size();
    }

    /**
     * The placements of {@code callYear} (cancelled ones apart) whose student belongs to a campus in
     * {@code scope}, by participant name: a coordinator who sees one campus exports that campus's
     * participants only (the file for both campuses takes a coordinator allowed to see both).
     */
    private List<Long> placementIds(int callYear, CampusScope scope) {
        String campusCondition = scope.condition("s.campus.code").map(c -> " and " + c).orElse("");
        TypedQuery<Long> query = em.createQuery("""
                        select p.id from Placement p join p.student s join p.application a join a.call c
                        where c.academicYear = :year and p.state <> :cancelled"""
                        + campusCondition + " order by s.lastName, s.firstName, p.id", Long.class)
                .setParameter("year", CallYear.academicYear(callYear))
                .setParameter("cancelled", PlacementState.CANCELLED);
        if (scope.needsParameter()) {
            query.setParameter(CampusScope.PARAMETER, scope.campuses());
        }
        return query.getResultList();
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** The rows of some placements, in the order of {@code ids}, with their grants computed in one batch. */
    private List<BmRow> rows(List<Long> ids, int callYear, GrantRateTable table) {
        Map<Long, Placement> byId = new HashMap<>();
        em.createQuery("""
                        select p from Placement p join fetch p.student s join fetch p.host h join fetch h.country
                          join fetch p.application a join fetch a.call c
                        where p.id in :ids""", Placement.class)
                .setParameter("ids", ids).getResultList().forEach(p -> byId.put(p.getId(), p));
        List<Placement> placements = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        Map<Long, PlacementGrant> grantsById = grants.grantsOf(placements);
        Set<Long> recentGraduates = recentGraduates(ids);
        String agreementNumber = table == null ? null : table.getAgreementNumber();
        List<BmRow> rows = new ArrayList<>(placements.size());
        for (Placement p : placements) {
            PlacementGrant grant = grantsById.get(p.getId());
            rows.add(new BmRow(mobility(p, callYear, grant, recentGraduates.contains(p.getId())), agreementNumber,
                    grant.counted(), table != null));
        }
        return rows;
    }

    /** Of {@code placementIds}, those whose current agreement recognises a recent graduate: one query for the report. */
    private Set<Long> recentGraduates(List<Long> placementIds) {
        if (placementIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("""
                        select a.placement.id from LearningAgreement a
                        where a.placement.id in :ids and a.recognition = :recentGraduate
                          and a.number = (select max(b.number) from LearningAgreement b where b.placement = a.placement)""",
                        Long.class)
                .setParameter("ids", placementIds).setParameter("recentGraduate", Recognition.RECENT_GRADUATE)
                .getResultList());
    }

    /** The placement's reportable values — and nothing else (no stop reason, no free text). */
    /** The BM's words for a participant's gender (Female, Male, Undefined); empty when not entered. */
    static String bmGender(fr.faireess.mobility.identity.Gender gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case FEMALE -> "Female";
            case MALE -> "Male";
            case UNDEFINED -> "Undefined";
        };
    }

    private ReportedMobility mobility(Placement p, int callYear, PlacementGrant grant, boolean recentGraduate) {
        Account student = p.getStudent();
        PlacementDuration.CountedPeriod period = p.countedPeriod().orElseThrow();
        return new ReportedMobility(p.getId(), callYear, student.getFirstName(), student.getLastName(), student.getEmail(),
                p.getApplication().isFewerOpportunities(), recentGraduate,
                student.getProgramme() == null ? null : student.getProgramme().getIscedCode(),
                student.getProgramme() == null ? 6 : student.getProgramme().getEqfLevel(),
                student.getCampus() == null ? null : student.getCampus().getName(),
                student.getCampus() == null ? null : student.getCampus().getCity(),
                p.getHost().getName(), p.getHost().getLegalStatus(), p.getHost().getSize(),
                p.getHost().getCountry().getCode(), p.getHost().getCity(), grant.group(),
                period.start(), period.end(), period.basis() == PlacementDuration.Basis.CERTIFIED,
                grant.facts().isGreenTravel(), grant.facts().isForceMajeure(), p.getWorkingLanguage(),
                student.getBirthDate(), bmGender(student.getGender()),
                student.getNationality() == null ? null : student.getNationality().getCode(),
                student.getCampus() == null ? null : student.getCampus().getErasmusCode(), p.getHost().getOid());
    }
}
