package fr.faireess.mobility.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.faireess.mobility.identity.Account;

/**
 * The empty export the Beneficiary Module gives for the project, uploaded for one call year (read by
 * {@link BmTemplateReader} when it was uploaded, so a stored template is always readable). A new
 * upload for the same year replaces it.
 */
@Entity
@Table(name = "bm_template")
public class BmTemplate implements Serializable {

    @Id
    @Column(name = "call_year")
    private Integer callYear;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_format", nullable = false, length = 4)
    private BmLayout.Format format;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    /** Read with the row, not lazily: every reader needs it (the columns are read from it), and at most 2 MB. */
    @Lob
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by_id", nullable = false)
    private Account uploadedBy;

    @Version
    private long version;

    protected BmTemplate() {
    }

    BmTemplate(int callYear) {
        this.callYear = callYear;
    }

    void replace(String fileName, BmLayout.Format format, byte[] content, Account by, Instant now) {
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.fileName = Objects.requireNonNull(fileName);
        this.format = Objects.requireNonNull(format);
        this.uploadedBy = Objects.requireNonNull(by);
        this.uploadedAt = Objects.requireNonNull(now);
    }

    public Integer getCallYear() { return callYear; }
    public String getFileName() { return fileName; }
    public BmLayout.Format getFormat() { return format; }
    public int getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content.clone(); }
    public Instant getUploadedAt() { return uploadedAt; }
    public Account getUploadedBy() { return uploadedBy; }
    public long getVersion() { return version; }
}
