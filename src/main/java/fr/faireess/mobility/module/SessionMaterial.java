package fr.faireess.mobility.module;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;

import fr.faireess.mobility.platform.files.StoredFile;

import fr.faireess.mobility.identity.Account;

/**
 * A file a trainer attached to a session (slides, a handout, a photo of the board…). Stored in the
 * database with the rest of the data; never changed once stored (a new version is a new file), so
 * it needs no version column. Pages read its metadata ({@link MaterialInfo}) only.
 */
@Entity
@Table(name = "module_material")
public class SessionMaterial implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private ModuleSession session;

    @Enumerated(EnumType.STRING)
    @Column(name = "material_kind", nullable = false, length = 10)
    private MaterialKind kind;

    @Valid
    @Embedded
    private StoredFile file;

    @ManyToOne(optional = false)
    @JoinColumn(name = "uploaded_by_id")
    private Account uploadedBy;

    protected SessionMaterial() {
    }

    SessionMaterial(ModuleSession session, String fileName, MaterialKind kind, byte[] content, String sha256,
                    Instant uploadedAt, Account uploadedBy) {
        this.session = session;
        this.file = new StoredFile(fileName, content, sha256, uploadedAt);
        this.kind = kind;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() { return id; }
    public ModuleSession getSession() { return session; }
    public String getFileName() { return file.getFileName(); }
    public MaterialKind getKind() { return kind; }
    public int getSizeBytes() { return file.getSizeBytes(); }
    public String getSha256() { return file.getSha256(); }
    public Instant getUploadedAt() { return file.getUploadedAt(); }
    public Account getUploadedBy() { return uploadedBy; }
}
