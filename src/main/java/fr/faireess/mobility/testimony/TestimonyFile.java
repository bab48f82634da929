package fr.faireess.mobility.testimony;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;

import fr.faireess.mobility.platform.files.StoredFile;
import jakarta.validation.constraints.Size;

/** The file of a testimony (PDF, JPEG or PNG, checked by content). Pages read its metadata only. */
@Entity
@Table(name = "testimony_file")
public class TestimonyFile implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "testimony_id")
    private Testimony testimony;

    @Size(max = 40)
    @Column(name = "content_type", nullable = false, length = 40) private String contentType;

    @Valid
    @Embedded
    private StoredFile file;

    protected TestimonyFile() {
    }

    TestimonyFile(Testimony testimony) {
        this.testimony = testimony;
    }

    /**
     * The stored file first (its lazy content may make EclipseLink load the attributes it had not
     * fetched, which would undo a type set before it), then the type.
     */
    void replace(String fileName, String contentType, byte[] content, String sha256, Instant at) {
        this.file = new StoredFile(fileName, content, sha256, at);
        this.contentType = contentType;
    }

    public Long getId() { return id; }
    public Testimony getTestimony() { return testimony; }
    public String getFileName() { return file == null ? null : file.getFileName(); }
    public String getContentType() { return contentType; }
    public int getSizeBytes() { return file == null ? 0 : file.getSizeBytes(); }
    public String getSha256() { return file == null ? null : file.getSha256(); }
    byte[] content() { return file == null ? null : file.content(); }
    public Instant getUploadedAt() { return file == null ? null : file.getUploadedAt(); }
}
