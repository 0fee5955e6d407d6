package org.retrogistics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * The recall figure for docs/benchmarks.md, on the real application and database (not part of the test run):
 *
 * <pre>
 * ./mvnw -B verify -Dit.test=RecallBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Seeds {@code bench.recall.units} sold units (default 100,000) by SQL, each on its own order of one line with a lot and
 * a serial (the worst case: one return per unit), then times a campaign over HTTP from the POST that creates and
 * launches it until the campaign reports LAUNCHED, every return, return line, timeline entry and unit written. Results
 * go to target/bench/recall.md.
 */
class RecallBenchmark extends ApiTestSupport {

    @Test
    void recallOfManyUnits() throws Exception {
        int units = Integer.getInteger("bench.recall.units", 100_000);
        Tenant t = newTenant();
        var phone = t.products().get("phone");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long seedStart = System.nanoTime();
        jdbc.sql(
                        """
                        insert into customer_order (id, client_id, order_number, customer_email, customer_name,
                          ordered_at, delivered_at, currency)
                        select gen_random_uuid(), ?, 'BENCH-' || lpad(g::text, 7, '0'), 'owner' || g || '@example.com',
                          'Owner ' || g, now() - interval '40 days' + (g % 30) * interval '1 day',
                          now() - interval '38 days' + (g % 30) * interval '1 day', 'USD'
                        from generate_series(1, ?) g
                        """)
                .params(t.id().value(), units)
                .update();
        jdbc.sql(
                        """
                        insert into order_line (id, order_id, line_no, product_id, sku, quantity, unit_price, lot, serial)
                        select gen_random_uuid(), o.id, 1, ?, ?, 1, 499.00, 'LOT-BENCH',
                          'SN' || substr(o.order_number, 7)
                        from customer_order o where o.client_id = ?
                        """)
                .params(phone.id(), phone.sku(), t.id().value())
                .update();
        jdbc.sql("analyze customer_order").update();
        jdbc.sql("analyze order_line").update();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        Map<String, Object> campaign = Map.of(
                "name",
                "Battery swelling",
                "sku",
                phone.sku(),
                "lots",
                java.util.List.of("LOT-BENCH"),
                "remedy",
                "REPLACEMENT");
        long start = System.nanoTime();
        Res created = post("/api/recalls?launch=true", t.token(Role.MANAGER), campaign);
        double accepted = (System.nanoTime() - start) / 1e9;
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String location = created.header("Location");
        JsonNode done = org.awaitility.Awaitility.await()
                .atMost(Duration.ofMinutes(15))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> get(location, t.admin()).json(),
                        j -> j.path("status").asString().equals("LAUNCHED"));
        double seconds = (System.nanoTime() - start) / 1e9;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        long returns =
                count("select count(*) from return_request where client_id = ? and kind = 'RECALL'", t.id().value());
        long lines = count(
                "select count(*) from return_line l join return_request r on r.id = l.return_id where r.client_id = ?",
                t.id().value());
        long timeline = count(
                "select count(*) from return_event e join return_request r on r.id = e.return_id where r.client_id = ?",
                t.id().value());
        long unitRows = count("select count(*) from unit where client_id = ?", t.id().value());
        long ledger = count(
                "select count(*) from custody_event e join unit u on u.id = e.unit_id where u.client_id = ?",
                t.id().value());
        assertThat(done.path("progress").path("expected").asInt()).isEqualTo(units);
        assertThat(returns).isEqualTo(units);
        assertThat(unitRows).isEqualTo(units);

        String report = String.format(
                "Taken %s on %d cores, load average %.2f before and %.2f after (the machine was shared with other"
                        + " builds).%n%n| recall of %,d units | %.1f s from the POST to LAUNCHED | 202 answered in %.2f s"
                        + " | %,d returns, %,d lines, %,d timeline entries, %,d units, %,d ledger entries | %.0f units/s"
                        + " | seeded by SQL in %.1f s |%n",
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                loadBefore,
                loadAfter,
                units,
                seconds,
                accepted,
                returns,
                lines,
                timeline,
                unitRows,
                ledger,
                units / seconds,
                seedSeconds);
        Path out = Path.of("target/bench/recall.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }
}
