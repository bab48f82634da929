package fr.faireess.mobility.platform.web;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address of the person behind a request, for the rules that count per client (the password
 * reset throttle). Behind a reverse proxy (nginx in front of a cluster) the connection's address is
 * the proxy's, so every visitor would share one budget; the proxy names the real client in
 * {@code X-Forwarded-For}. That header is believed only when the connection comes from a trusted
 * proxy ({@code MOBILITY_TRUSTED_PROXIES}), and only as far as trusted proxies wrote it: it is read
 * from the right (the entry the last proxy appended) and the first address that is not a trusted
 * proxy is the client. Entries further left were typed by the client itself and are never used.
 *
 * <p>Plain Java: only IP literals are parsed (no name is ever resolved).
 */
public final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> trusted;

    private ClientAddress(List<Range> trusted) {
        this.trusted = trusted;
    }

    /**
     * The rule for a comma-separated list of proxies, each an address ({@code 127.0.0.1}) or a range
     * ({@code 172.16.0.0/12}, {@code fd00::/8}); empty or blank: no proxy is trusted.
     *
     * @throws IllegalArgumentException naming the entry that is neither
     */
    public static ClientAddress trusting(String proxies) {
        List<Range> ranges = new ArrayList<>();
        if (proxies != null) {
            for (String entry : proxies.split(",")) {
                String e = entry.strip();
                if (!e.isEmpty()) {
                    ranges.add(Range.parse(e).orElseThrow(() ->
                            new IllegalArgumentException("Not an IP address or range: " + e)));
                }
            }
        }
        return new ClientAddress(List.copyOf(ranges));
    }

    /** The client's address given the connection's peer and the request's {@code X-Forwarded-For}. */
    public String of(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !isTrusted(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        String nearest = remoteAddress;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            Optional<byte[]> parsed = literal(hop);
            if (parsed.isEmpty()) {
                // A trusted proxy never writes this: the header was forged or mangled before it.
                return nearest;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
            nearest = hop;
        }
        return nearest;
    }

    boolean isTrusted(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && trusted.stream().anyMatch(r -> r.contains(bytes.get()));
    }

    private static Optional<byte[]> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!IPV4.matcher(t).matches() && !IPV6.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            // A literal only (checked above): no name lookup happens.
            return Optional.of(InetAddress.getByName(t).getAddress());
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record Range(byte[] network, int prefix) {

        static Optional<Range> parse(String text) {
            int slash = text.indexOf('/');
            Optional<byte[]> address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            int bits = address.get().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (prefix < 0 || prefix > bits) {
                    return Optional.empty();
                }
            }
            return Optional.of(new Range(address.get(), prefix));
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = network.length * 8;
            BigInteger mask = prefix == 0 ? BigInteger.ZERO
                    : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(bits - prefix).shiftLeft(bits - prefix);
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }
}
