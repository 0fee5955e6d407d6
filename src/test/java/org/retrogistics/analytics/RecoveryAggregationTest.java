package org.retrogistics.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.RecoveryFacts.Kind;

/** The ledger's sums: per currency, never across; expected against actual per option with the mean gap. */
class RecoveryAggregationTest {

    private static final UUID UNIT = UUID.randomUUID();

    private static LedgerEntry entry(Kind kind, String amount, String currency) {
        return new LedgerEntry(
                1,
                UNIT,
                null,
                kind,
                kind.side(),
                Money.of(amount, currency),
                "test",
                kind.name(),
                Instant.EPOCH,
                Instant.EPOCH);
    }

    @Test
    void costsAndRecoveriesAddUpPerCurrencyAndNeverAcross() {
        List<RecoveryTotals> totals = RecoveryTotals.of(List.of(
                entry(Kind.TRANSPORT, "4.10", "USD"),
                entry(Kind.LABOUR, "17.50", "USD"),
                entry(Kind.SALE, "120.00", "USD"),
                entry(Kind.REFUND, "30.00", "EUR"),
                entry(Kind.PARTS_VALUE, "5.25", "EUR")));

        assertThat(totals).extracting(t -> t.currency().getCurrencyCode()).containsExactly("EUR", "USD");
        RecoveryTotals eur = totals.get(0);
        assertThat(eur.costs()).isEqualTo(Money.of("30.00", "EUR"));
        assertThat(eur.recoveries()).isEqualTo(Money.of("5.25", "EUR"));
        assertThat(eur.net()).isEqualTo(Money.of("-24.75", "EUR"));
        assertThat(eur.entries()).isEqualTo(2);
        RecoveryTotals usd = totals.get(1);
        assertThat(usd.costs()).isEqualTo(Money.of("21.60", "USD"));
        assertThat(usd.recoveries()).isEqualTo(Money.of("120.00", "USD"));
        assertThat(usd.net()).isEqualTo(Money.of("98.40", "USD"));
    }

    @Test
    void exactDecimalsWithoutFloatingPointDrift() {
        // 0.10 + 0.20 is 0.30 exactly, as it never is in binary floating point
        List<RecoveryTotals> totals =
                RecoveryTotals.of(List.of(entry(Kind.FEES, "0.10", "USD"), entry(Kind.FEES, "0.20", "USD")));
        assertThat(totals.get(0).costs().amount()).isEqualByComparingTo("0.30");
    }

    @Test
    void aTotalRefusesAnEntryOfAnotherCurrency() {
        assertThatThrownBy(() -> RecoveryTotals.zero(java.util.Currency.getInstance("USD"))
                        .plus(entry(Kind.SALE, "1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyLedgerHasNoTotals() {
        assertThat(RecoveryTotals.of(List.of())).isEmpty();
        assertThat(RecoveryTotals.in(List.of(), java.util.Currency.getInstance("USD"))
                        .net())
                .isEqualTo(Money.of("0", "USD"));
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void perOptionTheActualIsRecoveriesLessCostsAndTheMeanGapIsPerComparedUnit() {
        // two refurbished units: expected 100 and 80; costs 30 + 50, recoveries 150 + 60: actual 120 + 10
        OptionComparison refurbish = OptionComparison.of(
                "REFURBISH_AND_RESELL",
                new OptionComparison.Counts(2, 1, 1),
                usd("180.00"),
                usd("80.00"),
                usd("210.00"));
        assertThat(refurbish.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(refurbish.units()).isEqualTo(2);
        assertThat(refurbish.settled()).isEqualTo(1);
        assertThat(refurbish.awaitingFacts()).isEqualTo(1);
        assertThat(refurbish.actual()).isEqualTo(usd("130.00"));
        // (130 − 180) / 2
        assertThat(refurbish.meanGap()).isEqualTo(usd("-25.00"));

        OptionComparison recycle = OptionComparison.of(
                "RECYCLE", new OptionComparison.Counts(1, 0, 0), usd("-0.80"), usd("1.30"), usd("0.00"));
        assertThat(recycle.actual()).isEqualTo(usd("-1.30"));
        assertThat(recycle.meanGap()).isEqualTo(usd("-0.50"));
    }

    @Test
    void theMeanGapIsRoundedHalfEvenToTheMinorUnit() {
        // 0.01 / 3 = 0.00333… → 0.00; 0.05 / 2 = 0.025 → 0.02 (half-even); 0.07 / 2 = 0.035 → 0.04
        assertThat(OptionComparison.of("B2B_LOT", new OptionComparison.Counts(3, 0, 0), usd("0"), usd("0"), usd("0.01"))
                        .meanGap())
                .isEqualTo(usd("0.00"));
        assertThat(OptionComparison.of("B2B_LOT", new OptionComparison.Counts(2, 0, 0), usd("0"), usd("0"), usd("0.05"))
                        .meanGap())
                .isEqualTo(usd("0.02"));
        assertThat(OptionComparison.of("B2B_LOT", new OptionComparison.Counts(2, 0, 0), usd("0"), usd("0"), usd("0.07"))
                        .meanGap())
                .isEqualTo(usd("0.04"));
    }

    @Test
    void aComparisonStaysInOneCurrency() {
        OptionComparison eur = OptionComparison.of(
                "RESELL_AS_IS",
                new OptionComparison.Counts(1, 0, 0),
                Money.of("9.00", "EUR"),
                Money.of("2.00", "EUR"),
                Money.of("8.00", "EUR"));
        assertThat(eur.meanGap()).isEqualTo(Money.of("-3.00", "EUR"));
        assertThatThrownBy(() -> OptionComparison.of(
                        "RESELL_AS_IS",
                        new OptionComparison.Counts(1, 0, 0),
                        usd("9.00"),
                        Money.of("2.00", "EUR"),
                        Money.of("8.00", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void optionsWithNoComparedUnitHaveAZeroGap() {
        OptionComparison only =
                OptionComparison.of("DONATE", new OptionComparison.Counts(0, 0, 1), usd("0"), usd("0"), usd("0"));
        assertThat(only.units()).isZero();
        assertThat(only.awaitingFacts()).isEqualTo(1);
        assertThat(only.meanGap()).isEqualTo(usd("0"));
    }

    @Test
    void summaryParametersAreReadOrRefusedWithAReason() {
        assertThat(RecoverySummary.GroupBy.parse("Month")).isEqualTo(RecoverySummary.GroupBy.MONTH);
        assertThat(RecoverySummary.Basis.parse("in-force")).isEqualTo(RecoverySummary.Basis.IN_FORCE);
        assertThat(RecoverySummary.Basis.parse(null)).isEqualTo(RecoverySummary.Basis.IN_FORCE);
        assertThat(RecoverySummary.Basis.parse("first")).isEqualTo(RecoverySummary.Basis.FIRST);
        assertThatThrownBy(() -> RecoverySummary.GroupBy.parse("week"))
                .isInstanceOf(InvalidRecoveryQuery.class)
                .hasMessageContaining("option, client, month");
    }
}
