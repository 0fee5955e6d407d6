package org.retrogistics.disposition;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.disposition.internal.StoredDecisionJson;
import org.retrogistics.shared.ClientId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a decision, its line in the change trail and the event announcing a new option; shared by every use case
 * that decides (grading, recalls, overrides, re-evaluations), so they store decisions the same way.
 */
@Component
class DecisionStore {

    static final TypeReference<List<OptionAssessment>> OPTIONS = new TypeReference<>() {};

    /** How overrides are stored: the one in force (or none) and every one ever made. */
    record Overrides(DispositionOverride inForce, List<DispositionOverride> history) {}

    /** Column types of a decision update, in the order of {@link #batchRow}. */
    private static final String[] TYPES = {
        "text",
        "text",
        "text",
        "bool",
        "bool",
        "numeric",
        "text",
        "text",
        "text",
        "text",
        "int4",
        "int4",
        "timestamptz",
        "int4",
        "uuid"
    };

    private final JdbcClient jdbc;
    /** Batched statements through plain JDBC: one round trip per batch instead of one per decision. */
    private final JdbcTemplate batch;

    private final ApplicationEventPublisher events;
    private final JsonMapper json = StoredDecisionJson.mapper();
    private final Clock clock;

    DecisionStore(JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The JSON form decisions are stored in. */
    JsonMapper json() {
        return json;
    }

    void write(DispositionDecision d, int revision, boolean exists) {
        String sql = exists
                ? """
                  update disposition_decision set option = :option, recommended = :recommended,
                    required_work = :work, overridden = :overridden, last_resort = :lastResort, expected_net = :net, currency = :currency,
                    explanation = :explanation, facts = :facts::jsonb, options = :options::jsonb,
                    overrides = :overrides::jsonb, table_id = :tableId, table_version = :tableVersion,
                    rules_version = :rulesVersion, decided_at = :at, revision = :revision
                  where unit_id = :unit and client_id = :client
                  """
                : """
                  insert into disposition_decision (unit_id, client_id, option, recommended, required_work,
                    overridden, last_resort,
                    expected_net, currency, explanation, facts, options, overrides, table_id, table_version,
                    rules_version, decided_at, revision)
                  values (:unit, :client, :option, :recommended, :work, :overridden, :lastResort, :net, :currency,
                    :explanation, :facts::jsonb, :options::jsonb, :overrides::jsonb, :tableId, :tableVersion,
                    :rulesVersion, :at, :revision)
                  """;
        jdbc.sql(sql)
                .param("unit", d.unitId())
                .param("client", d.clientId().value())
                .param("option", d.option().name())
                .param("recommended", d.recommended().name())
                .param("work", work(d))
                .param("overridden", d.overridden())
                .param("lastResort", d.lastResort())
                .param("net", d.chosen().netRecovery().amount())
                .param("currency", d.chosen().netRecovery().currency().getCurrencyCode())
                .param("explanation", d.explanation())
                .param("facts", json.writeValueAsString(d.facts()))
                .param("options", json.writeValueAsString(d.options()))
                .param("overrides", json.writeValueAsString(overridesToStore(d)))
                .param("tableId", d.tableId())
                .param("tableVersion", d.tableVersion())
                .param("rulesVersion", d.clientRulesVersion())
                .param("at", Timestamp.from(clock.instant()))
                .param("revision", revision)
                .update();
    }

    static String work(DispositionDecision d) {
        return String.join(
                ",", d.chosen().requiredWork().stream().map(Enum::name).sorted().toList());
    }

    static Overrides overridesToStore(DispositionDecision d) {
        return new Overrides(d.override(), d.overrideHistory());
    }

    void change(
            DispositionDecision d, int revision, DispositionOption from, String trigger, String actor, String reason) {
        jdbc.sql(
                        """
                        insert into disposition_change (unit_id, client_id, revision, from_option, to_option,
                          expected_net, trigger, actor, reason, occurred_at)
                        values (:u, :c, :rev, :from, :to, :net, :trigger, :actor, :reason, :at)
                        """)
                .param("u", d.unitId())
                .param("c", d.clientId().value())
                .param("rev", revision)
                .param("from", from == null ? null : from.name())
                .param("to", d.option().name())
                .param("net", d.chosen().netRecovery().amount())
                .param("trigger", trigger)
                .param("actor", actor)
                .param("reason", reason)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    void announce(DispositionDecision d, DispositionOption previous, int revision, String trigger) {
        if (previous == d.option()) {
            return;
        }
        events.publishEvent(decided(d, previous, revision, trigger));
    }

    DispositionDecided decided(DispositionDecision d, DispositionOption previous, int revision, String trigger) {
        OptionAssessment chosen = d.chosen();
        return new DispositionDecided(
                d.unitId(),
                d.clientId().value(),
                d.option(),
                previous,
                chosen.requiredWork(),
                chosen.groundOnlyHazardous(),
                revision,
                d.expectedNetRecovery(),
                trigger,
                clock.instant());
    }

    /** A decided-again decision as one row of {@link #writeAll}. */
    Object[] batchRow(DispositionDecision next, int revision, UUID unit, Timestamp now) {
        return new Object[] {
            next.option().name(),
            next.recommended().name(),
            work(next),
            next.overridden(),
            next.lastResort(),
            next.chosen().netRecovery().amount(),
            next.explanation(),
            json.writeValueAsString(next.options()),
            json.writeValueAsString(overridesToStore(next)),
            next.tableId(),
            next.tableVersion(),
            next.clientRulesVersion(),
            now,
            revision,
            unit
        };
    }

    /**
     * Rewrites many decisions in one statement: each column goes as one array and unnest() turns them back into
     * rows, which PostgreSQL runs as a single join instead of one statement per decision.
     */
    void writeAll(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        batch.execute((ConnectionCallback<Integer>) con -> {
            try (java.sql.PreparedStatement ps = con.prepareStatement(
                    """
                    update disposition_decision d set option = v.option, recommended = v.recommended,
                      required_work = v.work, overridden = v.overridden, last_resort = v.last_resort,
                      expected_net = v.net, explanation = v.explanation, options = v.options::jsonb,
                      overrides = v.overrides::jsonb, table_id = v.table_id, table_version = v.table_version,
                      rules_version = v.rules_version, decided_at = v.decided_at, revision = v.revision
                    from unnest(?::text[], ?::text[], ?::text[], ?::bool[], ?::bool[], ?::numeric[], ?::text[],
                      ?::text[], ?::text[], ?::text[], ?::int4[], ?::int4[], ?::timestamptz[], ?::int4[],
                      ?::uuid[])
                      as v(option, recommended, work, overridden, last_resort, net, explanation, options,
                           overrides, table_id, table_version, rules_version, decided_at, revision, unit)
                    where d.unit_id = v.unit
                    """)) {
                for (int c = 0; c < TYPES.length; c++) {
                    Object[] column = new Object[rows.size()];
                    for (int r = 0; r < rows.size(); r++) {
                        column[r] = rows.get(r)[c];
                    }
                    ps.setArray(c + 1, con.createArrayOf(TYPES[c], column));
                }
                return ps.executeUpdate();
            }
        });
    }

    /** Many lines of the change trail in one batch: unit, client, revision, from, to, net, trigger, actor, time. */
    void changeAll(List<Object[]> changes) {
        if (!changes.isEmpty()) {
            batch.batchUpdate(
                    """
                    insert into disposition_change (unit_id, client_id, revision, from_option, to_option,
                      expected_net, trigger, actor, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    changes);
        }
    }

    /** Announces a batch of new options in one event. */
    void announceAll(ClientId client, List<DispositionDecided> decided) {
        if (!decided.isEmpty()) {
            events.publishEvent(new DispositionsDecided(client.value(), decided, clock.instant()));
        }
    }
}
