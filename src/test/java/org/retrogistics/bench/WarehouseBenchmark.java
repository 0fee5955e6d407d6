package org.retrogistics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Warehouse figures for docs/benchmarks.md, on the real application and database (not part of the test run):
 *
 * <pre>
 * ./mvnw -B verify -Dit.test=WarehouseBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <ol>
 *   <li>Dock scans over HTTP at a fixed arrival rate (open model: each scan is sent at its planned time whatever the
 *       previous ones do, and its latency counts from that planned time, so a stall is not hidden), per rate in
 *       {@code bench.scan.rates} (default 200 and 400 scans/s) for {@code bench.scan.seconds} (default 60 s).
 *   <li>Re-evaluating every decision of a client with {@code bench.reevaluate.units} units (default 100,000) after a
 *       recovery-table change: from the PUT of the table to the re-evaluation's recorded finish.
 * </ol>
 *
 * Results go to target/bench/warehouse.md.
 */
@Import(StatementCounter.Config.class)
class WarehouseBenchmark extends ApiTestSupport {

    /** {@code bench.scan.order}: {@code parcel} (default) scans a return's units back to back, {@code interleaved} not. */
    private static final boolean INTERLEAVED = "interleaved".equals(System.getProperty("bench.scan.order", "parcel"));

    private final StringBuilder report = new StringBuilder();

    @Test
    void warehouseFigures() throws Exception {
        report.append("Taken ")
                .append(Instant.now())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, load average ")
                .append(String.format(
                        "%.2f",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage()))
                .append(" at start.\n\n");
        int counted = Integer.getInteger("bench.scan.counted", 200);
        if (counted > 0) {
            scanStatements(counted);
        }
        int seconds = Integer.getInteger("bench.scan.seconds", 60);
        for (String rate : System.getProperty("bench.scan.rates", "200,400").split(",")) {
            if (!rate.isBlank() && Integer.parseInt(rate.strip()) > 0) {
                scans(Integer.parseInt(rate.strip()), seconds);
            }
        }
        int units = Integer.getInteger("bench.reevaluate.units", 100_000);
        if (units > 0) {
            reevaluation(units);
        }
        writeReport();
        System.out.println(report);
    }

    /** Written after each measure, so that a measure that fails its assertion still leaves its figures. */
    private void writeReport() throws IOException {
        Path out = Path.of("target/bench/warehouse.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    /** Licence plates of returns of five shirts each, enough for the given number of scans. */
    private List<String> plates(Tenant t, int scans) {
        String wh = t.token(Role.WAREHOUSE);
        List<String> plates = new ArrayList<>(scans);
        while (plates.size() < scans) {
            String order = placeOrder(t, 2, "shirt", 5);
            JsonNode r = post(
                            "/api/returns",
                            t.token(Role.CUSTOMER),
                            returnOf(line(order, 1, 5, "CHANGED_MIND", "REFUND")))
                    .json();
            get("/api/returns/" + r.path("id").asString() + "/units", wh)
                    .json()
                    .forEach(u -> plates.add(u.path("licencePlate").asString()));
        }
        return plates;
    }

    /**
     * What one scan sends to the database, load-independent: scans one unit at a time, waits until every event
     * publication they caused is complete (inspection's queue entry included), and counts statements and commits.
     */
    private void scanStatements(int scans) {
        Tenant t = newTenant();
        String wh = t.token(Role.WAREHOUSE);
        List<String> plates = plates(t, scans + 20);
        for (int i = 0; i < 20; i++) {
            post("/api/receiving/scans", wh, Map.of("code", plates.remove(plates.size() - 1)));
        }
        awaitPublications();
        StatementCounter.reset();
        long start = System.nanoTime();
        for (int i = 0; i < scans; i++) {
            assertThat(post("/api/receiving/scans", wh, Map.of("code", plates.get(i)))
                            .status())
                    .isEqualTo(201);
        }
        double sequential = (System.nanoTime() - start) / 1e9;
        awaitPublications();
        StatementCounter.Snapshot s = StatementCounter.snapshot();
        report.append(String.format(
                "%n| scan statements | %d scans one after another in %.1f s (%.1f ms each, load %s) | %.2f statements"
                        + " per scan | %.2f rows sent per scan | %.2f commits per scan | %.2f ms client-side"
                        + " database time per scan |%n%n",
                scans,
                sequential,
                sequential * 1000 / scans,
                load(),
                s.executions() / (double) scans,
                s.rows() / (double) scans,
                s.commits() / (double) scans,
                s.dbSeconds() * 1000 / scans));
        report.append(s.table(scans, 40)).append('\n');
    }

    /** Waits until every event publication is complete (async listeners done), without counting the polling. */
    private void awaitPublications() {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> StatementCounter.uncounted(
                                () -> count("select count(*) from event_publication where completion_date is null"))
                        == 0);
    }

    /** Prepares returns of five shirts each, then scans every unit's licence plate at the given rate. */
    private void scans(int rate, int seconds) throws Exception {
        Tenant t = newTenant();
        String wh = t.token(Role.WAREHOUSE);
        // warm-up at the rate itself, not counted: the JIT compiles the concurrent paths and Tomcat starts its threads
        // (a warm-up one scan at a time did neither, and the first seconds at the rate stalled for up to 1.5 s)
        int warmupScans = rate * Integer.getInteger("bench.scan.warmup", 10);
        int scans = rate * seconds + warmupScans;
        long prepStart = System.nanoTime();
        List<String> plates = plates(t, scans);
        double prepSeconds = (System.nanoTime() - prepStart) / 1e9;
        // the returns' own asynchronous work (refunds, recalls, the recovery ledger) finishes before the scans start:
        // measured without this, it ran into the first 20 s of scans and stalled them for up to 5 s
        awaitPublications();
        // warm-up: the first scans pay for class loading and the JIT; they are not counted
        for (int i = 0; i < Math.min(200, scans / 10); i++) {
            post("/api/receiving/scans", wh, Map.of("code", plates.remove(plates.size() - 1)));
        }
        if (INTERLEAVED) {
            plates = interleaved(plates);
        }
        int total = Math.min(scans, plates.size());
        int n = total - warmupScans;
        long[] latencyNanos = new long[n];
        AtomicInteger failures = new AtomicInteger();
        // per second of the planned schedule: answers that were not 201, and the worst latency, to tell a lasting
        // overload (failures spread over the run) from a stall (failures bunched in a few seconds)
        int[] failedInSecond = new int[seconds + 1];
        long[] worstInSecond = new long[seconds + 1];
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        long intervalNanos = 1_000_000_000L / rate;
        long warmupStart = System.nanoTime();
        long start = warmupStart + warmupScans * intervalNanos;
        for (int i = -warmupScans; i < n; i++) {
            long planned = start + i * intervalNanos;
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            HttpRequest request = HttpRequest.newBuilder(uri("/api/receiving/scans"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + wh)
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + plates.get(i + warmupScans) + "\"}"))
                    .build();
            if (index < 0) {
                inFlight.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
                continue;
            }
            inFlight.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((res, err) -> {
                        long latency = System.nanoTime() - planned;
                        latencyNanos[index] = latency;
                        int second = Math.min(seconds, index / rate);
                        synchronized (worstInSecond) {
                            worstInSecond[second] = Math.max(worstInSecond[second], latency);
                            if (err != null || res.statusCode() != 201) {
                                failedInSecond[second]++;
                            }
                        }
                        if (err != null || res.statusCode() != 201) {
                            failures.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencyNanos);
        report.append(String.format(
                "| scans at %d/s (" + (INTERLEAVED ? "interleaved" : "parcel")
                        + " order) | %d scans in %.1f s (%.0f/s achieved) | p50 %.1f ms | p95 %.1f ms | p99 %.1f ms | max %.1f"
                        + " ms | %d failed | %d returns prepared in %.0f s | after %d uncounted scans at the rate | load %s |%n",
                rate,
                n,
                elapsed,
                n / elapsed,
                pct(latencyNanos, 50),
                pct(latencyNanos, 95),
                pct(latencyNanos, 99),
                latencyNanos[n - 1] / 1e6,
                failures.get(),
                scans / 5,
                prepSeconds,
                warmupScans,
                load()));
        report.append("\nPer second of the schedule (worst latency ms / answers not 201): ");
        for (int second = 0; second < seconds; second++) {
            report.append(second == 0 ? "" : ", ")
                    .append(Math.round(worstInSecond[second] / 1e6))
                    .append('/')
                    .append(failedInSecond[second]);
        }
        report.append("\n\n");
        writeReport();
        assertThat(failures.get()).isZero();
    }

    /**
     * The plates reordered so that one return's five units are scanned {@code plates / 5} scans apart instead of back
     * to back: many stations each scanning its own parcel, rather than one parcel's units arriving 5 ms apart (which
     * queues them on the return's row lock, held until each scan commits).
     */
    private static List<String> interleaved(List<String> plates) {
        int returns = plates.size() / 5;
        List<String> out = new ArrayList<>(plates.size());
        for (int unit = 0; unit < 5; unit++) {
            for (int r = 0; r < returns; r++) {
                out.add(plates.get(r * 5 + unit));
            }
        }
        out.addAll(plates.subList(returns * 5, plates.size()));
        return out;
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /**
     * Gives one client {@code units} units with a decision each (copies of one real decision, with the unit's own id
     * and a spread of grades, written by SQL so that the set-up takes seconds), then changes the client's recovery table
     * over HTTP and times the re-evaluation until its recorded finish.
     */
    private void reevaluation(int units) throws IOException {
        Tenant t = newTenant();
        String wh = t.token(Role.WAREHOUSE);
        String manager = t.token(Role.MANAGER);
        String unitId = receivedUnit(t, "phone", "DEFECTIVE");
        inspect(t, unitId, phoneAnswers("fail", "B", "B"), "OK");
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/units/" + unitId + "/disposition", wh).status() == 200);
        long seedStart = System.nanoTime();
        jdbc.sql(
                        """
                        insert into unit (id, client_id, product_id, sku, licence_plate, source_ref, state, location,
                          created_at)
                        select gen_random_uuid(), u.client_id, u.product_id, u.sku, 'BENCH-' || u.client_id || '-' || g,
                          'bench', 'IN_CUSTODY', 'INSPECTION', now()
                        from unit u, generate_series(2, ?) g where u.id = ?::uuid
                        """)
                .params(units, unitId)
                .update();
        jdbc.sql(
                        """
                        insert into disposition_decision (unit_id, client_id, option, recommended, required_work,
                          overridden, last_resort, expected_net, currency, explanation, facts, options, overrides,
                          table_id, table_version, rules_version, decided_at, revision)
                        select b.id, d.client_id, d.option, d.recommended, d.required_work, d.overridden,
                          d.last_resort, d.expected_net, d.currency, d.explanation,
                          jsonb_set(jsonb_set(jsonb_set(d.facts, '{unitId}', to_jsonb(b.id::text)),
                            '{functionalGrade}', to_jsonb((array['F0','F1','F2','F3','F5','F8'])[1 + (random() * 5)::int])),
                            '{cosmeticGrade}', to_jsonb((array['A','B','C','D'])[1 + (random() * 3)::int])),
                          d.options, d.overrides, d.table_id, d.table_version, d.rules_version, now(), 1
                        from disposition_decision d, unit b
                        where d.unit_id = ?::uuid and b.source_ref = 'bench' and b.client_id = d.client_id
                        """)
                .params(unitId)
                .update();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        String compression = jdbc.sql(
                        """
                        select coalesce(nullif(attcompression::text, ''), 'default') from pg_attribute
                        where attrelid = 'disposition_decision'::regclass and attname = 'options'
                        """)
                .query(String.class)
                .single();
        long optionsBytes = count(
                "select sum(length(options::text)) / count(*) from disposition_decision where client_id = ?",
                t.id().value());
        assertThat(count("select count(*) from disposition_decision where client_id = ?", t.id().value()))
                .isEqualTo(units);

        String header = get("/api/disposition/table", manager)
                .body()
                .lines()
                .filter(l -> l.startsWith("client,"))
                .findFirst()
                .orElseThrow();
        awaitPublications();
        String loadBefore = load();
        StatementCounter.reset();
        long start = System.nanoTime();
        Res put = send(
                HttpRequest.newBuilder(uri("/api/disposition/table"))
                        .header("Content-Type", "text/csv")
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                header + "\n*,electronics,*,B2B_LOT,0.3,0.9,20,0.1,5,30,0,0,0,1,0.15,0,0,bench\n")),
                manager);
        assertThat(put.status()).isEqualTo(202);
        // polled in the database, uncounted, so that the polling adds nothing to the statements counted
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> StatementCounter.uncounted(() -> count(
                                "select count(*) from disposition_reevaluation where client_id = ?"
                                        + " and finished_at is not null",
                                t.id().value()))
                        > 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        StatementCounter.Snapshot atFinish = StatementCounter.snapshot();
        awaitPublications();
        double drained = (System.nanoTime() - start) / 1e9;
        StatementCounter.Snapshot all = StatementCounter.snapshot();
        JsonNode done = get("/api/disposition/reevaluations/latest", manager).json();
        report.append(String.format(
                "%n| re-evaluation | %d decisions | %.1f s from the table's PUT to the recorded finish (%.0f decisions/s)"
                        + " | %d changed their option | seeded by SQL in %.1f s | options %d bytes of JSON a decision,"
                        + " column compression %s |%n",
                done.path("total").asInt(),
                seconds,
                done.path("total").asInt() / seconds,
                done.path("changed").asInt(),
                seedSeconds,
                optionsBytes,
                compression));
        report.append(String.format(
                "%n| re-evaluation cost | load %s before, %s after | to the recorded finish: %.3f statements, %.3f rows"
                        + " sent, %.4f commits per unit, %.1f s client-side database time | until every event"
                        + " publication is complete (%.1f s after the PUT): %.3f statements per unit, %.1f s database time"
                        + " |%n%n",
                loadBefore,
                load(),
                atFinish.executions() / (double) units,
                atFinish.rows() / (double) units,
                atFinish.commits() / (double) units,
                atFinish.dbSeconds(),
                drained,
                all.executions() / (double) units,
                all.dbSeconds()));
        report.append(all.table(units, 30)).append('\n');
        assertThat(done.path("done").asInt()).isEqualTo(units);
    }
}
