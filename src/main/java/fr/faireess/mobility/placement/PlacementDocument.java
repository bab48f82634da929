package fr.faireess.mobility.placement;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

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

/** A scanned PDF the coordinator uploaded: a signed agreement version or a traineeship certificate. */
@Entity
@Table(name = "placement_document")
public class PlacementDocument implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "placement_id")
    private Placement placement;

    @ManyToOne
    @JoinColumn(name = "agreement_id")
    private LearningAgreement agreement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlacementDocumentKind kind;

    @Size(max = 255)
    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "size_bytes", nullable = false) private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false) private Instant uploadedAt;

    protected PlacementDocument() {
    }

    PlacementDocument(Placement placement, LearningAgreement agreement, PlacementDocumentKind kind, String fileName,
                      byte[] content, Instant uploadedAt) {
        this.placement = Objects.requireNonNull(placement);
        this.agreement = agreement;
        this.kind = Objects.requireNonNull(kind);
        this.fileName = Objects.requireNonNull(fileName);
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public byte[] content() { return content.clone(); }
    public Long getId() { return id; }
    public Placement getPlacement() { return placement; }
    public LearningAgreement getAgreement() { return agreement; }
    public PlacementDocumentKind getKind() { return kind; }
    public String getFileName() { return fileName; }
    public int getSizeBytes() { return sizeBytes; }
    public Instant getUploadedAt() { return uploadedAt; }
}
