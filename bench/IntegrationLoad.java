import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of bench/integration.sh: return creation over one or several instances (comma-separated addresses, taken in
 * turn), a webhook subscription whose receiver runs here, and the outbox lag read from /actuator/prometheus while the
 * load runs. Prints one line of figures: returns per second, webhook delivery latency (event time to arrival) p50 and
 * p99, deliveries per second, duplicates, and the outbox lag's median and maximum.
 *
 * <p>{@code java IntegrationLoad BASES DIR ADMIN_USER ADMIN_PASSWORD METRICS_TOKEN CLIENTS SECONDS}; loopback only.
 * Uses CrashLoad's setup (product, policy, one agent token per client) and its order and return requests.
 */
public class IntegrationLoad {

    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern LAG = Pattern.compile("(?m)^retrogistics_outbox_lag_seconds(?:\\{[^}]*\\})? ([0-9.eE+-]+)");

    public static void main(String[] args) throws Exception {
        String bases = args[0];
        Path dir = Path.of(args[1]);
        String admin = "Basic " + Base64.getEncoder()
                .encodeToString((args[2] + ":" + args[3]).getBytes(StandardCharsets.UTF_8));
        String metricsToken = args[4];
        int clients = Integer.parseInt(args[5]);
        int seconds = Integer.parseInt(args[6]);
        String first = bases.split(",")[0];
        for (String one : bases.split(",")) {
            if (!one.matches("http://(127\\.0\\.0\\.1|localhost):\\d+")) {
                throw new IllegalArgumentException("loopback only: " + one);
            }
        }

        CrashLoad.setup(first, dir.toString(), args[2], args[3], clients);
        List<String> tokens = Files.readAllLines(dir.resolve("tokens"));

        // the receiver: answers 204 at once and notes when each message arrived and when its event happened
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        List<Long> latencyMs = Collections.synchronizedList(new ArrayList<>());
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        var receiverPool = Executors.newFixedThreadPool(8);
        receiver.setExecutor(receiverPool);
        receiver.createContext("/hooks", exchange -> {
            long now = System.currentTimeMillis();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            if (seen.merge(id, 1, Integer::sum) == 1) {
                Matcher m = TIMESTAMP.matcher(body);
                if (m.find()) {
                    latencyMs.add(now - Instant.parse(m.group(1)).toEpochMilli());
                }
                arrivals.add(now);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        CrashLoad.expect(201, CrashLoad.send(first, "/api/integration/webhooks", admin, null, """
                {"url": "%s", "eventTypes": ["return.authorized.v1"], "description": "bench receiver"}"""
                .formatted(url)));
        Thread.sleep(6000); // the subscription cache of every instance (5 s) knows it now

        // the outbox lag, sampled once a second from the first instance while the load runs
        List<Double> lags = Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Thread sampler = new Thread(() -> {
            while (System.nanoTime() < deadline) {
                try {
                    HttpResponse<String> r =
                            CrashLoad.send(first, "/actuator/prometheus", "Bearer " + metricsToken, null, null);
                    Matcher m = LAG.matcher(r.body());
                    if (m.find()) {
                        lags.add(Double.parseDouble(m.group(1)));
                    }
                    Thread.sleep(1000);
                } catch (Exception e) {
                    return;
                }
            }
        });
        sampler.start();

        AtomicInteger created = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c + 1;
            String bearer = "Bearer " + tokens.get(c);
            Thread t = new Thread(() -> {
                for (int n = 1; System.nanoTime() < deadline; n++) {
                    String op = "IL-" + client + "-" + n;
                    try {
                        CrashLoad.Step order = CrashLoad.order(op);
                        CrashLoad.Step ret = CrashLoad.returnOf(op);
                        if (CrashLoad.send(bases, order.path(), bearer, order.key(), order.body()).statusCode() / 100
                                        == 2
                                && CrashLoad.send(bases, ret.path(), bearer, ret.key(), ret.body()).statusCode()
                                        == 201) {
                            created.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        sampler.join();
        // every authorized return's webhook, or give up after two minutes
        long waitUntil = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (seen.size() < created.get() && System.nanoTime() < waitUntil) {
            Thread.sleep(200);
        }
        receiver.stop(0);
        receiverPool.shutdownNow(); // its threads would keep the JVM, and the script waiting for the figures, alive

        List<Long> lat = new ArrayList<>(latencyMs);
        Collections.sort(lat);
        List<Long> at = new ArrayList<>(arrivals);
        Collections.sort(at);
        List<Double> lag = new ArrayList<>(lags);
        Collections.sort(lag);
        double spanSeconds = at.size() < 2 ? 0 : (at.get(at.size() - 1) - at.get(0)) / 1000.0;
        long duplicates = seen.values().stream().filter(v -> v > 1).count();
        System.out.printf(
                "returns=%d failed=%d returns_per_s=%.1f webhooks=%d duplicates=%d latency_p50_ms=%d latency_p99_ms=%d"
                        + " latency_max_ms=%d deliveries_per_s=%.1f outbox_lag_p50_s=%.2f outbox_lag_max_s=%.2f%n",
                created.get(),
                failed.get(),
                created.get() / loadSeconds,
                seen.size(),
                duplicates,
                pct(lat, 50),
                pct(lat, 99),
                lat.isEmpty() ? -1 : lat.get(lat.size() - 1),
                spanSeconds == 0 ? 0 : at.size() / spanSeconds,
                lag.isEmpty() ? -1 : lag.get(lag.size() / 2),
                lag.isEmpty() ? -1 : lag.get(lag.size() - 1));
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
