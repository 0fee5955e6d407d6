package org.retrogistics.refunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.retrogistics.refunds.RefundAllowance.Allowance;
import org.retrogistics.refunds.RefundAllowance.Condition;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.FunctionalGrade;
import org.retrogistics.shared.Money;

/**
 * For any line and any sequence of partial refunds, store credits, fees, damage deductions, exchanges (cheaper or
 * dearer), provider failures, retries and cancellations, the money that goes out for the returned line never exceeds
 * what was paid for it plus what the customer paid on top in exchanges; the line's account always equals what its
 * live movements and exchanged goods took, and refused steps change nothing.
 */
class MoneyInvariantPropertiesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    sealed interface Step permits Refund, Exchange, Cancel, Retry {}

    /** A refund or store credit of some units, maybe less than allowed, with the provider answering ok or not. */
    record Refund(
            boolean storeCredit,
            int units,
            int shippingCents,
            Condition condition,
            Integer partialPercent,
            boolean providerOk)
            implements Step {}

    record Exchange(int units, int itemCents, Condition condition, boolean providerOk) implements Step {}

    record Cancel(int index) implements Step {}

    record Retry(int index, boolean providerOk) implements Step {}

    /** The returned line: its unit price, quantity, restocking fee and reason. */
    record Terms(int unitCents, int quantity, int restockingPercent, ReturnReason reason) {}

    @Test
    void moneyOutNeverExceedsMoneyInForTheReturnedLine() {
        qt().withExamples(1500).forAll(terms(), sequences()).checkAssert(MoneyInvariantPropertiesTest::holdsFor);
    }

    private static void holdsFor(Terms terms, List<Step> steps) {
        int unitCents = terms.unitCents();
        int quantity = terms.quantity();
        int restockingPercent = terms.restockingPercent();
        ReturnReason reason = terms.reason();
        Money unitPrice = cents(unitCents);
        Money lineFee = unitPrice.times(quantity).percent(BigDecimal.valueOf(restockingPercent));
        LineTerms line = new LineTerms(
                UUID.randomUUID(),
                "RMA-1",
                UUID.randomUUID(),
                1,
                "sam@example.com",
                reason,
                Resolution.REFUND,
                unitPrice,
                quantity,
                lineFee,
                true,
                null,
                null);
        Money paid = line.paidForLine();
        LineAccount account = new LineAccount(
                new LineAccount.LineBalance(line.returnLineId(), "RMA-1", 1, paid, quantity, zero(), 0));
        List<MoneyMovement> movements = new ArrayList<>();
        List<Integer> unitsOf = new ArrayList<>();
        Money goodsOut = zero();

        for (Step step : steps) {
            Money committedBefore = account.committed();
            int unitsBefore = account.committedUnits();
            try {
                if (step instanceof Refund r) {
                    Resolution kind = r.storeCredit() ? Resolution.STORE_CREDIT : Resolution.REFUND;
                    boolean shippingTaken = movements.stream()
                            .anyMatch(m -> m.getStatus() != MovementStatus.CANCELLED
                                    && m.getShippingFee().signum() > 0);
                    Money shipping = shippingTaken ? zero() : cents(r.shippingCents());
                    Allowance a = RefundAllowance.of(line, r.units(), kind, shipping, r.condition());
                    Money amount = r.partialPercent() == null
                            ? a.allowed()
                            : a.allowed().percent(BigDecimal.valueOf(r.partialPercent()));
                    if (amount.isGreaterThan(a.allowed())) {
                        throw new RefundRefusals.RefundExceedsAllowed("RMA-1", 1, amount, a.allowed(), "test");
                    }
                    account.commit(amount, r.units());
                    if (amount.amount().signum() > 0) {
                        MoneyMovement m = movement(
                                line,
                                r.storeCredit() ? MovementKind.STORE_CREDIT : MovementKind.REFUND_TO_ORIGINAL,
                                amount,
                                r.units(),
                                a);
                        provider(m, r.providerOk());
                        movements.add(m);
                        unitsOf.add(r.units());
                    }
                } else if (step instanceof Exchange x) {
                    Allowance a = RefundAllowance.of(line, x.units(), Resolution.EXCHANGE, null, x.condition());
                    ExchangePricing pricing = ExchangePricing.of(a.allowed(), cents(x.itemCents()));
                    account.commit(pricing.outOfLine(), x.units());
                    goodsOut = goodsOut.plus(pricing.goodsValue());
                    if (pricing.refunded().amount().signum() > 0) {
                        MoneyMovement m =
                                movement(line, MovementKind.EXCHANGE_DIFFERENCE_REFUNDED, pricing.refunded(), 0, null);
                        provider(m, x.providerOk());
                        movements.add(m);
                        unitsOf.add(0);
                    }
                    if (pricing.charged().amount().signum() > 0) {
                        MoneyMovement m =
                                movement(line, MovementKind.EXCHANGE_DIFFERENCE_CHARGED, pricing.charged(), 0, null);
                        provider(m, x.providerOk());
                        movements.add(m);
                        unitsOf.add(0);
                    }
                } else if (step instanceof Cancel c) {
                    if (!movements.isEmpty()) {
                        int i = c.index() % movements.size();
                        MoneyMovement m = movements.get(i);
                        m.cancel("changed course", NOW);
                        if (m.getKind().countsAgainstPaid()) {
                            account.release(m.money(), unitsOf.get(i));
                        }
                    }
                } else if (step instanceof Retry t) {
                    if (!movements.isEmpty()) {
                        MoneyMovement m = movements.get(t.index() % movements.size());
                        m.retry(NOW);
                        provider(m, t.providerOk());
                    }
                }
            } catch (DomainException refused) {
                // a refused step (too much, a second refund for the units, a move the lifecycle forbids)
                assertThat(account.committed()).isEqualTo(committedBefore);
                assertThat(account.committedUnits()).isEqualTo(unitsBefore);
            }

            Money issuedOut = sum(movements, MovementKind.Direction.OUT, true);
            Money chargedIn = sum(movements, MovementKind.Direction.IN, true);
            Money liveOut = sum(movements, MovementKind.Direction.OUT, false);
            assertThat(issuedOut.plus(goodsOut)).isLessThanOrEqualTo(paid.plus(chargedIn));
            assertThat(issuedOut.plus(goodsOut)).isLessThanOrEqualTo(paid);
            assertThat(account.committed()).isLessThanOrEqualTo(paid);
            assertThat(account.committed()).isEqualTo(liveOut.plus(goodsOut));
            assertThat(account.committedUnits()).isBetween(0, quantity);
        }
    }

    private static MoneyMovement movement(LineTerms line, MovementKind kind, Money amount, int units, Allowance a) {
        return new MoneyMovement(new MoneyMovement.Draft(
                UUID.randomUUID(), UUID.randomUUID(), line, kind, amount, units, List.of(), "test", a, NOW));
    }

    private static void provider(MoneyMovement m, boolean ok) {
        if (ok) {
            m.issue("PO", NOW);
        } else {
            m.fail("provider down", NOW);
        }
    }

    /** Issued only, or everything not cancelled. */
    private static Money sum(List<MoneyMovement> movements, MovementKind.Direction direction, boolean issuedOnly) {
        return movements.stream()
                .filter(m -> m.getKind().direction() == direction)
                .filter(m ->
                        issuedOnly ? m.getStatus() == MovementStatus.ISSUED : m.getStatus() != MovementStatus.CANCELLED)
                .map(MoneyMovement::money)
                .reduce(zero(), Money::plus);
    }

    private static Money cents(int cents) {
        return Money.of(BigDecimal.valueOf(cents).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY), "USD");
    }

    private static Money zero() {
        return Money.of("0", "USD");
    }

    private static Gen<Terms> terms() {
        return integers()
                .between(1, 300_000)
                .zip(
                        integers().between(1, 5),
                        integers().between(0, 30),
                        arbitrary().pick(ReturnReason.CHANGED_MIND, ReturnReason.SIZE_FIT, ReturnReason.DEFECTIVE),
                        Terms::new);
    }

    private static Gen<List<Step>> sequences() {
        return lists().of(steps()).ofSizeBetween(0, 25);
    }

    private static Gen<Step> steps() {
        Gen<Condition> condition = orNull(
                40,
                arbitrary()
                        .enumValues(FunctionalGrade.class)
                        .zip(arbitrary().enumValues(CosmeticGrade.class), Condition::new));
        Gen<Integer> units = integers().between(1, 3);
        Gen<Boolean> mostlyOk = arbitrary().pick(true, true, false);
        Gen<Step> refund = booleans()
                .all()
                .zip(
                        units,
                        integers().between(0, 2000),
                        condition,
                        (credit, n, shipping, c) -> new Refund(credit, n, shipping, c, null, true))
                .zip(
                        orNull(50, integers().between(1, 150)),
                        mostlyOk,
                        (r, partial, ok) ->
                                new Refund(r.storeCredit(), r.units(), r.shippingCents(), r.condition(), partial, ok));
        Gen<Step> exchange =
                units.zip(integers().between(0, 600_000), condition, booleans().all(), Exchange::new);
        Gen<Step> cancel = integers().between(0, 30).map(Cancel::new);
        Gen<Step> retry = integers().between(0, 30).zip(booleans().all(), Retry::new);
        return Generate.frequency(Pair.of(4, refund), Pair.of(3, exchange), Pair.of(1, cancel), Pair.of(2, retry));
    }

    /** The value, or null in about {@code percentNull} of the cases (shrinking towards null). */
    private static <T> Gen<T> orNull(int percentNull, Gen<T> values) {
        return integers().between(1, 100).zip(values, (p, v) -> p <= percentNull ? null : v);
    }
}
