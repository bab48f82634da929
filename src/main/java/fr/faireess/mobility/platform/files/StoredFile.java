package fr.faireess.mobility.platform.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.validation.constraints.Size;

/**
 * An uploaded file as the database keeps it, embedded in the entity that owns it (an application's
 * document, a testimony's file, a placement's scan, a session's material): its name, content, size,
 * SHA-256 and upload time. The column names are the same in the four tables ({@code file_name},
 * {@code content}, {@code size_bytes}, {@code sha256}, {@code uploaded_at}), so no entity needs an
 * {@code @AttributeOverride}. Pages read the metadata through queries; the content is loaded lazily.
 */
@Embeddable
public class StoredFile {

    @Size(max = 255)
    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    /*
     * Written first in every change: setting the lazy content of a stored row makes EclipseLink load
     * the attributes it had not fetched, which would undo a new name set before it.
     */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Size(max = 64)
    @Column(name = "sha256", length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected StoredFile() {
    }

    /** A file stored under {@code fileName} as given (already made safe by the caller's rule). */
    public StoredFile(String fileName, byte[] content, String sha256, Instant uploadedAt) {
        this.content = Objects.requireNonNull(content).clone();
        this.sizeBytes = content.length;
        this.fileName = Objects.requireNonNull(fileName);
        this.sha256 = sha256;
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    /**
     * A file as uploaded: its name made safe ({@link SafeFileName}, with the extension of what the
     * content is), its hash computed here.
     */
    public static StoredFile upload(String sentName, String extension, String fallbackName, byte[] content, Instant at) {
        return new StoredFile(SafeFileName.of(sentName, extension, fallbackName), content, sha256Of(content), at);
    }

    /** The hex SHA-256 of the content: what tells two uploads of the same file apart from two files. */
    public static String sha256Of(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String getFileName() { return fileName; }
    public int getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public Instant getUploadedAt() { return uploadedAt; }

    /** The content (a copy: the stored array is never shared). */
    public byte[] content() { return content == null ? null : content.clone(); }
}
