package org.retrogistics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.testing.Csv;

/**
 * The manifest export of a large lot, end to end over HTTP, for docs/benchmarks.md (not part of the test run):
 *
 * <pre>
 * ./mvnw -B verify -Dit.test=ManifestBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Seeds one client's lot of {@code bench.lot.units} units (default 10,000) with SQL: 200 products (a quote and a comma
 * in each name, so every row is quoted), units spread over 37 pallets and three conditions. Then downloads the lot's
 * manifest {@code bench.lot.runs} times (default 5, after one warm-up) and reports each time from request to last byte,
 * checking that the rows add up to every unit. Results go to target/bench/manifest.md.
 */
class ManifestBenchmark extends ApiTestSupport {

    @Test
    void manifestOfALargeLot() throws Exception {
        int units = Integer.getInteger("bench.lot.units", 10_000);
        int runs = Integer.getInteger("bench.lot.runs", 5);
        Tenant t = newTenant();
        UUID client = t.id().value();
        long seedStart = System.nanoTime();
        jdbc.sql(
                        """
                        insert into product (id, client_id, sku, gtin, name, brand, category, family, weight_grams,
                          unit_value, currency)
                        select gen_random_uuid(), :c, :code || '-P' || lpad(g::text, 4, '0'),
                          lpad((400000000000 + g)::text, 14, '0'), 'Headphones ' || g || ', "studio" edition',
                          'Brand ' || (g % 7), 'electronics', 'electronics', 300, 10 + g, 'USD'
                        from generate_series(1, 200) g
                        """)
                .param("c", client)
                .param("code", t.code())
                .update();
        List<UUID> pallets = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            UUID id = UUID.randomUUID();
            pallets.add(id);
            String sscc =
                    String.format("%018d", Math.floorMod(id.getMostSignificantBits(), 1_000_000_000_000_000_000L));
            jdbc.sql(
                            """
                            insert into container (id, client_id, sscc, kind, location, created_at, created_by)
                            values (:id, :c, :sscc, 'PALLET', 'STOCK', now(), 'bench')
                            """)
                    .param("id", id)
                    .param("c", client)
                    .param("sscc", sscc)
                    .update();
        }
        UUID lot = UUID.randomUUID();
        String number = "LOT-BENCH-" + t.code();
        jdbc.sql(
                        """
                        insert into resale_lot (id, client_id, number, title, status, category, currency, created_at,
                          created_by, closed_at)
                        values (:id, :c, :n, 'Benchmark lot', 'CLOSED', 'electronics', 'USD', now(), 'bench', now())
                        """)
                .param("id", lot)
                .param("c", client)
                .param("n", number)
                .update();
        jdbc.sql(
                        """
                        with p as (select array_agg(id order by sku) ids from product where client_id = :c)
                        insert into unit (id, client_id, product_id, sku, licence_plate, source_ref, state, location,
                          created_at, container_id)
                        select gen_random_uuid(), :c, p.ids[1 + g % 200], 'x', :code || '-LP' || g, 'bench',
                          'IN_CUSTODY', 'STOCK', now(), (:pallets::uuid[])[1 + g % 37]
                        from generate_series(1, :n) g, p
                        """)
                .param("c", client)
                .param("code", t.code())
                .param("n", units)
                .param("pallets", pallets.stream().map(UUID::toString).toArray(String[]::new))
                .update();
        jdbc.sql(
                        """
                        insert into lot_unit (lot_id, unit_id, client_id, position, licence_plate, sku, description,
                          brand, gtin, category, grade_band, condition, unit_retail)
                        select :lot, u.id, :c, row_number() over (order by u.licence_plate), u.licence_plate, p.sku,
                          p.name, p.brand, substring(p.gtin from 3), p.category, 'GOOD',
                          (array['Like new (F0/A)', 'Used - good (F2/B)', 'Used - fair (F2/C)'])[1 + abs(hashtext(u.licence_plate)) % 3],
                          p.unit_value
                        from unit u join product p on p.id = u.product_id where u.client_id = :c
                        """)
                .param("lot", lot)
                .param("c", client)
                .update();
        jdbc.sql("analyze lot_unit").update();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

        String token = t.token(Role.AGENT);
        HttpRequest request = HttpRequest.newBuilder(uri("/api/lots/" + lot + "/manifest.csv"))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(120))
                .GET()
                .build();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long coldStart = System.nanoTime();
        HttpResponse<String> warm = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        double cold = (System.nanoTime() - coldStart) / 1e9;
        assertThat(warm.statusCode()).isEqualTo(200);
        List<List<String>> rows = Csv.parse(warm.body());
        long quantity =
                rows.stream().skip(1).mapToLong(r -> Long.parseLong(r.get(2))).sum();
        assertThat(quantity).isEqualTo(units);
        assertThat(rows.stream()
                        .skip(1)
                        .allMatch(r -> r.size() == 10 && r.get(9).equals(number)))
                .isTrue();
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            seconds.add((System.nanoTime() - start) / 1e9);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).hasSize(warm.body().length());
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        String report = String.format(
                """
                Taken %s on %d cores; load average %.2f before, %.2f after.

                | lot units | manifest rows | bytes | seeding (SQL) | first export | then min | median | max | runs |
                |---|---|---|---|---|---|---|---|---|
                | %,d | %,d | %,d | %.1f s | %.3f s | %.3f s | %.3f s | %.3f s | %d |
                """,
                Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                loadBefore,
                loadAfter,
                units,
                rows.size() - 1,
                warm.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                seedSeconds,
                cold,
                sorted.get(0),
                sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1),
                runs);
        Path out = Path.of("target/bench/manifest.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        assertThat(sorted.get(sorted.size() / 2))
                .as("median export time, target under 5 s")
                .isLessThan(5.0);
    }
}
