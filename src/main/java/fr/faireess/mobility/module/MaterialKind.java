package fr.faireess.mobility.module;

/**
 * What a session material file is, as recognised from its content by {@link MaterialFileRule}: the
 * type it is served with and the extension its stored name gets (whatever name it was sent with).
 */
public enum MaterialKind {
    PDF("application/pdf", ".pdf"),
    JPEG("image/jpeg", ".jpg"),
    PNG("image/png", ".png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    ODT("application/vnd.oasis.opendocument.text", ".odt"),
    ODP("application/vnd.oasis.opendocument.presentation", ".odp");

    private final String contentType;
    private final String extension;

    MaterialKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
