package org.retrogistics.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.web.FormBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The custody ledger's hash chain (ADR 0031): whatever moves a unit goes through, its chain verifies; an entry changed
 * by SQL behind the application's back is named by the verify endpoint and the unit's console page.
 */
class CustodyChainIT extends ApiTestSupport {

    @Autowired
    CustodyLedger custody;

    @Autowired
    TransactionTemplate tx;

    private UUID newUnit(Tenant t) {
        return custody.expect(new ExpectedUnit(
                        t.id(),
                        t.products().get("phone").id(),
                        t.sku("phone"),
                        null,
                        null,
                        "test:" + UUID.randomUUID(),
                        null,
                        "shopper",
                        "test"))
                .id();
    }

    private static final CustodyEventType[] MOVES = {
        CustodyEventType.IN_TRANSIT,
        CustodyEventType.RECEIVED,
        CustodyEventType.MOVED,
        CustodyEventType.HANDED_OVER,
        CustodyEventType.NOTE,
        CustodyEventType.RELEASED
    };

    /** Any move: any type but the opening one, text with quotes, unicode and nulls, instants to the nanosecond. */
    private static Gen<CustodyMove> moves() {
        // no NUL (PostgreSQL text has none) and no lone surrogates (not UTF-8): quotes, backslashes, controls, any
        // script
        Gen<String> text = strings().betweenCodePoints(1, 0xD7FF).ofLengthBetween(0, 12);
        Gen<String> maybe = text.map(s -> s.isEmpty() ? null : s);
        return integers()
                .between(0, MOVES.length - 1)
                .zip(
                        maybe,
                        maybe,
                        longs().between(0, 4_000_000_000L * 1_000_000_000L),
                        (type, where, note, nanos) -> new CustodyMove(
                                MOVES[type],
                                where,
                                note == null ? null : "holder " + note,
                                Instant.ofEpochSecond(nanos / 1_000_000_000L, nanos % 1_000_000_000L),
                                "by " + (where == null ? "someone" : where),
                                note,
                                note));
    }

    @Test
    void anySequenceOfMovesKeepsTheChainValid() {
        Tenant t = newTenant();
        qt().withExamples(25)
                .withShrinkCycles(20)
                .forAll(lists().of(moves()).ofSizeBetween(0, 6))
                .checkAssert(sequence -> {
                    UUID unit = newUnit(t);
                    sequence.forEach(m -> custody.record(t.id(), unit, m));
                    CustodyChain.Verification v = custody.verifyChain(t.id(), unit);
                    assertThat(v.valid()).as(String.valueOf(v.problem())).isTrue();
                    assertThat(v.entries()).isEqualTo(sequence.size() + 1);
                });
    }

    @Test
    void anEntryChangedBySqlIsNamedByTheEndpointAndThePage() {
        Tenant t = newTenant();
        UUID unit = newUnit(t);
        for (String where : List.of("DOCK", "INSPECTION", "STOCK")) {
            custody.record(
                    t.id(), unit, new CustodyMove(CustodyEventType.MOVED, where, null, null, "test", null, null));
        }
        String verify = "/api/units/" + unit + "/custody/verify";
        JsonNode ok = get(verify, t.token(Role.WAREHOUSE)).json();
        assertThat(ok.path("valid").asBoolean()).isTrue();
        assertThat(ok.path("entries").asInt()).isEqualTo(4);
        FormBrowser browser = new FormBrowser(this::uri);
        browser.signIn(t.code() + "-warehouse", "secret-warehouse");
        assertThat(browser.get("/console/units/" + unit).body()).contains("chain verified");

        // what a superuser could do: switch the append-only trigger off and move entry 3 somewhere else
        tx.executeWithoutResult(s -> {
            jdbc.sql("alter table custody_event disable trigger custody_event_no_update")
                    .update();
            jdbc.sql("update custody_event set location = 'OUTBOUND' where unit_id = ? and seq = 3")
                    .params(unit)
                    .update();
            jdbc.sql("alter table custody_event enable trigger custody_event_no_update")
                    .update();
        });

        JsonNode broken = get(verify, t.token(Role.WAREHOUSE)).json();
        assertThat(broken.path("valid").asBoolean()).isFalse();
        assertThat(broken.path("brokenAt").asInt()).isEqualTo(3);
        assertThat(broken.path("problem").asString()).contains("entry 3");
        assertThat(browser.get("/console/units/" + unit).body()).contains("tampered at entry 3");
        // another client cannot ask
        assertThat(get(verify, newTenant().admin()).status()).isEqualTo(404);
    }

    @Test
    void twoConcurrentAppendsToOneUnitNeverChainOffTheSameEntry() throws Exception {
        Tenant t = newTenant();
        UUID unit = newUnit(t);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<?>> both = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    String where = "BAY-" + round + "-" + i;
                    both.add(pool.submit(() -> {
                        start.await();
                        return custody.record(
                                t.id(),
                                unit,
                                new CustodyMove(CustodyEventType.MOVED, where, null, null, "test", null, null));
                    }));
                }
                for (Future<?> f : both) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException refused) {
                        // one of the two lost the race on the unit's version or on (unit, seq): it wrote nothing
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(custody.verifyChain(t.id(), unit).valid()).isTrue();
        assertThat(count(
                        "select count(*) - count(distinct coalesce(prev_hash, ''::bytea)) from custody_event where unit_id = ?",
                        unit))
                .isZero();
    }
}
