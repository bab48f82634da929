package fr.faireess.mobility.testimony;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
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

    @Size(max = 255)
    @Column(name = "file_name", nullable = false, length = 255) private String fileName;
    @Size(max = 40)
    @Column(name = "content_type", nullable = false, length = 40) private String contentType;
    @Column(name = "size_bytes", nullable = false) private int sizeBytes;
    @Size(max = 64)
    @Column(nullable = false, length = 64) private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false) private Instant uploadedAt;

    protected TestimonyFile() {
    }

    TestimonyFile(Testimony testimony) {
        this.testimony = testimony;
    }

    void replace(String fileName, String contentType, byte[] content, String sha256, Instant at) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.uploadedAt = at;
    }

    public Long getId() { return id; }
    public Testimony getTestimony() { return testimony; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public int getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    byte[] content() { return content; }
    public Instant getUploadedAt() { return uploadedAt; }
}
