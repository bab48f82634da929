package fr.faireess.mobility.module;

import java.util.Optional;

import fr.faireess.mobility.platform.files.ContentSniffer;
import fr.faireess.mobility.platform.files.SafeFileName;

/**
 * Which files a trainer may attach to a session: PDF, JPEG, PNG and office documents (Word,
 * PowerPoint, Excel, OpenDocument text and presentation), recognised by their content — never by
 * their name or the type the browser declares ({@link ContentSniffer}) — and at most
 * {@link #MAX_MEGABYTES} MB. Archives holding VBA macros are refused: they would run code on the
 * students' computers.
 */
public final class MaterialFileRule {

    public static final int MAX_MEGABYTES = 20;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    private MaterialFileRule() {
    }

    /** What the bytes are, if they are one of the accepted kinds. */
    public static Optional<MaterialKind> detect(byte[] content) {
        return ContentSniffer.sniff(content).map(type -> MaterialKind.valueOf(type.name()));
    }

    /**
     * A bundle key explaining why the file is refused (its argument: {@link #MAX_MEGABYTES}), or
     * empty when it is accepted.
     */
    public static Optional<String> refusal(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of("module.material.empty");
        }
        if (content.length > MAX_BYTES) {
            return Optional.of("module.material.tooLarge");
        }
        if (ContentSniffer.hasMacros(content)) {
            return Optional.of("module.material.macros");
        }
        return detect(content).isPresent() ? Optional.empty() : Optional.of("module.material.wrongType");
    }

    /** A file name safe to store and send back, ending with the extension of what the content is. */
    public static String safeName(String name, MaterialKind kind) {
        return SafeFileName.of(name, kind.extension(), "support");
    }
}
