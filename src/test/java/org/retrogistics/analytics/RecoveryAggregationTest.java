package org.retrogistics.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.analytics.OptionComparison.UnitOutcome;
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

    private static UnitOutcome outcome(String option, String expected, String costs, String recoveries) {
        return outcome(option, expected, costs, recoveries, false);
    }

    private static UnitOutcome outcome(
            String option, String expected, String costs, String recoveries, boolean settled) {
        return new UnitOutcome(
                UUID.randomUUID(),
                option,
                Money.of(expected, "USD"),
                costs == null ? null : Money.of(costs, "USD"),
                recoveries == null ? null : Money.of(recoveries, "USD"),
                settled);
    }

    @Test
    void perOptionExpectedAgainstActualWithTheMeanGap() {
        List<OptionComparison> rows = OptionComparison.of(List.of(
                outcome("REFURBISH_AND_RESELL", "100.00", "30.00", "150.00", true), // actual 120, gap +20, sold
                outcome("REFURBISH_AND_RESELL", "80.00", "50.00", "60.00"), // actual 10, gap -70
                outcome("REFURBISH_AND_RESELL", "90.00", null, null), // no facts yet
                outcome("RECYCLE", "-0.80", "1.30", "0.00"))); // actual -1.30, gap -0.50

        OptionComparison refurbish = rows.get(0);
        assertThat(refurbish.option()).isEqualTo("REFURBISH_AND_RESELL");
        assertThat(refurbish.units()).isEqualTo(2);
        assertThat(refurbish.settled()).isEqualTo(1);
        assertThat(refurbish.awaitingFacts()).isEqualTo(1);
        assertThat(refurbish.expected()).isEqualTo(Money.of("180.00", "USD"));
        assertThat(refurbish.costs()).isEqualTo(Money.of("80.00", "USD"));
        assertThat(refurbish.recoveries()).isEqualTo(Money.of("210.00", "USD"));
        assertThat(refurbish.actual()).isEqualTo(Money.of("130.00", "USD"));
        assertThat(refurbish.meanGap()).isEqualTo(Money.of("-25.00", "USD"));

        OptionComparison recycle = rows.get(1);
        assertThat(recycle.units()).isEqualTo(1);
        assertThat(recycle.actual()).isEqualTo(Money.of("-1.30", "USD"));
        assertThat(recycle.meanGap()).isEqualTo(Money.of("-0.50", "USD"));
    }

    @Test
    void theMeanGapIsRoundedHalfEvenToTheMinorUnit() {
        List<OptionComparison> rows = OptionComparison.of(List.of(
                outcome("B2B_LOT", "0.00", "0.00", "0.01"),
                outcome("B2B_LOT", "0.00", "0.00", "0.00"),
                outcome("B2B_LOT", "0.00", "0.00", "0.00")));
        // 0.01 / 3 = 0.00333… → 0.00
        assertThat(rows.get(0).meanGap()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(rows.get(0).actual()).isEqualTo(Money.of("0.01", "USD"));
    }

    @Test
    void optionsInDifferentCurrenciesAreSeparateRows() {
        List<OptionComparison> rows = OptionComparison.of(List.of(
                outcome("RESELL_AS_IS", "10.00", "1.00", "12.00"),
                new UnitOutcome(
                        UUID.randomUUID(),
                        "RESELL_AS_IS",
                        Money.of("9.00", "EUR"),
                        Money.of("2.00", "EUR"),
                        Money.of("8.00", "EUR"),
                        false)));
        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(r -> r.currency().getCurrencyCode()).containsExactly("USD", "EUR");
        assertThat(rows.get(1).meanGap()).isEqualTo(Money.of("-3.00", "EUR"));
    }

    @Test
    void optionsWithNoComparedUnitHaveAZeroGap() {
        OptionComparison only = OptionComparison.of(List.of(outcome("DONATE", "0.00", null, null)))
                .get(0);
        assertThat(only.units()).isZero();
        assertThat(only.awaitingFacts()).isEqualTo(1);
        assertThat(only.meanGap()).isEqualTo(Money.of("0", "USD"));
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
