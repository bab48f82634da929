package fr.faireess.mobility.platform.web;

/**
 * Whether a request path, as it came on the wire, can be percent-decoded at all: every {@code %} is
 * followed by two hexadecimal digits. Payara's HTTP listener decodes the path before any application
 * code runs and, on a path that fails this ({@code /%}, {@code /%zz}, {@code /a%2}), logs a SEVERE
 * error and answers an empty 200 (payara/Payara#8000); {@link UndecodablePathFilter} answers those 400
 * first. Paths that decode to something Payara refuses (invalid UTF-8, {@code %00}, {@code /%2e%2e/})
 * pass here: Payara answers them 400 itself, cleanly.
 */
public final class PercentEncoding {

    private PercentEncoding() {
    }

    public static boolean isDecodable(String rawPath) {
        int length = rawPath.length();
        for (int i = 0; i < length; i++) {
            if (rawPath.charAt(i) == '%') {
                if (i + 2 >= length || !isHexDigit(rawPath.charAt(i + 1)) || !isHexDigit(rawPath.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
