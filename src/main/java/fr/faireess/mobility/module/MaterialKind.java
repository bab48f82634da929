package fr.faireess.mobility.module;

import fr.faireess.mobility.platform.files.FileType;

/**
 * The kinds of file a session may hold, as recognised from their content by {@link MaterialFileRule}:
 * every kind the platform's sniffer knows. Stored by name with each material.
 */
public enum MaterialKind {
    PDF(FileType.PDF),
    JPEG(FileType.JPEG),
    PNG(FileType.PNG),
    DOCX(FileType.DOCX),
    PPTX(FileType.PPTX),
    XLSX(FileType.XLSX),
    ODT(FileType.ODT),
    ODP(FileType.ODP);

    private final FileType type;

    MaterialKind(FileType type) {
        this.type = type;
    }

    public String contentType() {
        return type.contentType();
    }

    public String extension() {
        return type.extension();
    }
}
