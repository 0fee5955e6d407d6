package org.retrogistics.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.RecoveryFacts;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recovery-ledger figures for docs/benchmarks.md, on the real application and database (not part of the test run):
 *
 * <pre>
 * ./mvnw -B verify -Dit.test=RecoveryLedgerBenchmark -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <ol>
 *   <li>Ingest: {@code bench.recovery.facts} (default 2,000) RecoveryFacts events of 3 entries each, published in one
 *       transaction each as producers do, until the last entry is recorded through the outbox.
 *   <li>Queries over HTTP on a client with {@code bench.recovery.units} units (default 100,000) holding 4 entries and
 *       an expectation each, written by SQL: the summary by option, by month, and one unit's ledger; 10 runs each
 *       after 2 warm-up runs, median and worst.
 * </ol>
 *
 * Results go to target/bench/recovery.md.
 */
class RecoveryLedgerBenchmark extends ApiTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void recoveryFigures() throws Exception {
        StringBuilder report = new StringBuilder("Taken ")
                .append(Instant.now())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, load average ")
                .append(String.format(
                        "%.2f",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage()))
                .append("\n\n");
        Tenant t = newTenant();
        int units = Integer.getInteger("bench.recovery.units", 100_000);
        int facts = Integer.getInteger("bench.recovery.facts", 2_000);
        UUID product = t.products().get("phone").id();
        String prefix = t.code().toUpperCase();
        long start = System.nanoTime();
        jdbc.sql(
                        """
                        insert into unit (id, client_id, product_id, sku, licence_plate, source_ref, state, created_at)
                        select gen_random_uuid(), :c, :p, 'BENCH', :prefix || g, 'bench', 'IN_CUSTODY', now()
                        from generate_series(1, :n) g
                        """)
                .param("c", t.id().value())
                .param("p", product)
                .param("prefix", prefix)
                .param("n", units)
                .update();
        String[] options = {"RETURN_TO_STOCK", "REFURBISH_AND_RESELL", "RESELL_AS_IS", "B2B_LOT", "RECYCLE"};
        jdbc.sql(
                        """
                        insert into recovery_expectation (unit_id, revision, client_id, option, expected_net, currency,
                          decided_at)
                        select id, 1, client_id, (:options)[1 + abs(hashtext(id::text)) % 5],
                          round((random() * 200)::numeric, 2), 'USD', now() - (random() * interval '300 days')
                        from unit where client_id = :c
                        """)
                .param("options", options)
                .param("c", t.id().value())
                .update();
        jdbc.sql(
                        """
                        insert into recovery_entry (unit_id, client_id, kind, side, amount, currency, source_type,
                          source_ref, occurred_at)
                        select u.id, u.client_id, k.kind, k.side, round((random() * 100)::numeric, 2), 'USD', 'bench',
                          u.licence_plate, now() - (random() * interval '300 days')
                        from unit u cross join (values ('TRANSPORT', 'COST'), ('LABOUR', 'COST'), ('PARTS', 'COST'),
                          ('SALE', 'RECOVERY')) as k(kind, side)
                        where u.client_id = :c
                        """)
                .param("c", t.id().value())
                .update();
        jdbc.sql("analyze recovery_entry").update();
        jdbc.sql("analyze recovery_expectation").update();
        report.append(String.format(
                "Set-up: %,d units, %,d entries, %,d expectations written by SQL in %.1f s%n%n",
                units, units * 4, units, (System.nanoTime() - start) / 1e9));

        String manager = t.token(Role.MANAGER);
        String anyUnit = jdbc.sql("select id::text from unit where client_id = :c limit 1")
                .param("c", t.id().value())
                .query(String.class)
                .single();
        report.append("| query | median ms | worst ms |\n|---|---:|---:|\n");
        for (String path : List.of(
                "/api/recovery/summary?groupBy=option",
                "/api/recovery/summary?groupBy=option&basis=first",
                "/api/recovery/summary?groupBy=month",
                "/api/recovery/summary?groupBy=client&from=2026-01-01",
                "/api/units/" + anyUnit + "/recovery")) {
            long[] ms = new long[10];
            for (int i = -2; i < 10; i++) {
                long s = System.nanoTime();
                Res r = get(path, manager);
                long took = (System.nanoTime() - s) / 1_000_000;
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                if (i >= 0) {
                    ms[i] = took;
                }
            }
            Arrays.sort(ms);
            report.append("| `GET ")
                    .append(path.replace(anyUnit, "{id}"))
                    .append("` | ")
                    .append(ms[4])
                    .append(" | ")
                    .append(ms[9])
                    .append(" |\n");
        }

        // ingest through the outbox: one transaction per fact, as producers publish them
        List<UUID> ids = jdbc.sql("select id from unit where client_id = :c limit :n")
                .param("c", t.id().value())
                .param("n", facts)
                .query(UUID.class)
                .list();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long before = count("select count(*) from recovery_entry where client_id = ?::uuid", t.id().toString());
        long s = System.nanoTime();
        for (UUID id : ids) {
            List<RecoveryFacts.Entry> entries = new ArrayList<>();
            for (RecoveryFacts.Kind k :
                    List.of(RecoveryFacts.Kind.FEES, RecoveryFacts.Kind.REFUND, RecoveryFacts.Kind.LOT_SHARE)) {
                entries.add(new RecoveryFacts.Entry(
                        id, null, t.id(), k, Money.of("1.25", "USD"), "bench-ingest", id.toString()));
            }
            tx.executeWithoutResult(x -> events.publishEvent(new RecoveryFacts(entries, Instant.now())));
        }
        long published = System.nanoTime() - s;
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> count("select count(*) from recovery_entry where client_id = ?::uuid", t.id().toString())
                        == before + 3L * ids.size());
        double seconds = (System.nanoTime() - s) / 1e9;
        report.append(String.format(
                "%nIngest: %,d facts (%,d entries) published in %.1f s, all recorded after %.1f s: %.0f facts/s%n",
                ids.size(), 3 * ids.size(), published / 1e9, seconds, ids.size() / seconds));
        Path out = Path.of("target/bench/recovery.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }
}
