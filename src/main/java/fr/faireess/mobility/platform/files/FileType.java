package fr.faireess.mobility.platform.files;

/**
 * The kinds of file the application can recognise from their content ({@link ContentSniffer}), with
 * the type they are served with and the extension a stored name gets. Each feature accepts a subset
 * (applications PDF only; testimonies PDF and images; session materials these and office documents).
 */
public enum FileType {
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

    FileType(String contentType, String extension) {
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
