package fr.faireess.mobility.application;

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

    @Valid
    @Embedded
    private StoredFile file;

    protected ApplicationDocument() {
    }

    ApplicationDocument(MobilityApplication application, DocumentKind kind) {
        this.application = application;
        this.kind = kind;
    }

    /** A new stored file as a whole (StoredFile writes its lazy content first, see there). */
    void replace(String fileName, byte[] content, String sha256, Instant at) {
        this.file = new StoredFile(fileName, content, sha256, at);
    }

    public Long getId() { return id; }
    public MobilityApplication getApplication() { return application; }
    public DocumentKind getKind() { return kind; }
    public String getFileName() { return file == null ? null : file.getFileName(); }
    public int getSizeBytes() { return file == null ? 0 : file.getSizeBytes(); }
    public String getSha256() { return file == null ? null : file.getSha256(); }
    byte[] content() { return file == null ? null : file.content(); }
    public Instant getUploadedAt() { return file == null ? null : file.getUploadedAt(); }
}
