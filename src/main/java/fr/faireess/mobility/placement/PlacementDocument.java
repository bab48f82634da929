package fr.faireess.mobility.placement;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

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

    @Valid
    @Embedded
    private StoredFile file;

    protected PlacementDocument() {
    }

    PlacementDocument(Placement placement, LearningAgreement agreement, PlacementDocumentKind kind, String fileName,
                      byte[] content, Instant uploadedAt) {
        this.placement = Objects.requireNonNull(placement);
        this.agreement = agreement;
        this.kind = Objects.requireNonNull(kind);
        this.file = new StoredFile(fileName, content, StoredFile.sha256Of(content), uploadedAt);
    }

    public byte[] content() { return file.content(); }
    public Long getId() { return id; }
    public Placement getPlacement() { return placement; }
    public LearningAgreement getAgreement() { return agreement; }
    public PlacementDocumentKind getKind() { return kind; }
    public String getFileName() { return file.getFileName(); }
    public int getSizeBytes() { return file.getSizeBytes(); }
    public String getSha256() { return file.getSha256(); }
    public Instant getUploadedAt() { return file.getUploadedAt(); }
}
