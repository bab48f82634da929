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
import fr.faireess.mobility.grant.GrantBeneficiaries;
import fr.faireess.mobility.grant.GrantMoney;
import fr.faireess.mobility.grant.GrantRateService;
import fr.faireess.mobility.grant.GrantRateTable;
import fr.faireess.mobility.grant.GrantService;
import fr.faireess.mobility.grant.PlacementGrant;
import fr.faireess.mobility.grant.RateTableChoice;
import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.CampusScope;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.placement.Placement;
import fr.faireess.mobility.placement.PlacementDuration;
import fr.faireess.mobility.placement.PlacementState;
import fr.faireess.mobility.placement.Recognition;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.reference.Campus;
import fr.faireess.mobility.reference.ReferenceData;

/**
 * The Beneficiary Module export of a call year: the mobilities (placements of the calls of the
 * year's academic year, cancelled ones left out) with their grants — per beneficiary (one file per
 * KA131 project: the placements of the students of the campuses it pays for that year, each row with
 * its agreement number), or every placement of the year at once. Coordinator-only reads of
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
    @Inject private ReferenceData reference;

    /** How many placements are read, and their grants computed, at a time: memory stays flat for any year. */
    static final int CHUNK = 500;

    /**
     * A call year's rows as the page previews them, with the total of their grants; {@code beneficiary}
     * the one whose file it is (null: every placement of the year), {@code table} its rate table.
     */
    public record Report(int callYear, GrantBeneficiaries.Ref beneficiary, GrantRateTable table, String agreementNumber,
                         List<BmRow> rows, BigDecimal total) {

        /** Whether amounts are known: the beneficiary's table, or (every placement) some row's. */
        public boolean hasTable() {
            return table != null || (beneficiary == null && rows.stream().anyMatch(BmRow::withAmounts));
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
        return withCalls.stream().filter(y -> rateTables.ofYear(y).stream().anyMatch(GrantRateTable::isLocked)).findFirst()
                .or(() -> withCalls.stream().findFirst())
                .or(() -> callYears().stream().findFirst());
    }

    private TreeSet<Integer> yearsOfCalls() {
        TreeSet<Integer> years = new TreeSet<>();
        em.createQuery("select distinct c.academicYear from MobilityCall c", String.class).getResultList()
                .forEach(code -> CallYear.of(code).ifPresent(years::add));
        return years;
    }

    /**
     * The beneficiaries paying for the students of a campus the coordinator sees in {@code callYear}
     * (by name): one BM file each.
     */
    public List<GrantBeneficiaries.Ref> beneficiaries(int callYear, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        CampusScope scope = CampusScope.of(coordinator);
        Map<Long, GrantBeneficiaries.Ref> payers = new HashMap<>();
        for (Campus campus : reference.campuses()) {
            if (scope.isAll() || scope.campuses().contains(campus.getCode())) {
                GrantBeneficiaries.Ref payer = rateTables.sourceFor(callYear, campus.getCode()).beneficiary();
                if (payer != null) {
                    payers.put(payer.id(), payer);
                }
            }
        }
        return payers.values().stream().sorted(java.util.Comparator.comparing(GrantBeneficiaries.Ref::name)).toList();
    }

    /** Every row of {@code callYear} the coordinator sees, whatever their beneficiary. */
    public Report preview(int callYear, Account coordinator) {
        return preview(callYear, null, coordinator);
    }

    /**
     * The rows of {@code callYear} for the coordinator's page (not audited: nothing leaves the
     * application): those of {@code beneficiaryId}'s students, or all when null.
     */
    public Report preview(int callYear, Long beneficiaryId, Account coordinator) {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Scope scope = scope(callYear, beneficiaryId);
        List<BmRow> rows = new ArrayList<>();
        for (List<Long> chunk : chunks(placementIds(callYear, CampusScope.of(coordinator), scope.campuses()))) {
            rows.addAll(rows(chunk, callYear));
        }
        BigDecimal total = rows.stream().filter(BmRow::withAmounts).map(r -> r.grant().total())
                .reduce(GrantMoney.ZERO, BigDecimal::add);
        return new Report(callYear, scope.beneficiary(), scope.table(), scope.agreementNumber(), rows, total);
    }

    /**
     * Whose file: a beneficiary, the campuses it pays for in the year and its table; or, without a
     * beneficiary, every campus (null) and no one table.
     */
    private record Scope(GrantBeneficiaries.Ref beneficiary, Set<String> campuses, GrantRateTable table,
                         String agreementNumber) {
    }

    private Scope scope(int callYear, Long beneficiaryId) {
        if (beneficiaryId == null) {
            return new Scope(null, null, null, null);
        }
        Set<String> campuses = new TreeSet<>();
        RateTableChoice.Source found = null;
        for (Campus campus : reference.campuses()) {
            RateTableChoice.Source source = rateTables.sourceFor(callYear, campus.getCode());
            if (beneficiaryId.equals(source.beneficiaryId())) {
                campuses.add(campus.getCode());
                found = source;
            }
        }
        if (found == null) {
            throw new fr.faireess.mobility.platform.error.NotFoundException();
        }
        return new Scope(found.beneficiary(), campuses, found.table(), found.agreementNumber());
    }

    /**
     * Writes {@code callYear}'s BM file as {@code format} to {@code out}, row by row: on the year's
     * uploaded template when there is one ({@link BmTemplateService}), else on the default layout. The
     * placements are read {@value #CHUNK} at a time and let go once written. The download is audited
     * (before the first row: a download cut half-way is still recorded); returns the rows written.
     */
    @Transactional
    public int export(int callYear, BmLayout.Format format, Account coordinator, OutputStream out) throws IOException {
        return export(callYear, null, format, coordinator, out);
    }

    /**
     * {@code beneficiaryId}'s BM file of {@code callYear} (its students' placements, its agreement
     * number on every row), or every placement of the year when null; otherwise as above.
     */
    @Transactional
    public int export(int callYear, Long beneficiaryId, BmLayout.Format format, Account coordinator, OutputStream out)
            throws IOException {
        RoleGuard.require(coordinator, Role.COORDINATOR);
        Scope scope = scope(callYear, beneficiaryId);
        List<Long> ids = placementIds(callYear, CampusScope.of(coordinator), scope.campuses());
        BmLayout layout = templates.layout(callYear).map(l -> l.as(format)).orElseGet(() -> BmLayout.defaultLayout(format));
        audit.record(coordinator.actor(), "BENEFICIARY_EXPORT_" + format.name(),
                AUDIT_SUBJECT, callYear, null, null, ids.size() + " mobilité(s)" + (layout.isTemplate() ? ", modèle BM" : "")
                        + (scope.beneficiary() == null ? "" : ", " + scope.beneficiary().name()));
        em.flush();
        try (BmWriter writer = BmWriter.open(layout, out)) {
            for (List<Long> chunk : chunks(ids)) {
                for (BmRow row : rows(chunk, callYear)) {
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
     * participants only (the file for both campuses takes a coordinator allowed to see both). With
     * {@code payerCampuses} (a beneficiary's file), only the students of those campuses.
     */
    private List<Long> placementIds(int callYear, CampusScope scope, Set<String> payerCampuses) {
        if (payerCampuses != null && payerCampuses.isEmpty()) {
            return List.of();
        }
        String campusCondition = scope.condition("s.campus.code").map(c -> " and " + c).orElse("")
                + (payerCampuses == null ? "" : " and s.campus.code in :payerCampuses");
        TypedQuery<Long> query = em.createQuery("""
                        select p.id from Placement p join p.student s join p.application a join a.call c
                        where c.academicYear = :year and p.state <> :cancelled"""
                        + campusCondition + " order by s.lastName, s.firstName, p.id", Long.class)
                .setParameter("year", CallYear.academicYear(callYear))
                .setParameter("cancelled", PlacementState.CANCELLED);
        if (scope.needsParameter()) {
            query.setParameter(CampusScope.PARAMETER, scope.campuses());
        }
        if (payerCampuses != null) {
            query.setParameter("payerCampuses", payerCampuses);
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
    private List<BmRow> rows(List<Long> ids, int callYear) {
        Map<Long, Placement> byId = new HashMap<>();
        em.createQuery("""
                        select p from Placement p join fetch p.student s join fetch p.host h join fetch h.country
                          join fetch p.application a join fetch a.call c
                        where p.id in :ids""", Placement.class)
                .setParameter("ids", ids).getResultList().forEach(p -> byId.put(p.getId(), p));
        List<Placement> placements = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        Map<Long, PlacementGrant> grantsById = grants.grantsOf(placements);
        Set<Long> recentGraduates = recentGraduates(ids);
        Map<String, RateTableChoice.Source> sources = new HashMap<>();
        List<BmRow> rows = new ArrayList<>(placements.size());
        for (Placement p : placements) {
            PlacementGrant grant = grantsById.get(p.getId());
            String campus = p.getStudent().getCampus() == null ? null : p.getStudent().getCampus().getCode();
            String agreementNumber = sources.computeIfAbsent(String.valueOf(campus),
                    k -> rateTables.sourceFor(callYear, campus)).agreementNumber();
            rows.add(new BmRow(mobility(p, callYear, grant, recentGraduates.contains(p.getId())), agreementNumber,
                    grant.counted(), grant.hasTable()));
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
