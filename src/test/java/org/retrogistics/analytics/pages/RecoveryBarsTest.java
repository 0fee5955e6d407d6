package org.retrogistics.analytics.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.analytics.Expectation;
import org.retrogistics.analytics.LedgerEntry;
import org.retrogistics.analytics.RecoveryTotals;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.RecoveryFacts.Kind;

/** The unit waterfall compares like with like: where a refund is on the ledger, a net without it stands by the expectation. */
class RecoveryBarsTest {

    private static final UUID UNIT = UUID.randomUUID();

    private static LedgerEntry entry(Kind kind, String amount) {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        return new LedgerEntry(
                1, UNIT, null, kind, kind.side(), Money.of(amount, "USD"), "test", "ref-" + kind, at, at);
    }

    private static List<String> labels(List<LedgerEntry> entries) {
        Expectation expected = new Expectation("RESELL_AS_IS", Money.of("300.00", "USD"), 1, Instant.now());
        List<RecoveryBars> charts = RecoveryBars.waterfall(entries, RecoveryTotals.of(entries), expected);
        assertThat(charts).hasSize(1);
        return charts.get(0).bars().stream().map(RecoveryBars.Bar::label).toList();
    }

    @Test
    void aRefundOnTheLedgerAddsTheNetWithoutItBesideTheExpectation() {
        List<LedgerEntry> entries =
                List.of(entry(Kind.SALE, "350.00"), entry(Kind.TRANSPORT, "6.40"), entry(Kind.REFUND, "499.00"));
        assertThat(labels(entries)).endsWith("NET", "NET WITHOUT REFUND", "EXPECTED");
        RecoveryBars chart = RecoveryBars.waterfall(
                        entries,
                        RecoveryTotals.of(entries),
                        new Expectation("RESELL_AS_IS", Money.of("300.00", "USD"), 1, Instant.now()))
                .get(0);
        RecoveryBars.Bar comparable = chart.bars().stream()
                .filter(b -> b.label().equals("NET WITHOUT REFUND"))
                .findFirst()
                .orElseThrow();
        assertThat(comparable.amount()).contains("343.60");
    }

    @Test
    void withoutARefundTheNetItselfIsComparedAndNoExtraBarIsDrawn() {
        List<LedgerEntry> entries = List.of(entry(Kind.SALE, "350.00"), entry(Kind.TRANSPORT, "6.40"));
        assertThat(labels(entries)).endsWith("NET", "EXPECTED").doesNotContain("NET WITHOUT REFUND");
    }
}
