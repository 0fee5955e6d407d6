package org.retrogistics.refunds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.retrogistics.refunds.Lines.line;
import static org.retrogistics.refunds.Lines.usd;

import java.math.BigDecimal;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.refunds.RefundAllowance.Allowance;
import org.retrogistics.refunds.RefundAllowance.Condition;
import org.retrogistics.refunds.RefundRefusals.LineAlreadyResolved;
import org.retrogistics.refunds.RefundRefusals.RefundExceedsPaid;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;
import org.retrogistics.shared.Money;

/** The allowance policy, the line's account and the exchange pricing, each with its reasons. */
class RefundAllowanceTest {

    @Test
    void aRefundPaysWhatWasPaidLessTheRestockingFeeProRata() {
        // two headphones at 58.99, the policy's 15% fee for the line is 17.70; one unit comes back
        Allowance a = RefundAllowance.of(
                line("58.99", 2, "17.70", ReturnReason.CHANGED_MIND), 1, Resolution.REFUND, null, null);
        assertThat(a.paid()).isEqualTo(usd("58.99"));
        assertThat(a.restockingFee()).isEqualTo(usd("8.85"));
        assertThat(a.allowed()).isEqualTo(usd("50.14"));
        assertThat(a.explanation()).contains("restocking fee -8.85 USD").contains("allowed 50.14 USD");
    }

    @Test
    void storeCreditPaysNoRestockingFeeButTheReturnShipping() {
        Allowance a = RefundAllowance.of(
                line("58.99", 2, "17.70", ReturnReason.CHANGED_MIND), 2, Resolution.STORE_CREDIT, usd("4.95"), null);
        assertThat(a.restockingFee()).isEqualTo(usd("0.00"));
        assertThat(a.shippingFee()).isEqualTo(usd("4.95"));
        assertThat(a.allowed()).isEqualTo(usd("113.03"));
    }

    @Test
    void aProductFaultPaysNoShippingAndNoDamageDeduction() {
        Allowance a = RefundAllowance.of(
                line("499.00", 1, "0", ReturnReason.DEFECTIVE),
                1,
                Resolution.REFUND,
                usd("4.95"),
                new Condition(FunctionalGrade.F5, CosmeticGrade.D));
        assertThat(a.allowed()).isEqualTo(usd("499.00"));
    }

    @Test
    void damageTheCustomerCausedKeepsTheLargerShare() {
        var phone = line("499.00", 1, "74.85", ReturnReason.CHANGED_MIND);
        assertThat(RefundAllowance.of(
                                phone, 1, Resolution.REFUND, null, new Condition(FunctionalGrade.F0, CosmeticGrade.B))
                        .damageDeduction())
                .isEqualTo(usd("0.00"));
        Allowance cracked = RefundAllowance.of(
                phone, 1, Resolution.REFUND, null, new Condition(FunctionalGrade.F1, CosmeticGrade.D));
        // 499 - 74.85 fee - 249.50 (50% for cosmetic D)
        assertThat(cracked.damageDeduction()).isEqualTo(usd("249.50"));
        assertThat(cracked.allowed()).isEqualTo(usd("174.65"));
        Allowance dead = RefundAllowance.of(
                phone, 1, Resolution.REFUND, usd("4.95"), new Condition(FunctionalGrade.F7, CosmeticGrade.A));
        // 100%: capped at what is left after the fees, never below zero
        assertThat(dead.allowed()).isEqualTo(usd("0.00"));
        assertThat(dead.damageDeduction()).isEqualTo(usd("419.20"));
        assertThat(RefundAllowance.damagePercent(
                        ReturnReason.SIZE_FIT, new Condition(FunctionalGrade.F3, CosmeticGrade.C)))
                .isEqualTo(50);
    }

    @Test
    void theLineAccountRefusesASecondRefundAndAnythingAbovePaid() {
        LineAccount account = new LineAccount(
                new LineAccount.LineBalance(UUID.randomUUID(), "RMA-1", 1, usd("100.00"), 2, usd("0"), 0));
        account.commit(usd("40.00"), 1);
        assertThatThrownBy(() -> account.commit(usd("60.01"), 1))
                .isInstanceOf(RefundExceedsPaid.class)
                .hasMessageContaining("60.00 USD of what was paid is left");
        account.commit(usd("60.00"), 1);
        assertThatThrownBy(() -> account.commit(usd("0.00"), 1))
                .isInstanceOf(LineAlreadyResolved.class)
                .hasMessageContaining("0 left");
        account.release(usd("40.00"), 1);
        assertThat(account.remaining()).isEqualTo(usd("40.00"));
        assertThat(account.remainingUnits()).isEqualTo(1);
    }

    @Test
    void anExchangeGivesOutExactlyTheAllowance() {
        ExchangePricing cheaper = ExchangePricing.of(usd("58.99"), usd("49.99"));
        assertThat(cheaper.refunded()).isEqualTo(usd("9.00"));
        assertThat(cheaper.charged()).isEqualTo(usd("0.00"));
        assertThat(cheaper.outOfLine()).isEqualTo(usd("58.99"));
        ExchangePricing dearer = ExchangePricing.of(usd("58.99"), usd("79.00"));
        assertThat(dearer.goodsValue()).isEqualTo(usd("58.99"));
        assertThat(dearer.charged()).isEqualTo(usd("20.01"));
        assertThat(dearer.outOfLine()).isEqualTo(usd("58.99"));
        ExchangePricing variant = ExchangePricing.of(usd("58.99"), usd("58.99"));
        assertThat(variant.refunded().amount().signum()).isZero();
        assertThat(variant.charged().amount().signum()).isZero();
    }

    @Test
    void threeUnitsRefundedOneByOnePayTheLinesFeeToTheCent() {
        LineTerms shirts = line("21.76", 3, "10.88", ReturnReason.CHANGED_MIND);
        Money fees = usd("0.00");
        for (int before = 0; before < 3; before++) {
            fees = fees.plus(RefundAllowance.of(shirts, before, 1, Resolution.REFUND, usd("0.00"), null)
                    .restockingFee());
        }
        assertThat(fees).isEqualTo(usd("10.88"));
    }

    /**
     * Invariant: however a line's units are refunded (one resolution for all, unit by unit, or in any chunks, in
     * order), the restocking fee shares add up to the line's fee exactly, and none is negative.
     */
    @Test
    void feeSharesOverAnySplitAddUpToTheLinesFee() {
        qt().withExamples(2000)
                .forAll(integers().between(1, 12), integers().between(0, 500_000), longs().all())
                .checkAssert((quantity, feeCents, seed) -> {
                    Money fee = new Money(BigDecimal.valueOf(feeCents, 2), usd("0").currency());
                    LineTerms terms =
                            line("5000.00", quantity, fee.amount().toPlainString(), ReturnReason.CHANGED_MIND);
                    Random split = new Random(seed);
                    Money taken = usd("0.00");
                    int before = 0;
                    while (before < quantity) {
                        int chunk = 1 + split.nextInt(quantity - before);
                        Money share = RefundAllowance.of(terms, before, chunk, Resolution.REFUND, usd("0.00"), null)
                                .restockingFee();
                        assertThat(share.amount().signum()).isNotNegative();
                        taken = taken.plus(share);
                        before += chunk;
                    }
                    assertThat(taken).isEqualTo(fee);
                });
    }
}
