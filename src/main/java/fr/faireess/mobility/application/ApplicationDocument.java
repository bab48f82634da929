package fr.faireess.mobility.application;

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

/** A PDF attached to an application (CV, motivation letter). Lists read its metadata only. */
@Entity
@Table(name = "application_document")
public class ApplicationDocument implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private MobilityApplication application;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false) private String fileName;
    @Column(name = "size_bytes", nullable = false) private int sizeBytes;
    @Column(nullable = false, length = 64) private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false) private Instant uploadedAt;

    protected ApplicationDocument() {
    }

    ApplicationDocument(MobilityApplication application, DocumentKind kind) {
        this.application = application;
        this.kind = kind;
    }

    void replace(String fileName, byte[] content, String sha256, Instant at) {
        this.fileName = fileName;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedAt = at;
    }

    public Long getId() { return id; }
    public MobilityApplication getApplication() { return application; }
    public DocumentKind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public int getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    byte[] content() { return content; }
    public Instant getUploadedAt() { return uploadedAt; }
}
