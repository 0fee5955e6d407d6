package org.retrogistics.disposition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.disposition.DecisionStore.Overrides;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What disposition knows: each unit's decision with every option considered and its change trail, the recovery table
 * and the client rules in force. The decisions are made by {@link DecidingDispositions}, overridden by
 * {@link OverridingDispositions} and made again by {@link ReevaluatingDispositions}.
 */
@Service
@Transactional(readOnly = true)
public class DispositionManagement {

    private final CatalogManagement catalog;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    DispositionManagement(CatalogManagement catalog, JdbcClient jdbc, DecisionStore store) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.json = store.json();
    }

    /** The recovery table in force for a client: the system defaults with the client's own rows on top. */
    public RecoveryTable table(ClientId client, Currency currency) {
        Optional<ClientTable> own = clientTable(client);
        RecoveryTable defaults = RecoveryDefaults.system(currency);
        if (own.isEmpty()) {
            return defaults;
        }
        return defaults.with(RecoveryTableCsv.readEntries(own.get().csv()))
                .as("client:" + client.value(), own.get().version());
    }

    /** The client's currency, the one its recovery table's fixed amounts are read in. */
    public Currency currency(ClientId client) {
        return catalog.findClient(client)
                .map(c -> Currency.getInstance(c.currency()))
                .orElse(Currency.getInstance("USD"));
    }

    public ClientRuleSet rules(ClientId client) {
        return jdbc.sql("select version, rules from disposition_rules where client_id = :c")
                .param("c", client.value())
                .query((rs, i) -> ClientRuleSet.parse(client, rs.getInt(1), rs.getString(2)))
                .optional()
                .orElseGet(() -> ClientRuleSet.none(client));
    }

    public Optional<StoredDecision> current(ClientId client, UUID unitId) {
        return jdbc.sql(
                        """
                        select facts, options, overrides, recommended, explanation, last_resort, table_id,
                               table_version, rules_version, revision, decided_at
                        from disposition_decision where client_id = :c and unit_id = :u
                        """)
                .param("c", client.value())
                .param("u", unitId)
                .query((rs, i) -> {
                    Overrides overrides = json.readValue(rs.getString(3), Overrides.class);
                    DispositionDecision d = new DispositionDecision(
                            json.readValue(rs.getString(1), UnitFacts.class),
                            rs.getString(7),
                            rs.getInt(8),
                            rs.getInt(9),
                            json.readValue(rs.getString(2), DecisionStore.OPTIONS),
                            DispositionOption.valueOf(rs.getString(4)),
                            rs.getString(5),
                            rs.getBoolean(6),
                            overrides.inForce(),
                            overrides.history());
                    return new StoredDecision(
                            d, rs.getInt(10), rs.getTimestamp(11).toInstant(), List.of());
                })
                .optional()
                .map(s -> new StoredDecision(withSources(s.decision()), s.revision(), s.decidedAt(), changes(unitId)));
    }

    /** Stored decisions leave out each row's source text; the table in force gives it back for people to read. */
    private DispositionDecision withSources(DispositionDecision d) {
        UnitFacts f = d.facts();
        RecoveryTable table = table(f.clientId(), f.productValue().currency());
        List<OptionAssessment> options = new ArrayList<>(d.options().size());
        for (OptionAssessment o : d.options()) {
            RecoveryBreakdown v = o.value();
            String source = v.source();
            if (source == null) {
                try {
                    source = table.lookup(f.clientId(), f.category(), f.gradeBand(), o.option())
                            .source();
                } catch (DomainException noRow) {
                    source = "table " + d.tableId() + " v" + d.tableVersion();
                }
            }
            options.add(new OptionAssessment(
                    o.option(),
                    new RecoveryBreakdown(
                            v.grossPrice(),
                            v.sellThrough(),
                            v.expectedSale(),
                            v.markdown(),
                            v.fees(),
                            v.labour(),
                            v.parts(),
                            v.transport(),
                            v.material(),
                            v.net(),
                            source),
                    o.exclusions(),
                    o.requiredWork(),
                    o.groundOnlyHazardous()));
        }
        return new DispositionDecision(
                f,
                d.tableId(),
                d.tableVersion(),
                d.clientRulesVersion(),
                options,
                d.recommended(),
                d.explanation(),
                d.lastResort(),
                d.override(),
                d.overrideHistory());
    }

    private List<StoredDecision.Change> changes(UUID unitId) {
        return jdbc.sql(
                        """
                        select revision, from_option, to_option, expected_net, trigger, actor, reason, occurred_at
                        from disposition_change where unit_id = :u order by id
                        """)
                .param("u", unitId)
                .query((rs, i) -> new StoredDecision.Change(
                        rs.getInt(1),
                        rs.getString(2) == null ? null : DispositionOption.valueOf(rs.getString(2)),
                        DispositionOption.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4).toPlainString(),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** A decision in brief, for queues: the option in force, the work it needs and what it is expected to recover. */
    public record DecisionSummary(
            UUID unitId,
            DispositionOption option,
            java.util.Set<WorkKind> requiredWork,
            String expectedNet,
            String currency,
            Instant decidedAt) {}

    public List<DecisionSummary> summaries(ClientId client, DispositionOption option, int limit) {
        return jdbc.sql(
                        """
                        select unit_id, option, required_work, expected_net, currency, decided_at
                        from disposition_decision where client_id = :c and (cast(:o as text) is null or option = :o)
                        order by decided_at desc limit :n
                        """)
                .param("c", client.value())
                .param("o", option == null ? null : option.name())
                .param("n", limit)
                .query(DispositionManagement::summary)
                .list();
    }

    /** One unit's decision in brief, if it has one. */
    public Optional<DecisionSummary> summary(ClientId client, UUID unitId) {
        return jdbc.sql(
                        """
                        select unit_id, option, required_work, expected_net, currency, decided_at
                        from disposition_decision where client_id = :c and unit_id = :u
                        """)
                .param("c", client.value())
                .param("u", unitId)
                .query(DispositionManagement::summary)
                .optional();
    }

    private static DecisionSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new DecisionSummary(
                rs.getObject(1, UUID.class),
                DispositionOption.valueOf(rs.getString(2)),
                rs.getString(3).isEmpty()
                        ? java.util.Set.of()
                        : java.util.Arrays.stream(rs.getString(3).split(","))
                                .map(WorkKind::valueOf)
                                .collect(java.util.stream.Collectors.toUnmodifiableSet()),
                rs.getBigDecimal(4).toPlainString(),
                rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }

    /** A client's own recovery table version. */
    public record ClientTable(int version, String csv, Instant createdAt, String createdBy) {}

    public Optional<ClientTable> clientTable(ClientId client) {
        return jdbc.sql(
                        """
                        select version, csv, created_at, created_by from recovery_table
                        where client_id = :c order by version desc limit 1
                        """)
                .param("c", client.value())
                .query((rs, i) -> new ClientTable(
                        rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .optional();
    }
}
