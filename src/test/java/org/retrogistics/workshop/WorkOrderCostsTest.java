package org.retrogistics.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.RecoveryFacts;
import org.retrogistics.shared.RecoveryFacts.Kind;
import org.retrogistics.workshop.WorkOrderRecords.PartUsed;

/** A completed order's labour, parts and harvested parts as recovery facts of its unit. */
class WorkOrderCostsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");

    private WorkOrder inProgress(WorkKind kind) {
        WorkOrder o = new WorkOrder(
                new WorkOrderDraft(UUID.randomUUID(), "WO-000042", UUID.randomUUID(), kind, "phone", "test"), NOW);
        o.assign("tech", "manager", NOW);
        o.start("tech", NOW);
        return o;
    }

    @Test
    void labourIsMinutesAtTheHourlyRateAndPartsAtTheirRecordedCost() {
        WorkOrder o = inProgress(WorkKind.REFURBISH);
        o.addLabour(35, "tech", NOW);
        o.addLabour(10, "tech", NOW);
        o.usePart(new PartUsed("SCREEN-1", "screen", 1, new BigDecimal("42.50"), "tech", NOW));
        o.usePart(new PartUsed("SCREW", "screws", 4, new BigDecimal("0.05"), "tech", NOW));
        o.usePart(new PartUsed("TAPE", "no cost recorded", 1, null, "tech", NOW));

        RecoveryFacts facts =
                WorkOrderCosts.of(o, new BigDecimal("31"), EUR, List.of(), NOW).orElseThrow();

        assertThat(facts.occurredAt()).isEqualTo(NOW);
        assertThat(facts.facts()).extracting(RecoveryFacts.Entry::kind).containsExactly(Kind.LABOUR, Kind.PARTS);
        RecoveryFacts.Entry labour = facts.facts().get(0);
        // 45 minutes at 31.00 an hour = 23.25
        assertThat(labour.amount()).isEqualTo(Money.of("23.25", "EUR"));
        assertThat(labour.unitId()).isEqualTo(o.getUnitId());
        assertThat(labour.clientId().value()).isEqualTo(o.getClientId());
        assertThat(labour.sourceType()).isEqualTo("work-order");
        assertThat(labour.sourceRef()).isEqualTo("WO-000042");
        assertThat(facts.facts().get(1).amount()).isEqualTo(Money.of("42.70", "EUR"));
    }

    @Test
    void labourRoundsHalfEvenToTheMinorUnit() {
        WorkOrder o = inProgress(WorkKind.REPAIR);
        o.addLabour(7, "tech", NOW);
        // 7 minutes at 30.00 an hour = 3.50 exactly; at 10.00 an hour = 1.1666… → 1.17
        assertThat(WorkOrderCosts.of(o, new BigDecimal("10"), EUR, List.of(), NOW)
                        .orElseThrow()
                        .facts()
                        .get(0)
                        .amount())
                .isEqualTo(Money.of("1.17", "EUR"));
    }

    @Test
    void harvestedPartsAreRecoveriesOfTheTornDownUnitOnePerPart() {
        WorkOrder o = inProgress(WorkKind.TEARDOWN);
        RecoveryFacts facts = WorkOrderCosts.of(
                        o,
                        new BigDecimal("30"),
                        EUR,
                        List.of(
                                new WorkOrderCosts.Harvested("LP-1", Money.of("12.00", "EUR")),
                                new WorkOrderCosts.Harvested("LP-2", Money.of("8.40", "EUR")),
                                new WorkOrderCosts.Harvested("LP-3", null)),
                        NOW)
                .orElseThrow();
        assertThat(facts.facts()).extracting(RecoveryFacts.Entry::kind).containsOnly(Kind.PARTS_VALUE);
        assertThat(facts.facts())
                .extracting(RecoveryFacts.Entry::sourceRef)
                .containsExactly("WO-000042/LP-1", "WO-000042/LP-2");
        assertThat(facts.facts()).allSatisfy(e -> assertThat(e.unitId()).isEqualTo(o.getUnitId()));
    }

    @Test
    void anOrderWithoutLabourPartsOrHarvestPublishesNothing() {
        assertThat(WorkOrderCosts.of(inProgress(WorkKind.RELABEL), new BigDecimal("30"), EUR, List.of(), NOW))
                .isEmpty();
    }
}
