package fr.faireess.mobility.module;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

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

    @Size(max = 255)
    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "material_kind", nullable = false, length = 10)
    private MaterialKind kind;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Size(max = 64)
    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @ManyToOne(optional = false)
    @JoinColumn(name = "uploaded_by_id")
    private Account uploadedBy;

    protected SessionMaterial() {
    }

    SessionMaterial(ModuleSession session, String fileName, MaterialKind kind, byte[] content, String sha256,
                    Instant uploadedAt, Account uploadedBy) {
        this.session = session;
        this.fileName = fileName;
        this.kind = kind;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() { return id; }
    public ModuleSession getSession() { return session; }
    public String getFileName() { return fileName; }
    public MaterialKind getKind() { return kind; }
    public int getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public Instant getUploadedAt() { return uploadedAt; }
    public Account getUploadedBy() { return uploadedBy; }
}
