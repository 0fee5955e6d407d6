package org.retrogistics.disposition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.disposition.DecisionStore.Overrides;
import org.retrogistics.shared.ClientId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client's inputs changed (a new recovery table or new client rules): every decision of the client is decided
 * again, in batches, with the progress recorded.
 */
@Service
@Transactional(readOnly = true)
public class ReevaluatingDispositions {

    private final DispositionEngine engine = new DispositionEngine();
    private final DispositionManagement dispositions;
    private final DecisionStore store;
    private final JdbcClient jdbc;
    private final DispositionSettings settings;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ReevaluationWorkers workers;

    ReevaluatingDispositions(
            DispositionManagement dispositions,
            DecisionStore store,
            JdbcClient jdbc,
            DispositionSettings settings,
            ReevaluationWorkers workers,
            Optional<Clock> clock) {
        this.workers = workers;
        this.dispositions = dispositions;
        this.store = store;
        this.jdbc = jdbc;
        this.settings = settings;
        this.json = store.json();
        this.clock = clock.orElse(Clock.systemUTC());
        this.tx = workers.batches();
    }

    /** Progress of the latest re-evaluation of a client's decisions. */
    public record Reevaluation(
            String trigger, int total, int done, int changed, Instant startedAt, Instant finishedAt) {}

    /**
     * A client's inputs changed: decide every one of its units again, in batches, recording progress. No transaction
     * around the whole: each batch has its own, and a listener-wide one would only hold a connection idle meanwhile.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DispositionInputsChanged changed) {
        reevaluateAll(new ClientId(changed.clientId()), changed.trigger(), changed.actor());
    }

    /** Decides every unit of the client again; returns how many decisions changed their option. */
    public Reevaluation reevaluateAll(ClientId client, String trigger, String actor) {
        return new Reevaluator(client, trigger, actor).run();
    }

    public Optional<Reevaluation> lastReevaluation(ClientId client) {
        return jdbc.sql(
                        """
                        select trigger, total, done, changed, started_at, finished_at from disposition_reevaluation
                        where client_id = :c order by started_at desc limit 1
                        """)
                .param("c", client.value())
                .query((rs, i) -> new Reevaluation(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .optional();
    }

    /**
     * One pass over a client's decisions in batches: each batch is read in one query (in unit order, one reader at a
     * time), decided in memory and written with batched statements in its own transaction, by {@code
     * reevaluation-threads} workers side by side ({@link ReevaluationWorkers}), so progress is visible and a crash loses at most the batches in
     * flight (the next pass picks the rest up, since unchanged inputs are skipped).
     */
    private final class Reevaluator {
        private final ClientId client;
        private final String trigger;
        private final String actor;
        private final java.util.Map<Currency, RecoveryTable> tables = new java.util.concurrent.ConcurrentHashMap<>();
        /** The last unit handed out to a worker: batches are read one after another, decided and written side by side. */
        private UUID after = new UUID(0, 0);

        Reevaluator(ClientId client, String trigger, String actor) {
            this.client = client;
            this.trigger = trigger;
            this.actor = actor;
        }

        Reevaluation run() {
            Instant started = clock.instant();
            long id = tx.execute(s -> jdbc.sql(
                            """
                            insert into disposition_reevaluation (client_id, trigger, total, done, changed, started_at)
                            values (:c, :t, (select count(*) from disposition_decision where client_id = :c), 0, 0, :at)
                            returning id
                            """)
                    .param("c", client.value())
                    .param("t", trigger)
                    .param("at", Timestamp.from(started))
                    .query(Long.class)
                    .single());
            ClientRuleSet rules = dispositions.rules(client);
            workers.sideBySide(() -> drain(id, rules), "re-evaluation of client " + client.value());
            tx.executeWithoutResult(
                    s -> jdbc.sql("update disposition_reevaluation set finished_at = :at where id = :id")
                            .param("at", Timestamp.from(clock.instant()))
                            .param("id", id)
                            .update());
            return lastReevaluation(client).orElseThrow();
        }

        /** Takes the next batch (in unit order, keyset-paginated) until none is left: decides it and writes it. */
        private void drain(long id, ClientRuleSet rules) {
            while (true) {
                List<Row> batch = next();
                if (batch.isEmpty()) {
                    return;
                }
                tx.executeWithoutResult(s -> {
                    int changed = step(batch, rules);
                    jdbc.sql(
                                    """
                                    update disposition_reevaluation set done = done + :d, changed = changed + :ch
                                    where id = :id
                                    """)
                            .param("d", batch.size())
                            .param("ch", changed)
                            .param("id", id)
                            .update();
                });
            }
        }

        /** The next batch of the client's decisions after the last one handed out; one reader at a time. */
        private synchronized List<Row> next() {
            List<Row> batch = jdbc.sql(
                            """
                            select unit_id, facts,
                              case when overrides -> 'history' = '[]'::jsonb then null else options end,
                              overrides, recommended, explanation, last_resort, table_id, table_version,
                              rules_version, revision, option
                            from disposition_decision where client_id = :c and unit_id > :after
                            order by unit_id limit :n
                            """)
                    .param("c", client.value())
                    .param("after", after)
                    .param("n", settings.batchSize())
                    .query((rs, i) -> row(rs))
                    .list();
            if (!batch.isEmpty()) {
                after = batch.get(batch.size() - 1).unit();
            }
            return batch;
        }

        /** Decides the batch again, writes what changed and returns how many decisions changed their option. */
        private int step(List<Row> batch, ClientRuleSet rules) {
            List<Object[]> updates = new ArrayList<>();
            List<Object[]> changes = new ArrayList<>();
            List<DispositionDecided> decided = new ArrayList<>();
            Timestamp now = Timestamp.from(clock.instant());
            for (Row row : batch) {
                RecoveryTable table = tables.computeIfAbsent(
                        row.facts().productValue().currency(), c -> dispositions.table(client, c));
                if (row.decidedWith(table, rules)) {
                    continue;
                }
                // without overrides the previous decision has nothing to hand on: decide afresh, no need to read it
                DispositionDecision next = row.previous() == null
                        ? engine.decide(row.facts(), table, rules)
                        : engine.reevaluate(row.previous(), row.facts(), table, rules);
                int revision = row.revision() + 1;
                updates.add(store.batchRow(next, revision, row.unit(), now));
                if (next.option() != row.option()) {
                    changes.add(change(row, next, revision, now));
                    decided.add(store.decided(next, row.option(), revision, trigger));
                }
            }
            store.writeAll(updates);
            store.announceAll(client, decided);
            store.changeAll(changes);
            return changes.size();
        }

        /** A line of the change trail, in the column order of {@link DecisionStore#changeAll}. */
        private Object[] change(Row row, DispositionDecision next, int revision, Timestamp now) {
            return new Object[] {
                row.unit(),
                client.value(),
                revision,
                row.option().name(),
                next.option().name(),
                next.chosen().netRecovery().amount(),
                trigger,
                actor,
                now
            };
        }
    }

    /** A stored decision as a re-evaluation reads it: the whole previous decision only where overrides exist. */
    private record Row(
            UUID unit,
            UnitFacts facts,
            DispositionOption option,
            String tableId,
            int tableVersion,
            int rulesVersion,
            int revision,
            DispositionDecision previous) {

        /** Whether it was decided with these very inputs: then deciding again would change nothing. */
        boolean decidedWith(RecoveryTable table, ClientRuleSet rules) {
            return tableId.equals(table.id()) && tableVersion == table.version() && rulesVersion == rules.version();
        }
    }

    private Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        UnitFacts facts = json.readValue(rs.getString(2), UnitFacts.class);
        DispositionDecision previous = null;
        if (rs.getString(3) != null) {
            Overrides overrides = json.readValue(rs.getString(4), Overrides.class);
            previous = new DispositionDecision(
                    facts,
                    rs.getString(8),
                    rs.getInt(9),
                    rs.getInt(10),
                    json.readValue(rs.getString(3), DecisionStore.OPTIONS),
                    DispositionOption.valueOf(rs.getString(5)),
                    rs.getString(6),
                    rs.getBoolean(7),
                    overrides.inForce(),
                    overrides.history());
        }
        return new Row(
                rs.getObject(1, UUID.class),
                facts,
                DispositionOption.valueOf(rs.getString(12)),
                rs.getString(8),
                rs.getInt(9),
                rs.getInt(10),
                rs.getInt(11),
                previous);
    }
}
