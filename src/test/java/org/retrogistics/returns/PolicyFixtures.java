package org.retrogistics.returns;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.catalog.BatteryChemistry;
import org.retrogistics.catalog.BatteryFacts;
import org.retrogistics.catalog.BatteryPacking;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.orders.OrderLineFacts;
import org.retrogistics.shared.Money;

/** Products, order lines and a policy for plain unit tests of the return policy and the aggregate. */
final class PolicyFixtures {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    static final UUID CLIENT = UUID.randomUUID();

    private PolicyFixtures() {}

    /** 30-day window, 15% restocking on change-of-mind refunds, review above 1000, no digital goods. */
    static ReturnPolicy policy() {
        return new ReturnPolicy(
                CLIENT,
                1,
                new PolicyTerms(
                        30,
                        14,
                        Set.of("digital"),
                        new BigDecimal("15"),
                        EnumSet.of(ReturnReason.ARRIVED_LATE),
                        EnumSet.of(Resolution.REFUND, Resolution.EXCHANGE, Resolution.REPAIR),
                        MoneyMoment.AFTER_INSPECTION,
                        new BigDecimal("1000"),
                        true,
                        null,
                        null,
                        null,
                        null));
    }

    static ProductFacts phone() {
        return product("NW-PHONE", "electronics", "499.00", true, 12);
    }

    static ProductFacts product(String sku, String category, String price, boolean returnable, int warrantyMonths) {
        return new ProductFacts(
                UUID.randomUUID(),
                CLIENT,
                sku,
                null,
                sku + " name",
                "Brand",
                category,
                category,
                200,
                Money.of(price, "USD"),
                returnable,
                warrantyMonths,
                true,
                true,
                new BatteryFacts(
                        BatteryChemistry.LITHIUM_ION, new BigDecimal("15"), BatteryPacking.CONTAINED_IN_EQUIPMENT),
                "0306",
                0,
                null);
    }

    static OrderLineFacts deliveredDaysAgo(ProductFacts p, long days, boolean finalSale) {
        Instant delivered = NOW.minus(Duration.ofDays(days));
        return new OrderLineFacts(
                UUID.randomUUID(),
                "ORD-1",
                "a@example.com",
                delivered.minus(Duration.ofDays(3)),
                delivered,
                UUID.randomUUID(),
                1,
                p.id(),
                p.sku(),
                2,
                0,
                p.unitValue(),
                finalSale);
    }

    static ReturnCandidate candidate(
            ProductFacts p, OrderLineFacts line, int qty, ReturnReason reason, Resolution resolution) {
        return new ReturnCandidate(ReturnKind.CUSTOMER_RETURN, p, line, qty, reason, resolution, NOW);
    }
}
