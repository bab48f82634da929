package fr.faireess.mobility.testimony;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.platform.audit.AuditLog;
import fr.faireess.mobility.platform.error.BusinessException;
import fr.faireess.mobility.platform.files.StoredFile;

/**
 * A testimony's file: checked (type sniffed from its content, size), stored or replaced under the
 * new file's safe name, and read back for one of its authors or a coordinator who sees it.
 */
@ApplicationScoped
public class TestimonyFiles {

    @PersistenceContext
    private EntityManager em;

    @Inject private TestimonyService testimonies;
    @Inject private AuditLog audit;
    @Inject private Clock clock;

    public Optional<FileInfo> fileOf(Testimony testimony) {
        return em.createQuery("""
                        select new fr.faireess.mobility.testimony.FileInfo(f.id, f.file.fileName, f.contentType, f.file.sizeBytes, f.file.uploadedAt)
                        from TestimonyFile f where f.testimony = :t""", FileInfo.class)
                .setParameter("t", testimony).getResultStream().findFirst();
    }

    /** The testimony's file for one of its authors or a coordinator. */
    public Optional<FileDownload> download(long testimonyId, Account viewer) {
        Optional<Testimony> testimony = testimonies.findForAuthor(testimonyId, viewer)
                .or(() -> testimonies.findForStaff(testimonyId, viewer));
        return testimony.flatMap(this::fileContent);
    }

    Optional<FileDownload> fileContent(Testimony testimony) {
        return em.createQuery("select f from TestimonyFile f where f.testimony = :t", TestimonyFile.class)
                .setParameter("t", testimony).getResultStream().findFirst()
                .map(f -> new FileDownload(f.getFileName(), f.getContentType(), f.content()));
    }

    static void checkFile(FileUpload file) {
        if (file == null || file.isEmpty()) {
            return;
        }
        FileRule.refusal(file.content()).ifPresent(key -> {
            throw new BusinessException("file", key, FileRule.MAX_MEGABYTES);
        });
    }

    void attach(Testimony testimony, FileUpload file) {
        if (file == null || file.isEmpty()) {
            return;
        }
        FileRule.Kind kind = FileRule.detect(file.content()).orElseThrow();
        TestimonyFile stored = em.createQuery("select f from TestimonyFile f where f.testimony = :t", TestimonyFile.class)
                .setParameter("t", testimony).getResultStream().findFirst()
                .orElseGet(() -> new TestimonyFile(testimony));
        stored.replace(FileRule.safeName(file.fileName(), kind), kind.contentType(), file.content(),
                StoredFile.sha256Of(file.content()), Instant.now(clock));
        if (stored.getId() == null) {
            em.persist(stored);
        }
        audit.record(testimony.getStudent().actor(), "TESTIMONY_FILE_UPLOADED",
                TestimonyService.AUDIT_SUBJECT, testimony.getId(), null, null, stored.getFileName());
    }
}
