package fr.faireess.mobility.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What uploaded bytes are, judged by their content — never by the file's name or the type the
 * browser declares. The one sniffer of the application; each feature's rule keeps its own list of
 * accepted {@link FileType}s and size.
 *
 * <ul>
 * <li>PDF: the {@code %PDF-} header within the first kilobyte (as readers tolerate) and an
 * {@code %%EOF} marker in the last two.</li>
 * <li>PNG and JPEG: whole images ({@link ImageCheck}), not merely the magic bytes.</li>
 * <li>Office documents are ZIP archives; what tells them apart is inside. OpenDocument files start
 * with an uncompressed {@code mimetype} entry naming their type. Office Open XML files carry a
 * {@code [Content_Types].xml} part and a main part per application ({@code word/document.xml},
 * {@code ppt/presentation.xml}, {@code xl/workbook.xml}); we read the archive's central directory
 * (names only, nothing is decompressed, so a "zip bomb" costs nothing).</li>
 * </ul>
 */
public final class ContentSniffer {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int MAX_ENTRIES = 20_000;

    private ContentSniffer() {
    }

    /** What the bytes are, if they are one of the kinds the application knows. */
    public static Optional<FileType> sniff(byte[] content) {
        if (content == null || content.length < 8) {
            return Optional.empty();
        }
        if (ImageCheck.isPng(content)) {
            return Optional.of(FileType.PNG);
        }
        if (ImageCheck.isJpeg(content)) {
            return Optional.of(FileType.JPEG);
        }
        if (isPdf(content)) {
            return Optional.of(FileType.PDF);
        }
        if (isZip(content)) {
            return openDocument(content).or(() -> officeOpenXml(content));
        }
        return Optional.empty();
    }

    /** A PDF header near the start and an end-of-file marker near the end. */
    public static boolean isPdf(byte[] content) {
        if (content == null) {
            return false;
        }
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        int from = Math.max(0, content.length - 2048);
        String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-") && tail.contains("%%EOF");
    }

    /** A ZIP archive holding VBA macros ({@code vbaProject.bin}): code that would run on the readers' computers. */
    public static boolean hasMacros(byte[] content) {
        return content != null && isZip(content)
                && entryNames(content).stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"));
    }

    private static boolean isZip(byte[] content) {
        return content.length > 30 && u32(content, 0) == LOCAL_HEADER;
    }

    // ---------------------------------------------------------------- OpenDocument

    /** The first entry is {@code mimetype}, stored uncompressed, its content the document's type. */
    private static Optional<FileType> openDocument(byte[] content) {
        int method = u16(content, 8);
        int size = (int) Math.min(u32(content, 18) & 0xFFFFFFFFL, 100);
        int nameLength = u16(content, 26);
        int extraLength = u16(content, 28);
        if (method != 0 || nameLength != 8 || !"mimetype".equals(ascii(content, 30, 8))) {
            return Optional.empty();
        }
        String type = ascii(content, 30 + nameLength + extraLength, size);
        if (FileType.ODT.contentType().equals(type)) {
            return Optional.of(FileType.ODT);
        }
        if (FileType.ODP.contentType().equals(type)) {
            return Optional.of(FileType.ODP);
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- Office Open XML

    private static Optional<FileType> officeOpenXml(byte[] content) {
        List<String> names = entryNames(content);
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(FileType.DOCX);
        }
        if (names.contains("ppt/presentation.xml")) {
            return Optional.of(FileType.PPTX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(FileType.XLSX);
        }
        return Optional.empty();
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
