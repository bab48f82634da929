package fr.faireess.mobility.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Client side of the page benchmarks (issue #14, items 4 and 5): logged-in sessions over real HTTP
 * ({@code java.net.http}, one cookie jar per session, as a browser without JavaScript), and a load of N
 * concurrent clients that each GET one address again and again: a warm-up period, then a measured one.
 * Prints throughput and latency percentiles; asserts nothing about them.
 */
public final class PageLoad {

    /** What one measured period gave: requests, their rate, latency percentiles, bytes per answer. */
    public record Result(String label, int clients, long requests, double seconds, double medianMs, double p95Ms,
                         double p99Ms, long bytesPerAnswer, long timeouts) {

        public double perSecond() {
            return requests / seconds;
        }
    }

    private PageLoad() {
    }

    /** A new session of {@code email}, logged in through the login form of the application at {@code base}. */
    public static HttpClient login(String base, String email, String password) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> page = get(client, base + "login.xhtml");
        Document document = Jsoup.parse(page.body(), base);
        Element form = document.getElementById("login");
        if (form == null) {
            throw new IllegalStateException("No login form at " + base + "login.xhtml: " + page.statusCode());
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("login", "login");
        data.put("login:email", email);
        data.put("login:password", password);
        data.put("login:submit", "");
        Element viewState = form.selectFirst("input[name=jakarta.faces.ViewState]");
        if (viewState != null) {
            data.put("jakarta.faces.ViewState", viewState.attr("value"));
        }
        Element nonce = document.selectFirst("script[nonce]");
        if (nonce != null) {
            data.put("primefaces.nonce", nonce.attr("nonce"));
        }
        String body = data.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        String action = form.absUrl("action").isEmpty() ? base + "login.xhtml" : form.absUrl("action");
        HttpResponse<String> answer = send(client, HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (answer.statusCode() != 302 && answer.statusCode() != 303) {
            throw new IllegalStateException("Login of " + email + " refused: " + answer.statusCode());
        }
        return client;
    }

    /**
     * A client without a session. HTTP/1.1, as browsers speak to a plain-HTTP server: {@code java.net.http}
     * would otherwise ask every connection to upgrade to HTTP/2 ({@code h2c}), which Payara accepts and
     * which measured several times slower on large pages.
     */
    public static HttpClient anonymous() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static HttpResponse<String> get(HttpClient client, String url) {
        return send(client, HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /**
     * {@code clients.size()} threads, each with its own session, GET {@code url} in a loop: for
     * {@code warmup} unmeasured, then for {@code measured}. Every answer must be a 200 containing
     * {@code marker} (a page that redirects to the login or error page would be fast and wrong).
     */
    public static Result run(String label, List<HttpClient> clients, String url, String marker, Duration warmup,
                             Duration measured) throws InterruptedException {
        long warmupEnd = System.nanoTime() + warmup.toNanos();
        long end = warmupEnd + measured.toNanos();
        List<long[]> latencies = new ArrayList<>();
        AtomicLong bytes = new AtomicLong();
        AtomicLong timeouts = new AtomicLong();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients.size());
        List<Thread> threads = new ArrayList<>();
        for (HttpClient client : clients) {
            long[] mine = new long[1 << 18];
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                int n = 0;
                try {
                    while (failure.get() == null) {
                        long start = System.nanoTime();
                        if (start >= end) {
                            break;
                        }
                        HttpResponse<String> answer;
                        try {
                            answer = get(client, url);
                        } catch (IllegalStateException e) {
                            if (!(e.getCause() instanceof java.net.http.HttpTimeoutException)) {
                                throw e;
                            }
                            timeouts.incrementAndGet(); // a figure too: counted and shown, not a failure
                            continue;
                        }
                        long took = System.nanoTime() - start;
                        if (answer.statusCode() != 200 || !answer.body().contains(marker)) {
                            throw new IllegalStateException(label + ": " + answer.statusCode() + " from " + url
                                    + " without \"" + marker + "\"");
                        }
                        if (start >= warmupEnd && n < mine.length - 1) {
                            mine[++n] = took;
                            bytes.addAndGet(answer.body().getBytes(StandardCharsets.UTF_8).length);
                        }
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    mine[0] = n;
                    done.countDown();
                }
            }, "load-" + threads.size());
            threads.add(thread);
            thread.start();
        }
        done.await();
        if (failure.get() != null) {
            throw failure.get();
        }
        int total = latencies.stream().mapToInt(l -> (int) l[0]).sum();
        long[] all = new long[total];
        int i = 0;
        for (long[] l : latencies) {
            System.arraycopy(l, 1, all, i, (int) l[0]);
            i += (int) l[0];
        }
        Arrays.sort(all);
        if (total == 0) {
            return new Result(label, clients.size(), 0, measured.toNanos() / 1e9, 0, 0, 0, 0, timeouts.get());
        }
        return new Result(label, clients.size(), total, measured.toNanos() / 1e9, ms(Bench.percentile(all, 50)),
                ms(Bench.percentile(all, 95)), ms(Bench.percentile(all, 99)), total == 0 ? 0 : bytes.get() / total,
                timeouts.get());
    }

    public static String table(List<Result> results) {
        int width = Math.max(4, results.stream().mapToInt(r -> r.label().length()).max().orElse(0));
        String format = "%-" + width + "s | %7s | %8s | %7s | %9s | %8s | %8s | %8s | %8s%n";
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, format, "page", "clients", "requests",
                "req/s", "median ms", "p95 ms", "p99 ms", "KB/answer", "timeouts"));
        out.append("-".repeat(width + 91)).append('\n');
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, format, r.label(), r.clients(), r.requests(),
                    String.format(Locale.ROOT, "%.1f", r.perSecond()), two(r.medianMs()), two(r.p95Ms()), two(r.p99Ms()),
                    String.format(Locale.ROOT, "%.1f", r.bytesPerAnswer() / 1024.0), r.timeouts()));
        }
        return out.toString();
    }

    /** Resident memory of a process, in MB ({@code VmRSS} of {@code /proc/<pid>/status}); -1 where there is none. */
    public static long residentMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
