package org.retrogistics.recycling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.UnitFateReached;
import org.retrogistics.shared.UnitFateReached.Fate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Landfill diversion: every unit's fate, whichever module settled it (a sale, a restock, a recycling batch, a
 * disposal), kept with its weight (estimated from the product or its UNU key where the fact has none) and category;
 * the report gives the share of weight not sent to landfill, per category or per month. Each unit counts once, with
 * its latest fate.
 */
@Service
@Transactional(readOnly = true)
public class LandfillDiversion {

    private static final Logger log = LoggerFactory.getLogger(LandfillDiversion.class);

    private final JdbcClient jdbc;
    private final CustodyLedger custody;
    private final CatalogManagement catalog;
    private final WeightEstimation weights;

    LandfillDiversion(JdbcClient jdbc, CustodyLedger custody, CatalogManagement catalog, WeightEstimation weights) {
        this.jdbc = jdbc;
        this.custody = custody;
        this.catalog = catalog;
        this.weights = weights;
    }

    /** Records a fate once per unit and source, with the unit's category and, if the fact has none, an estimate. */
    @ApplicationModuleListener
    void on(UnitFateReached fact) {
        record(fact);
    }

    @Transactional
    public void record(UnitFateReached fact) {
        Optional<ProductFacts> product = product(fact.clientId(), fact);
        Long grams = fact.weightGrams();
        boolean estimated = false;
        if (grams == null) {
            Optional<UnitWeight> estimate = product.flatMap(p -> weights.weigh(null, p));
            grams = estimate.map(UnitWeight::grams).orElse(null);
            estimated = estimate.isPresent();
        } else {
            // a batch's weight may itself be an estimate: it says so on the batch
            estimated = "recycling-batch".equals(fact.sourceType()) && batchWeightEstimated(fact);
        }
        jdbc.sql(
                        """
                        insert into unit_fate (client_id, unit_id, fate, weight_grams, weight_estimated, category,
                                               source_type, source_ref, occurred_at)
                        values (:client, :unit, :fate, :grams, :estimated, :category, :type, :ref, :at)
                        on conflict (unit_id, source_type, source_ref) do nothing
                        """)
                .param("client", fact.clientId().value())
                .param("unit", fact.unitId())
                .param("fate", fact.fate().name())
                .param("grams", grams)
                .param("estimated", estimated)
                .param("category", product.map(ProductFacts::category).orElse(null))
                .param("type", fact.sourceType())
                .param("ref", fact.sourceRef())
                .param("at", Timestamp.from(fact.occurredAt()))
                .update();
    }

    private Optional<ProductFacts> product(ClientId client, UnitFateReached fact) {
        try {
            UnitSnapshot unit = custody.unit(client, fact.unitId());
            return Optional.of(catalog.product(client, unit.productId()));
        } catch (DomainException e) {
            log.warn(
                    "fate of unknown unit {} ({}:{}): kept without category or weight estimate",
                    fact.unitId(),
                    fact.sourceType(),
                    fact.sourceRef());
            return Optional.empty();
        }
    }

    private boolean batchWeightEstimated(UnitFateReached fact) {
        return jdbc.sql(
                        """
                        select coalesce(bool_or(u.weight_source <> 'SCALE'), false)
                        from recycling_batch_unit u join recycling_batch b on b.id = u.batch_id
                        where b.number = :number and u.unit_id = :unit
                        """)
                .param("number", fact.sourceRef())
                .param("unit", fact.unitId())
                .query(Boolean.class)
                .single();
    }

    /** How the report groups. */
    public enum GroupBy {
        CATEGORY,
        MONTH
    }

    /** One group's (or the whole period's) figures. Weights in grams; the rate is diverted / weighed, 4 decimals. */
    public record Figures(
            String key,
            long units,
            long unweighedUnits,
            long totalGrams,
            long divertedGrams,
            long landfillGrams,
            long estimatedGrams,
            Map<Fate, Long> gramsByFate,
            BigDecimal diversionRate) {}

    /** The report for one client over [from, to] (days, UTC, both included). */
    public record Report(LocalDate from, LocalDate to, GroupBy groupBy, Figures total, List<Figures> groups) {}

    public Report report(ClientId client, LocalDate from, LocalDate to, GroupBy groupBy) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidPeriod(from, to);
        }
        String key = groupBy == GroupBy.MONTH
                ? "to_char(occurred_at at time zone 'UTC', 'YYYY-MM')"
                : "coalesce(category, 'unknown')";
        List<Row> rows = jdbc.sql(
                        """
                        with latest as (
                            select distinct on (unit_id) unit_id, fate, weight_grams, weight_estimated, category,
                                   occurred_at
                            from unit_fate where client_id = :client
                            order by unit_id, occurred_at desc, id desc)
                        select %s as k, fate, count(*) as units, count(weight_grams) as weighed,
                               coalesce(sum(weight_grams), 0) as grams,
                               coalesce(sum(case when weight_estimated then weight_grams end), 0) as estimated
                        from latest where occurred_at >= :from and occurred_at < :to
                        group by 1, 2 order by 1, 2
                        """
                                .formatted(key))
                .param("client", client.value())
                .param("from", Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param(
                        "to",
                        Timestamp.from(
                                to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query((rs, i) -> new Row(
                        rs.getString("k"),
                        Fate.valueOf(rs.getString("fate")),
                        rs.getLong("units"),
                        rs.getLong("weighed"),
                        rs.getLong("grams"),
                        rs.getLong("estimated")))
                .list();
        Map<String, List<Row>> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        List<Figures> groups = new ArrayList<>();
        byKey.forEach((k, rs) -> groups.add(figures(k, rs)));
        return new Report(from, to, groupBy, figures("total", rows), groups);
    }

    private record Row(String key, Fate fate, long units, long weighed, long grams, long estimated) {}

    static Figures figures(String key, List<Row> rows) {
        Map<Fate, Long> byFate = new EnumMap<>(Fate.class);
        for (Fate f : Fate.values()) {
            byFate.put(f, 0L);
        }
        long units = 0;
        long weighed = 0;
        long estimated = 0;
        for (Row r : rows) {
            units += r.units();
            weighed += r.weighed();
            estimated += r.estimated();
            byFate.merge(r.fate(), r.grams(), Long::sum);
        }
        long total = byFate.values().stream().mapToLong(Long::longValue).sum();
        long landfill = byFate.get(Fate.LANDFILL);
        BigDecimal rate = total == 0
                ? null
                : BigDecimal.valueOf(total - landfill).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_EVEN);
        return new Figures(key, units, units - weighed, total, total - landfill, landfill, estimated, byFate, rate);
    }

    /** A period that ends before it starts, or has no end. */
    public static class InvalidPeriod extends DomainException {
        InvalidPeriod(LocalDate from, LocalDate to) {
            super(
                    Kind.INVALID,
                    "invalid-period",
                    "the period needs from and to, to on or after from: " + from + " to " + to);
        }
    }
}
