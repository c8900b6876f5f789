package dev.tifa.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded HTTP load on a running {@code tifa serve}: N clients, each sending the next request of a fixed mix as
 * soon as the last one answered, until the request budget or the time is used up. Loopback only: it refuses any
 * other address, so it cannot be pointed at someone else's server.
 *
 * <pre>java dev.tifa.bench.LoadDriver BASE_URL CLIENTS SECONDS MAX_REQUESTS PATH...</pre>
 * Prints one line of {@code key=value} pairs: requests, seconds, req_per_s, p50_ms, p90_ms, p99_ms, max_ms, errors, statuses.
 */
public final class LoadDriver {
    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: LoadDriver BASE_URL CLIENTS SECONDS MAX_REQUESTS PATH...");
            System.exit(2);
        }
        URI base = URI.create(args[0]);
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            System.err.println("LoadDriver: only a server on this machine (loopback) may be loaded, not " + base.getHost());
            System.exit(2);
        }
        int clients = Integer.parseInt(args[1]);
        Duration limit = Duration.ofSeconds(Long.parseLong(args[2]));
        int budget = Integer.parseInt(args[3]);
        List<String> paths = Arrays.asList(args).subList(4, args.length);
        System.out.println(run(base, clients, limit, budget, paths));
    }

    static String run(URI base, int clients, Duration limit, int budget, List<String> paths) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        java.util.Queue<Long> latencies = new java.util.concurrent.ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        AtomicLong lastEnd = new AtomicLong(start);
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                try {
                    for (int n; System.nanoTime() < deadline && (n = issued.getAndIncrement()) < budget; ) {
                        String path = paths.get((n + offset) % paths.size());
                        long t0 = System.nanoTime();
                        String status;
                        try {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(base.resolve(path))
                                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                            status = String.valueOf(r.statusCode());
                            if (r.statusCode() >= 400) errors.incrementAndGet();
                        } catch (Exception e) {
                            status = e.getClass().getSimpleName();
                            errors.incrementAndGet();
                        }
                        long t1 = System.nanoTime();
                        latencies.add(t1 - t0);
                        lastEnd.accumulateAndGet(t1, Math::max);
                        statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                    }
                } finally {
                    done.countDown();
                }
            }, "load-" + c);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        List<Long> all = new ArrayList<>(latencies);
        all.sort(null);
        double seconds = (lastEnd.get() - start) / 1e9;
        Map<String, Integer> st = new TreeMap<>();
        statuses.forEach((k, v) -> st.put(k, v.get()));
        return String.format(Locale.ROOT, "requests=%d seconds=%.1f req_per_s=%.1f p50_ms=%.0f p90_ms=%.0f p99_ms=%.0f max_ms=%.0f errors=%d statuses=%s",
                all.size(), seconds, all.size() / Math.max(seconds, 1e-9), pct(all, 50), pct(all, 90), pct(all, 99),
                all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6, errors.get(), st.toString().replace(" ", ""));
    }

    private static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }
}
