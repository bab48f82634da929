package fr.faireess.mobility.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.files.SafeFileName;
import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.security.RoleGuard;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;

/**
 * The BM template of each call year. Administrators upload it (the template belongs to the grant
 * agreement, like the rate table and its number, which they hold; replacing it changes the file of
 * both schools, which a coordinator who sees one campus must not do); coordinators and administrators
 * read what it holds. Uploads and removals are audited ({@value #AUDIT_SUBJECT}).
 */
@ApplicationScoped
public class BmTemplateService {

    public static final String AUDIT_SUBJECT = "BM_TEMPLATE";
    private static final Logger LOG = Logger.getLogger(BmTemplateService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject private AuditLog audit;
    @Inject private Clock clock;

    /** A stored template as pages show it: its file, who uploaded it, and the columns left empty. */
    public record TemplateInfo(int callYear, String fileName, BmLayout.Format format, int sizeBytes, Instant uploadedAt,
                               String uploadedBy, int columns, List<String> unknownHeaders, List<String> notHeldHeaders) {
    }

    /**
     * Stores {@code content} as {@code callYear}'s template, replacing the one before; refused (with a
     * bundle key) when it is not an XLSX or CSV file of at most {@value BmTemplateReader#MAX_BYTES}
     * bytes whose header names at least two BM fields.
     */
    @Transactional
    public TemplateInfo upload(int callYear, String fileName, byte[] content, Account admin) {
        RoleGuard.require(admin, Role.ADMIN);
        if (callYear < 2014 || callYear > 2100) {
            throw new BusinessException("report.template.badYear");
        }
        BmLayout layout;
        try {
            layout = BmTemplateReader.read(content);
        } catch (BmTemplateException e) {
            throw new BusinessException(e.messageKey(), BmTemplateReader.MAX_BYTES / 1024 / 1024);
        }
        BmTemplate template = em.find(BmTemplate.class, callYear, LockModeType.PESSIMISTIC_WRITE);
        boolean replaced = template != null;
        if (template == null) {
            template = new BmTemplate(callYear);
            em.persist(template);
        }
        template.replace(safeName(fileName, layout.format()), layout.format(), content, admin, Instant.now(clock));
        audit.record(admin.actor(), replaced ? "BM_TEMPLATE_REPLACED" : "BM_TEMPLATE_UPLOADED",
                AUDIT_SUBJECT, callYear, null, null, template.getFileName() + " (" + content.length + " o, "
                        + layout.columns().size() + " colonnes, " + layout.unknownHeaders().size() + " inconnues)");
        return info(template, layout);
    }

    /** Removes {@code callYear}'s template: the download falls back to the default layout. */
    @Transactional
    public void remove(int callYear, Account admin) {
        RoleGuard.require(admin, Role.ADMIN);
        BmTemplate template = em.find(BmTemplate.class, callYear, LockModeType.PESSIMISTIC_WRITE);
        if (template != null) {
            audit.record(admin.actor(), "BM_TEMPLATE_REMOVED", AUDIT_SUBJECT, callYear, null, null,
                    template.getFileName());
            em.remove(template);
        }
    }

    /** The layout {@code callYear}'s download follows: its template's, else none (the default layout). */
    public Optional<BmLayout> layout(int callYear) {
        return Optional.ofNullable(em.find(BmTemplate.class, callYear)).flatMap(BmTemplateService::read);
    }

    /** What {@code callYear}'s template holds, for the report page. */
    public Optional<TemplateInfo> info(int callYear, Account reader) {
        RoleGuard.require(reader, Role.COORDINATOR, Role.ADMIN);
        BmTemplate template = em.find(BmTemplate.class, callYear);
        return template == null ? Optional.empty() : read(template).map(layout -> info(template, layout));
    }

    /** Every year's template, latest year first, for the administrators' page. */
    public List<TemplateInfo> all(Account admin) {
        RoleGuard.require(admin, Role.ADMIN);
        return em.createQuery("select t from BmTemplate t join fetch t.uploadedBy order by t.callYear desc", BmTemplate.class)
                .getResultList().stream().flatMap(t -> read(t).map(layout -> info(t, layout)).stream()).toList();
    }

    private static Optional<BmLayout> read(BmTemplate template) {
        try {
            return Optional.of(BmTemplateReader.read(template.getContent()));
        } catch (BmTemplateException e) {
            // Read when it was stored, so only a reader change can get here: the default layout serves meanwhile.
            LOG.log(Level.WARNING, "BM template of {0} no longer readable: {1}", new Object[] {template.getCallYear(), e.messageKey()});
            return Optional.empty();
        }
    }

    private static TemplateInfo info(BmTemplate t, BmLayout layout) {
        return new TemplateInfo(t.getCallYear(), t.getFileName(), t.getFormat(), t.getSizeBytes(), t.getUploadedAt(),
                t.getUploadedBy().getFullName(), layout.columns().size(), layout.unknownHeaders(), layout.notHeldHeaders());
    }

    /** The file's own name without folders or odd characters, ending with the extension of what it is. */
    static String safeName(String name, BmLayout.Format format) {
        return SafeFileName.of(name, format == BmLayout.Format.CSV ? ".csv" : ".xlsx", "bm-template");
    }
}
