package org.retrogistics.analytics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.analytics.RecoverySummary.Basis;
import org.retrogistics.analytics.RecoverySummary.GroupBy;
import org.retrogistics.analytics.RecoverySummary.PeriodRow;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.disposition.DispositionDecided;
import org.retrogistics.disposition.DispositionsDecided;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnSnapshot;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.RecoveryFacts;
import org.retrogistics.shared.RecoveryFacts.Kind;
import org.retrogistics.shared.RecoveryFacts.Side;
import org.retrogistics.shared.UnitFateReached;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recovery ledger. It records every {@link RecoveryFacts} entry once (a fact delivered twice is recorded once),
 * the expectation of every disposition that comes into force ({@link DispositionDecided}, which carries it)
 * and each unit's fate ({@link UnitFateReached}); and it answers net recovery per unit, per return, per client and
 * period, per month and per disposition option, expected against actual. Append-only: the tables refuse updates.
 */
@Service
@Transactional(readOnly = true)
public class RecoveryLedger {

    private static final Logger log = LoggerFactory.getLogger(RecoveryLedger.class);
    /** How far up a harvested part's parents the ledger looks for the return it came in on. */
    private static final int MAX_PARENTS = 5;

    private final JdbcClient jdbc;
    private final CustodyLedger custody;
    private final ReturnManagement returns;

    RecoveryLedger(JdbcClient jdbc, CustodyLedger custody, ReturnManagement returns) {
        this.jdbc = jdbc;
        this.custody = custody;
        this.returns = returns;
    }

    // ---------------------------------------------------------------------------------------------- recording

    /**
     * Costs or recoveries happened: record each entry once, with the return its unit came in on. A fact naming a unit
     * its client does not hold is refused (the publication stays incomplete in the registry, to be looked into),
     * so that no client's ledger ever shows another's unit.
     */
    @ApplicationModuleListener
    void on(RecoveryFacts facts) {
        record(facts);
    }

    /** Records the facts; returns how many entries were new. */
    @Transactional
    int record(RecoveryFacts facts) {
        int added = 0;
        Map<UUID, Optional<UUID>> returnOfUnit = new java.util.HashMap<>();
        for (RecoveryFacts.Entry e : facts.facts()) {
            UUID returnId = e.returnId() != null
                    ? e.returnId()
                    : returnOfUnit
                            .computeIfAbsent(e.unitId(), u -> Optional.ofNullable(returnOf(e.clientId(), u)))
                            .orElse(null);
            added += jdbc.sql(
                            """
                            insert into recovery_entry (unit_id, return_id, client_id, kind, side, amount, currency,
                              source_type, source_ref, occurred_at)
                            values (:unit, :ret, :client, :kind, :side, :amount, :currency, :type, :ref, :at)
                            on conflict (source_type, source_ref, unit_id, kind) do nothing
                            """)
                    .param("unit", e.unitId())
                    .param("ret", returnId)
                    .param("client", e.clientId().value())
                    .param("kind", e.kind().name())
                    .param("side", e.kind().side().name())
                    .param("amount", e.amount().amount())
                    .param("currency", e.amount().currency().getCurrencyCode())
                    .param("type", e.sourceType())
                    .param("ref", e.sourceRef())
                    .param("at", Timestamp.from(facts.occurredAt()))
                    .update();
        }
        if (added < facts.facts().size()) {
            log.debug(
                    "{} of {} recovery facts were already recorded",
                    facts.facts().size() - added,
                    facts.facts().size());
        }
        return added;
    }

    /** A disposition came into force: keep what the model expected of it, from the stored decision. */
    /** A re-evaluation batch: each decision as if it came alone, in one transaction for the batch. */
    @ApplicationModuleListener
    void on(DispositionsDecided batch) {
        batch.decisions().forEach(this::on);
    }

    @ApplicationModuleListener
    void on(DispositionDecided decided) {
        ClientId client = new ClientId(decided.clientId());
        // the event carries what the ledger keeps: a re-evaluation of many units costs no read of each decision
        jdbc.sql(
                        """
                        insert into recovery_expectation (unit_id, revision, client_id, return_id, option,
                          expected_net, currency, decided_at)
                        values (:unit, :rev, :client, :ret, :option, :net, :currency, :at)
                        on conflict (unit_id, revision) do nothing
                        """)
                .param("unit", decided.unitId())
                .param("rev", decided.revision())
                .param("client", client.value())
                .param("ret", returnOf(client, decided.unitId()))
                .param("option", decided.option().name())
                .param("net", decided.expectedNet().amount())
                .param("currency", decided.expectedNet().currency().getCurrencyCode())
                .param("at", Timestamp.from(decided.occurredAt()))
                .update();
    }

    /** A unit reached its end (sold, restocked, recycled, landfilled). */
    @ApplicationModuleListener
    void on(UnitFateReached fate) {
        jdbc.sql(
                        """
                        insert into recovery_unit_fate (unit_id, client_id, fate, source_type, source_ref, occurred_at)
                        values (:unit, :client, :fate, :type, :ref, :at)
                        on conflict do nothing
                        """)
                .param("unit", fate.unitId())
                .param("client", fate.clientId().value())
                .param("fate", fate.fate().name())
                .param("type", fate.sourceType())
                .param("ref", fate.sourceRef())
                .param("at", Timestamp.from(fate.occurredAt()))
                .update();
    }

    /** The return a unit came in on; a harvested part's is the return of the unit it was taken from. */
    private UUID returnOf(ClientId client, UUID unitId) {
        UnitSnapshot unit = custody.unit(client, unitId);
        for (int i = 0; i < MAX_PARENTS; i++) {
            Optional<UUID> found = returns.returnIdOf(client, unit.sourceRef());
            if (found.isPresent()) {
                return found.get();
            }
            if (unit.parentUnitId() == null) {
                return null;
            }
            unit = custody.unit(client, unit.parentUnitId());
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- queries

    /** A unit's ledger; another client's unit is not found. */
    public UnitRecovery unit(ClientId client, UUID unitId) {
        UnitSnapshot unit = custody.unit(client, unitId);
        List<LedgerEntry> entries = entries(client, "unit_id = :id", unitId);
        List<RecoveryTotals> totals = RecoveryTotals.of(entries);
        List<Expectation> expectations = expectations(client, unitId);
        Expectation inForce = expectations.isEmpty() ? null : expectations.get(expectations.size() - 1);
        // like with like: the expectation values what becomes of the unit, so the refund is left out of the actual
        Money gap = inForce == null
                ? null
                : RecoveryTotals.in(
                                RecoveryTotals.of(entries.stream()
                                        .filter(e -> e.kind().comparableWithExpectation())
                                        .toList()),
                                inForce.expectedNet().currency())
                        .net()
                        .minus(inForce.expectedNet());
        UUID returnId = entries.stream()
                .map(LedgerEntry::returnId)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseGet(() -> returnOf(client, unitId));
        return new UnitRecovery(
                unit.id(),
                unit.licencePlate(),
                unit.sku(),
                returnId,
                entries,
                totals,
                inForce,
                expectations,
                gap,
                fates(client, unitId));
    }

    /** A return's units with their totals; another client's return is not found. */
    public ReturnRecovery forReturn(ClientId client, UUID returnId) {
        ReturnSnapshot r = returns.snapshot(client, returnId);
        Map<UUID, UnitSnapshot> units = new LinkedHashMap<>();
        for (UnitSnapshot u : returns.units(client, r)) {
            units.put(u.id(), u);
        }
        List<LedgerEntry> entries = entries(client, "return_id = :id", returnId);
        Set<UUID> ids = new LinkedHashSet<>(units.keySet());
        entries.forEach(e -> ids.add(e.unitId()));
        List<ReturnRecovery.UnitLine> lines = new ArrayList<>();
        for (UUID id : ids) {
            UnitSnapshot u = units.computeIfAbsent(id, x -> custody.unit(client, x));
            List<LedgerEntry> own =
                    entries.stream().filter(e -> e.unitId().equals(id)).toList();
            List<Expectation> exp = expectations(client, id);
            lines.add(new ReturnRecovery.UnitLine(
                    id,
                    u.licencePlate(),
                    u.sku(),
                    RecoveryTotals.of(own),
                    exp.isEmpty() ? null : exp.get(exp.size() - 1)));
        }
        return new ReturnRecovery(r.id(), r.rmaNumber(), lines, RecoveryTotals.of(entries));
    }

    /**
     * Sums the client's ledger. By option: the units whose expectation (in force, or the first) was decided in the
     * period, expected against actual. By client or month: the entries that occurred in the period.
     */
    public RecoverySummary summary(
            ClientId client, GroupBy groupBy, Basis basis, boolean settledOnly, Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidRecoveryQuery("the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (groupBy == GroupBy.OPTION) {
            return new RecoverySummary(groupBy, from, to, byOption(client, basis, settledOnly, from, to), List.of());
        }
        String group = groupBy == GroupBy.MONTH ? "to_char(occurred_at at time zone 'UTC', 'YYYY-MM')" : "'client'";
        List<PeriodRow> rows = jdbc.sql(
                        """
                        select %s as grp, currency,
                          coalesce(sum(amount) filter (where side = 'COST'), 0),
                          coalesce(sum(amount) filter (where side = 'RECOVERY'), 0),
                          count(*), count(distinct unit_id)
                        from recovery_entry
                        where client_id = :c
                          and (cast(:from as timestamptz) is null or occurred_at >= :from)
                          and (cast(:to as timestamptz) is null or occurred_at < :to)
                        group by 1, 2 order by 1, 2
                        """
                                .formatted(group))
                .param("c", client.value())
                .param("from", from == null ? null : Timestamp.from(from))
                .param("to", to == null ? null : Timestamp.from(to))
                .query((rs, i) -> {
                    Currency cur = Currency.getInstance(rs.getString(2).strip());
                    Money costs = new Money(rs.getBigDecimal(3), cur);
                    Money recoveries = new Money(rs.getBigDecimal(4), cur);
                    String g = groupBy == GroupBy.CLIENT ? client.value().toString() : rs.getString(1);
                    return new PeriodRow(
                            g,
                            new RecoveryTotals(cur, costs, recoveries, recoveries.minus(costs), rs.getInt(5)),
                            rs.getLong(6));
                })
                .list();
        return new RecoverySummary(groupBy, from, to, List.of(), rows);
    }

    /**
     * Expected against actual per option and currency, summed in the database: each decided unit's expectation (in
     * force, or the first) with its costs and recoveries in that currency; with {@code settledOnly}, only the units
     * whose fate is recorded.
     */
    List<OptionComparison> byOption(ClientId client, Basis basis, boolean settledOnly, Instant from, Instant to) {
        return jdbc.sql(
                        """
                        with exp as (
                          select distinct on (unit_id) unit_id, option, expected_net, currency, decided_at
                          from recovery_expectation where client_id = :c
                          order by unit_id, revision %s),
                        act as (
                          select unit_id, currency,
                            coalesce(sum(amount) filter (where side = 'COST'), 0) as costs,
                            coalesce(sum(amount) filter (where side = 'RECOVERY'), 0) as recoveries
                          from recovery_entry where client_id = :c
                            -- like with like: the expectation leaves the return's refund out, so does the actual
                            and kind not in ('REFUND', 'REFUND_AVOIDED')
                          group by unit_id, currency),
                        fate as (select distinct unit_id from recovery_unit_fate where client_id = :c)
                        select e.option, e.currency,
                          count(a.unit_id),
                          count(a.unit_id) filter (where f.unit_id is not null),
                          count(*) filter (where a.unit_id is null),
                          coalesce(sum(e.expected_net) filter (where a.unit_id is not null), 0),
                          coalesce(sum(a.costs), 0),
                          coalesce(sum(a.recoveries), 0)
                        from exp e
                          left join act a on a.unit_id = e.unit_id and a.currency = e.currency
                          left join fate f on f.unit_id = e.unit_id
                        where (cast(:from as timestamptz) is null or e.decided_at >= :from)
                          and (cast(:to as timestamptz) is null or e.decided_at < :to)
                          and (not :settledOnly or f.unit_id is not null)
                        group by e.option, e.currency order by e.option, e.currency
                        """
                                .formatted(basis == Basis.FIRST ? "asc" : "desc"))
                .param("c", client.value())
                .param("from", from == null ? null : Timestamp.from(from))
                .param("to", to == null ? null : Timestamp.from(to))
                .param("settledOnly", settledOnly)
                .query((rs, i) -> {
                    Currency cur = Currency.getInstance(rs.getString(2).strip());
                    return OptionComparison.of(
                            rs.getString(1),
                            new OptionComparison.Counts(rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                            new Money(rs.getBigDecimal(6), cur),
                            new Money(rs.getBigDecimal(7), cur),
                            new Money(rs.getBigDecimal(8), cur));
                })
                .list();
    }

    private List<LedgerEntry> entries(ClientId client, String where, UUID id) {
        return jdbc.sql(
                        """
                        select id, unit_id, return_id, kind, side, amount, currency, source_type, source_ref,
                          occurred_at, recorded_at
                        from recovery_entry where client_id = :c and %s order by occurred_at, id
                        """
                                .formatted(where))
                .param("c", client.value())
                .param("id", id)
                .query(RecoveryLedger::entry)
                .list();
    }

    private static LedgerEntry entry(ResultSet rs, int i) throws SQLException {
        return new LedgerEntry(
                rs.getLong(1),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                Kind.valueOf(rs.getString(4)),
                Side.valueOf(rs.getString(5)),
                new Money(
                        rs.getBigDecimal(6),
                        Currency.getInstance(rs.getString(7).strip())),
                rs.getString(8),
                rs.getString(9),
                rs.getTimestamp(10).toInstant(),
                rs.getTimestamp(11).toInstant());
    }

    private List<Expectation> expectations(ClientId client, UUID unitId) {
        return jdbc.sql(
                        """
                        select option, expected_net, currency, revision, decided_at from recovery_expectation
                        where client_id = :c and unit_id = :u order by revision
                        """)
                .param("c", client.value())
                .param("u", unitId)
                .query((rs, i) -> new Expectation(
                        rs.getString(1),
                        new Money(
                                rs.getBigDecimal(2),
                                Currency.getInstance(rs.getString(3).strip())),
                        rs.getInt(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    private List<UnitRecovery.Fate> fates(ClientId client, UUID unitId) {
        return jdbc.sql(
                        """
                        select fate, source_type, source_ref, occurred_at from recovery_unit_fate
                        where client_id = :c and unit_id = :u order by occurred_at
                        """)
                .param("c", client.value())
                .param("u", unitId)
                .query((rs, i) -> new UnitRecovery.Fate(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
