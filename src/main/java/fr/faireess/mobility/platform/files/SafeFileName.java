package fr.faireess.mobility.platform.files;

/**
 * The one rule for the name an uploaded file is stored and sent back under: the name's last part
 * (no folders, whatever the browser's separator), letters, digits, spaces and {@code . _ - ( )}
 * only, no leading dot, at most 200 characters, and the extension of what the content is — never the
 * one it was sent with.
 */
public final class SafeFileName {

    public static final int MAX_BASE = 200;

    private SafeFileName() {
    }

    /**
     * @param name      the name the file was sent with (may be null or hostile)
     * @param extension what the content is, with its dot ({@code ".pdf"})
     * @param fallback  the base name when nothing usable remains ({@code "document"})
     */
    public static String of(String name, String extension, String fallback) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ ()-]", "_").strip();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("^[._ ]+", "");
        if (base.isEmpty()) {
            base = fallback;
        }
        if (base.length() > MAX_BASE) {
            base = base.substring(0, MAX_BASE);
        }
        return base + extension;
    }

    public static String of(String name, FileType type, String fallback) {
        return of(name, type.extension(), fallback);
    }
}
