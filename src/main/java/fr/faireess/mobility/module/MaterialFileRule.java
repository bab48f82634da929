package fr.faireess.mobility.module;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.faireess.mobility.platform.files.ImageCheck;

/**
 * Which files a trainer may attach to a session: PDF, JPEG, PNG and office documents (Word,
 * PowerPoint, Excel, OpenDocument text and presentation), recognised by their content — never by
 * their name or the type the browser declares — and at most {@link #MAX_MEGABYTES} MB.
 *
 * <p>Office documents are ZIP archives; what tells them apart is inside. OpenDocument files start
 * with an uncompressed {@code mimetype} entry naming their type. Office Open XML files carry a
 * {@code [Content_Types].xml} part and a main part per application ({@code word/document.xml},
 * {@code ppt/presentation.xml}, {@code xl/workbook.xml}); we read the archive's central directory
 * (names only, nothing is decompressed, so a "zip bomb" costs nothing). Archives holding VBA macros
 * ({@code vbaProject.bin}) are refused: they would run code on the students' computers.
 */
public final class MaterialFileRule {

    public static final int MAX_MEGABYTES = 20;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int MAX_ENTRIES = 20_000;

    private MaterialFileRule() {
    }

    /** What the bytes are, if they are one of the accepted kinds. */
    public static Optional<MaterialKind> detect(byte[] content) {
        if (content == null || content.length < 8) {
            return Optional.empty();
        }
        if (ImageCheck.isPng(content)) {
            return Optional.of(MaterialKind.PNG);
        }
        if (ImageCheck.isJpeg(content)) {
            return Optional.of(MaterialKind.JPEG);
        }
        if (isPdf(content)) {
            return Optional.of(MaterialKind.PDF);
        }
        if (content.length > 30 && u32(content, 0) == LOCAL_HEADER) {
            return openDocument(content).or(() -> officeOpenXml(content));
        }
        return Optional.empty();
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
        if (content.length > 30 && u32(content, 0) == LOCAL_HEADER && hasMacros(content)) {
            return Optional.of("module.material.macros");
        }
        return detect(content).isPresent() ? Optional.empty() : Optional.of("module.material.wrongType");
    }

    /** A file name safe to store and send back, ending with the extension of what the content is. */
    public static String safeName(String name, MaterialKind kind) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ ()-]", "_").strip();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("^[._ ]+", "");
        if (base.isEmpty()) {
            base = "support";
        }
        if (base.length() > 200) {
            base = base.substring(0, 200);
        }
        return base + kind.extension();
    }

    // ---------------------------------------------------------------- OpenDocument

    /** The first entry is {@code mimetype}, stored uncompressed, its content the document's type. */
    private static Optional<MaterialKind> openDocument(byte[] content) {
        int method = u16(content, 8);
        int size = (int) Math.min(u32(content, 18) & 0xFFFFFFFFL, 100);
        int nameLength = u16(content, 26);
        int extraLength = u16(content, 28);
        if (method != 0 || nameLength != 8 || !"mimetype".equals(ascii(content, 30, 8))) {
            return Optional.empty();
        }
        String type = ascii(content, 30 + nameLength + extraLength, size);
        if (MaterialKind.ODT.contentType().equals(type)) {
            return Optional.of(MaterialKind.ODT);
        }
        if (MaterialKind.ODP.contentType().equals(type)) {
            return Optional.of(MaterialKind.ODP);
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- Office Open XML

    private static Optional<MaterialKind> officeOpenXml(byte[] content) {
        List<String> names = entryNames(content);
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(MaterialKind.DOCX);
        }
        if (names.contains("ppt/presentation.xml")) {
            return Optional.of(MaterialKind.PPTX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(MaterialKind.XLSX);
        }
        return Optional.empty();
    }

    private static boolean hasMacros(byte[] content) {
        return entryNames(content).stream().anyMatch(name -> name.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin"));
    }

    /** The entry names listed in the archive's central directory; empty if it cannot be read. */
    static List<String> entryNames(byte[] content) {
        int end = endOfCentralDirectory(content);
        if (end < 0) {
            return List.of();
        }
        int entries = u16(content, end + 10);
        long offset = u32(content, end + 16) & 0xFFFFFFFFL;
        List<String> names = new ArrayList<>();
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int i = 0; i < Math.min(entries, MAX_ENTRIES); i++) {
            if (at < 0 || at + 46 > content.length || u32(content, at) != CENTRAL_HEADER) {
                return List.of();
            }
            int nameLength = u16(content, at + 28);
            int extraLength = u16(content, at + 30);
            int commentLength = u16(content, at + 32);
            if (at + 46 + nameLength > content.length) {
                return List.of();
            }
            names.add(new String(content, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    /** Where the end-of-central-directory record starts (it ends the file, after an optional comment). */
    private static int endOfCentralDirectory(byte[] content) {
        int last = content.length - 22;
        int first = Math.max(0, last - 0xFFFF);
        for (int at = last; at >= first; at--) {
            if (u32(content, at) == END_OF_CENTRAL_DIRECTORY) {
                return at;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- bytes

    private static boolean isPdf(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        int from = Math.max(0, content.length - 2048);
        String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-") && tail.contains("%%EOF");
    }


    private static String ascii(byte[] content, int from, int length) {
        if (from < 0 || length < 0 || from + length > content.length) {
            return "";
        }
        return new String(content, from, length, StandardCharsets.US_ASCII);
    }

    /** Little-endian, as ZIP writes them. */
    private static int u16(byte[] b, int at) {
        if (at < 0 || at + 2 > b.length) {
            return -1;
        }
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int u32(byte[] b, int at) {
        if (at < 0 || at + 4 > b.length) {
            return 0;
        }
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
