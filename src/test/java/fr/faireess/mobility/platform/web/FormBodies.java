package fr.faireess.mobility.platform.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Request bodies as a browser writes them, plus what no browser writes (bytes that are no UTF-8). */
final class FormBodies {

    static final String BOUNDARY = "----hostile17boundary";

    private FormBodies() {
    }

    /** {@code application/x-www-form-urlencoded}; {@link HostileCorpus#BAD_UTF8_TOKEN} becomes raw bytes. */
    static byte[] urlEncoded(Map<String, List<String>> data) {
        String body = data.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        return body.replace(HostileCorpus.BAD_UTF8_TOKEN, HostileCorpus.BAD_UTF8).getBytes(StandardCharsets.US_ASCII);
    }

    /** A value for an address's query string. */
    static String queryValue(HostileCorpus.Category category, int maxLength) {
        String value = category.value().length() > maxLength ? category.value().substring(0, maxLength) : category.value();
        return category.urlRaw() != null ? category.urlRaw() : enc(value);
    }

    /** {@code multipart/form-data} with the fields and, when {@code fileField} is given, one file part. */
    static byte[] multipart(Map<String, List<String>> data, String fileField, HostileCorpus.HostileFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] badUtf8 = HexFormat.of().parseHex(HostileCorpus.BAD_UTF8.replace("%", ""));
        data.forEach((name, values) -> values.forEach(value -> {
            write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            String[] pieces = value.split(HostileCorpus.BAD_UTF8_TOKEN, -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    out.writeBytes(badUtf8);
                }
                write(out, pieces[i]);
            }
            write(out, "\r\n");
        }));
        if (fileField != null) {
            write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + file.name().replace("\"", "%22") + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
            out.writeBytes(file.content());
            write(out, "\r\n");
        }
        write(out, "--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
