package fr.faireess.mobility.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an attacker types and uploads, one value per kind of attack. Every value that could become
 * markup carries {@link #MARKER} as a tag name, so a page showing it unescaped is found by a plain
 * text search ({@code <hx17}); its escaped form ({@code &lt;hx17}) is what a page must show.
 */
final class HostileCorpus {

    static final String MARKER = "hx17";
    private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>.*?</script>", Pattern.DOTALL);

    /** One kind of hostile text; {@code urlRaw}, when there is one, is written into an address as it is (percent-encoded). */
    record Category(String name, String value, String urlRaw) {
    }

    static final List<Category> CATEGORIES = List.of(
            text("xss", "\"'><" + MARKER + " onmouseover=alert(1)></textarea></script><script>" + MARKER + "()</script>"),
            text("sql", "' OR '1'='1' -- ; DROP TABLE account; /*"),
            text("el-template", "#{7*7} ${7*7} #{facesContext.externalContext.session} {{7*7}} <%= 7*7 %>"),
            text("csv-formula", "=1+1|=cmd|' /C calc'!A0 @SUM(1) +1 -1 =HYPERLINK(\"http://evil.example\")"),
            text("bidi", "\u202Efdp.exe\u202C \u2066admin\u2069 \u200B\uFEFF"),
            text("traversal", "../../../../etc/passwd ..\\..\\windows\\win.ini %2e%2e%2f file:///etc/passwd"),
            text("overlong", "A".repeat(100_000)),
            text("control", "line\r\nSet-Cookie: hx=1\r\n\u0007\u001b[31m\b\t\u0085"),
            text("nul", "before\u0000after"),
            new Category("bad-utf8", HostileCorpus.BAD_UTF8_TOKEN, HostileCorpus.BAD_UTF8));

    /** The kinds whose handling depends on the database (its SQL, its character set, its column sizes). */
    static final List<Category> DATABASE = CATEGORIES.stream()
            .filter(c -> List.of("sql", "bidi", "overlong", "nul", "bad-utf8").contains(c.name())).toList();

    /**
     * Bytes that are no UTF-8 (a broken pair, bytes never used, a surrogate, an overlong slash, a cut
     * sequence), percent-encoded: a body or address carries them where {@link #BAD_UTF8_TOKEN} stands.
     */
    static final String BAD_UTF8 = "%C3%28%FF%FE%ED%A0%80%C0%AF%E2%82";
    static final String BAD_UTF8_TOKEN = "BADUTF8";

    private static Category text(String name, String value) {
        return new Category(name, value, null);
    }

    /** A file to upload: its name, declared type and bytes. */
    record HostileFile(String kind, String name, String contentType, byte[] content) {
    }

    /**
     * Files every upload must refuse (or, for the image ones, refuse unless they are real images): none
     * is what its name or type claims, or its name is itself an attack.
     */
    static List<HostileFile> files() {
        byte[] fakePng = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                bytes("<script>" + MARKER + "()</script>"));
        return List.of(
                new HostileFile("wrong type", "cv.pdf", "application/pdf", bytes("<html><script>" + MARKER + "()</script></html>")),
                new HostileFile("polyglot", "image.pdf", "application/pdf",
                        concat(bytes("GIF89a/*"), bytes("*/=1;<script>" + MARKER + "()</script>\n%PDF-1.4\n"))),
                new HostileFile("zero bytes", "empty.pdf", "application/pdf", new byte[0]),
                new HostileFile("huge name", "a".repeat(5_000) + ".pdf", "application/pdf", bytes("not a pdf")),
                new HostileFile("traversal name", "../../../../etc/passwd", "application/pdf", bytes("root:x:0:0:root:/root:/bin/bash\n")),
                new HostileFile("fake PNG", "photo.png", "image/png", fakePng),
                new HostileFile("CSV formula", "cohorte.csv", "text/csv", bytes("=cmd|' /C calc'!A0;@SUM(1);\"<" + MARKER + ">\"\n")));
    }

    /**
     * Whether the hostile markup is in the page as markup: outside scripts (where a JavaScript string
     * holds it escaped, {@code "\x22><hx17 …<\/script>"}, as PrimeFaces writes a widget's value), or
     * breaking out of a script or a text area.
     */
    static boolean unescaped(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        String outsideScripts = SCRIPT.matcher(lower).replaceAll("<script></script>");
        return outsideScripts.contains("<" + MARKER)
                || lower.contains("</script><script>" + MARKER)
                || lower.contains("</textarea><" + MARKER);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
