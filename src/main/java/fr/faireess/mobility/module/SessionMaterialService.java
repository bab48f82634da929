package fr.faireess.mobility.module;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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
import fr.faireess.mobility.platform.files.StoredFile;

/**
 * Files attached to sessions. The session's trainer (or an administrator) adds and removes them;
 * staff and the students of the session's cohorts download them. Anyone else is told nothing — not
 * even that the file exists.
 */
@ApplicationScoped
public class SessionMaterialService {

    /** Enough for slides, handouts and a few photos; more is a sign of a mistake. */
    static final int MAX_FILES_PER_SESSION = 20;
    private static final String INFO = "select new fr.faireess.mobility.module.MaterialInfo(m.id, m.session.id, m.file.fileName, m.kind,"
            + " m.file.sizeBytes, m.file.uploadedAt) from SessionMaterial m";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private ModuleSessionService sessions;

    /** The files of a session the viewer sees (else not found), oldest first, for the staff's session page. */
    public List<MaterialInfo> materialsOf(long sessionId, Account viewer) {
        RoleGuard.require(viewer, ModuleSessionService.STAFF);
        sessions.find(sessionId, viewer).orElseThrow(NotFoundException::new);
        return em.createQuery(INFO + " where m.session.id = :s order by m.file.uploadedAt, m.id", MaterialInfo.class)
                .setParameter("s", sessionId).getResultList();
    }

    /**
     * The files of several sessions (a page of a list), in one query: session id → its files, oldest
     * first; the files of sessions of campuses the viewer does not see are left out.
     */
    public java.util.Map<Long, List<MaterialInfo>> materialsOf(java.util.Collection<Long> sessionIds, Account viewer) {
        RoleGuard.require(viewer, ModuleSessionService.STAFF);
        if (sessionIds.isEmpty()) {
            return java.util.Map.of();
        }
        CampusScope scope = CampusScope.of(viewer);
        TypedQuery<MaterialInfo> query = em.createQuery(INFO + " where m.session.id in :ids"
                + scope.condition("m.session.campus.code").map(c -> " and " + c).orElse("")
                + " order by m.file.uploadedAt, m.id", MaterialInfo.class).setParameter("ids", sessionIds);
        if (scope.needsParameter()) {
            query.setParameter(CampusScope.PARAMETER, scope.campuses());
        }
        return query.getResultList().stream()
                .collect(java.util.stream.Collectors.groupingBy(MaterialInfo::sessionId, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
    }

    /** Stores a file checked by content; refused as a whole, and nothing stored, if anything is wrong. */
    @Transactional
    public MaterialInfo add(long sessionId, MaterialUpload upload, Account actor) {
        RoleGuard.require(actor, Role.TRAINER, Role.ADMIN);
        ModuleSession session = editable(sessionId, actor);
        if (upload == null || upload.isEmpty()) {
            throw new BusinessException("file", "module.material.required");
        }
        Optional<String> refusal = MaterialFileRule.refusal(upload.content());
        if (refusal.isPresent()) {
            throw new BusinessException("file", refusal.get(), MaterialFileRule.MAX_MEGABYTES);
        }
        long count = em.createQuery("select count(m) from SessionMaterial m where m.session = :s", Long.class)
                .setParameter("s", session).getSingleResult();
        if (count >= MAX_FILES_PER_SESSION) {
            throw new BusinessException("file", "module.material.tooMany", MAX_FILES_PER_SESSION);
        }
        MaterialKind kind = MaterialFileRule.detect(upload.content()).orElseThrow();
        String name = MaterialFileRule.safeName(upload.fileName(), kind);
        SessionMaterial material = new SessionMaterial(session, name, kind, upload.content(), StoredFile.sha256Of(upload.content()),
                Instant.now(clock), actor);
        em.persist(material);
        em.flush();
        audit.record(actor.actor(), "MODULE_MATERIAL_ADDED", ModuleSessionService.AUDIT_SUBJECT, sessionId, null, name,
                kind + ", " + material.getSizeBytes() + " bytes, sha256 " + material.getSha256());
        return new MaterialInfo(material.getId(), sessionId, name, kind, material.getSizeBytes(), material.getUploadedAt());
    }

    @Transactional
    public void remove(long materialId, Account actor) {
        RoleGuard.require(actor, Role.TRAINER, Role.ADMIN);
        MaterialInfo material = info(materialId).orElseThrow(NotFoundException::new);
        editable(material.sessionId(), actor);
        em.createQuery("delete from SessionMaterial m where m.id = :id").setParameter("id", materialId).executeUpdate();
        audit.record(actor.actor(), "MODULE_MATERIAL_REMOVED", ModuleSessionService.AUDIT_SUBJECT, material.sessionId(),
                material.fileName(), null, material.kind() + ", " + material.sizeBytes() + " bytes");
    }

    /**
     * A file for someone who may read it — staff, or a student of the session's cohorts (or marked on
     * its attendance); empty for anyone else, as for a file that does not exist.
     */
    public Optional<MaterialDownload> download(long materialId, Account viewer) {
        Optional<MaterialInfo> material = info(materialId);
        if (material.isEmpty() || !mayRead(em.find(ModuleSession.class, material.get().sessionId()), viewer)) {
            return Optional.empty();
        }
        byte[] content = em.createQuery("select m.file.content from SessionMaterial m where m.id = :id", byte[].class)
                .setParameter("id", materialId).getSingleResult();
        return Optional.of(new MaterialDownload(material.get().fileName(), material.get().kind().contentType(), content));
    }

    boolean mayRead(ModuleSession session, Account viewer) {
        if (session == null) {
            return false;
        }
        if (RoleGuard.allows(viewer, ModuleSessionService.STAFF)) {
            return ModuleSessionService.inScope(session, viewer);
        }
        if (!RoleGuard.allows(viewer, Role.STUDENT)) {
            return false;
        }
        return session.isForStudent(viewer, sessions.currentAcademicYear())
                || !em.createQuery("select a.id from Attendance a where a.session = :s and a.student = :me", Long.class)
                        .setParameter("s", session).setParameter("me", viewer).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The sessions of the student's cohorts (this year's and, for later years, the ones they were in)
     * that have a link or files, latest first — in a few queries whatever their number.
     */
    public List<SessionMaterials> forStudent(Account student) {
        RoleGuard.require(student, Role.STUDENT);
        if (student.getCampus() == null || student.getProgramme() == null || student.getStudyYear() == null) {
            return List.of();
        }
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        int i = 0;
        for (AcademicYears.CohortYear cohort : AcademicYears.cohortsOf(sessions.currentAcademicYear(), student.getStudyYear())) {
            clauses.add("(s.academicYear.code = :y" + i + " and c.studyYear = :s" + i + ")");
            params.put("y" + i, cohort.academicYear());
            params.put("s" + i, cohort.studyYear());
            i++;
        }
        // Ids first: a DISTINCT over whole sessions would compare their long-text columns.
        TypedQuery<Long> query = em.createQuery("select s.id from ModuleSession s join s.cohorts c"
                        + " where s.campus = :campus and c.programmeCode = :programme and (" + String.join(" or ", clauses) + ")",
                Long.class)
                .setParameter("campus", student.getCampus()).setParameter("programme", student.getProgramme().getCode());
        params.forEach(query::setParameter);
        List<Long> ids = query.getResultList().stream().distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ModuleSession> mine = em.createQuery("select s from ModuleSession s where s.id in :ids", ModuleSession.class)
                .setParameter("ids", ids).getResultList();
        Map<Long, List<MaterialInfo>> files = em.createQuery(INFO + " where m.session.id in :ids order by m.file.uploadedAt, m.id",
                        MaterialInfo.class)
                .setParameter("ids", mine.stream().map(ModuleSession::getId).toList()).getResultList().stream()
                .collect(Collectors.groupingBy(MaterialInfo::sessionId, LinkedHashMap::new, Collectors.toList()));
        return mine.stream()
                .filter(s -> s.getMaterialUrl() != null || files.containsKey(s.getId()))
                .sorted((a, b) -> b.getStartsAt().compareTo(a.getStartsAt()))
                .map(s -> new SessionMaterials(s, files.getOrDefault(s.getId(), List.of())))
                .toList();
    }

    private Optional<MaterialInfo> info(long materialId) {
        return em.createQuery(INFO + " where m.id = :id", MaterialInfo.class).setParameter("id", materialId)
                .getResultStream().findFirst();
    }

    private ModuleSession editable(long sessionId, Account actor) {
        ModuleSession session = sessions.find(sessionId, actor).orElseThrow(NotFoundException::new);
        if (!session.editableBy(actor)) {
            throw new BusinessException("file", "module.material.notYours");
        }
        return session;
    }
}
