package org.retrogistics.disposition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.inspection.UnitGraded;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.FunctionalGrade;
import org.retrogistics.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides each graded unit's disposition with the {@link DispositionEngine}, keeps the decision with every option
 * considered, and decides again when its inputs change: a new grade (by event from inspection), a new recovery table
 * or new client rules (every decision of the client, in batches). Overrides are audited in the change trail.
 */
@Service
@Transactional(readOnly = true)
public class DispositionManagement {

    private static final TypeReference<List<OptionAssessment>> OPTIONS = new TypeReference<>() {};
    /** How overrides are stored: the one in force (or none) and every one ever made. */
    record Overrides(DispositionOverride inForce, List<DispositionOverride> history) {}

    private final DispositionEngine engine = new DispositionEngine();
    private final CatalogManagement catalog;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final DispositionSettings settings;
    private final JsonMapper json = org.retrogistics.disposition.internal.StoredDecisionJson.mapper();
    private final Clock clock;
    private final TransactionTemplate tx;
    private final BatchWriter batch;

    DispositionManagement(
            CatalogManagement catalog,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            DispositionSettings settings,
            org.springframework.transaction.PlatformTransactionManager transactions,
            org.springframework.jdbc.core.JdbcTemplate jdbcTemplate,
            Optional<Clock> clock) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.events = events;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
        this.tx = new TransactionTemplate(transactions);
        // a re-evaluation runs inside its listener's transaction; each batch commits on its own all the same, so
        // that progress shows and a crash loses at most the batches in flight
        this.tx.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batch = new BatchWriter(jdbcTemplate);
    }

    /** Batched statements through plain JDBC: one round trip per batch instead of one per decision. */
    private record BatchWriter(org.springframework.jdbc.core.JdbcTemplate jdbc) {

        /** Column types of a decision update, in the order of {@link Reevaluator}'s rows. */
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

        void update(String sql, List<Object[]> rows) {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(sql, rows);
            }
        }

        /**
         * Rewrites many decisions in one statement: each column goes as one array and unnest() turns them back into
         * rows, which PostgreSQL runs as a single join instead of one statement per decision.
         */
        void updateAll(List<Object[]> rows) {
            if (rows.isEmpty()) {
                return;
            }
            jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Integer>) con -> {
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
    }

    /** Inspection graded a unit (first time or after a work order): decide, or decide again. */
    @ApplicationModuleListener
    void on(UnitGraded graded) {
        ClientId client = new ClientId(graded.clientId());
        ProductFacts product = catalog.product(client, graded.productId());
        UnitFacts facts = facts(graded, product);
        decideAndStore(client, facts, graded.source() == null ? "graded" : "graded by " + graded.source(), "system");
    }

    UnitFacts facts(UnitGraded g, ProductFacts product) {
        boolean productFault = g.reason() != null
                && !List.of("SIZE_FIT", "CHANGED_MIND", "ARRIVED_LATE", "OTHER", "DELIVERY_FAILURE", "END_OF_LIFE")
                        .contains(g.reason());
        return UnitFacts.builder()
                .clientId(new ClientId(g.clientId()))
                .unitId(g.unitId())
                .sku(product.sku())
                .brand(product.brand() == null ? "" : product.brand())
                .category(product.category())
                .productValue(product.unitValue())
                .weightGrams(product.weightGrams())
                .functionalGrade(g.functional())
                .cosmeticGrade(g.cosmetic())
                .dataBearing(g.dataBearing())
                .sanitisationPassed(g.sanitised())
                .locked(g.locked())
                .batteryState(g.batteryState())
                .recalled("RECALL".equals(g.reason()) || recalled(g.unitId()))
                // the customer asked for a repair of a product fault: the unit goes back to them
                .warrantyRepair("REPAIR".equals(g.resolution()) && productFault)
                .noFaultFound(
                        g.functional() == FunctionalGrade.F0 && g.cosmetic().compareTo(CosmeticGrade.B) <= 0)
                .authenticityHold(g.authenticityHold())
                .vendorReturnAllowed(settings.vendorReturnAllowed())
                .donationAllowed(settings.donationAllowed())
                .build();
    }

    /** Whether a recall campaign named the unit (whatever it came back for). */
    private boolean recalled(UUID unitId) {
        return jdbc.sql("select count(*) from disposition_recalled_unit where unit_id = :u")
                        .param("u", unitId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * A recall campaign names units already known (with us, or on their way back for another reason): they are marked
     * recalled, so a later grading judges them as such, and every one already decided is decided again as recalled
     * (never resold).
     */
    @ApplicationModuleListener
    void on(org.retrogistics.recalls.UnitsRecalled recalled) {
        ClientId client = new ClientId(recalled.clientId());
        jdbc.sql(
                        """
                        insert into disposition_recalled_unit (unit_id, client_id, campaign, recalled_at)
                        select u, :c, :campaign, :at from unnest(cast(string_to_array(:units, ',') as uuid[])) as u
                        on conflict (unit_id) do nothing
                        """)
                .param("c", client.value())
                .param("campaign", recalled.number())
                .param("at", Timestamp.from(recalled.occurredAt()))
                .param(
                        "units",
                        String.join(
                                ",",
                                recalled.unitIds().stream().map(UUID::toString).toList()))
                .update();
        for (UUID unitId : recalled.unitIds()) {
            current(client, unitId)
                    .filter(d -> !d.decision().facts().recalled())
                    .ifPresent(d -> decideAndStore(
                            client,
                            d.decision().facts().toBuilder().recalled(true).build(),
                            "recall " + recalled.number(),
                            "system"));
        }
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
                .map(c -> Currency.getInstance(c.getCurrency()))
                .orElse(Currency.getInstance("USD"));
    }

    public ClientRuleSet rules(ClientId client) {
        return jdbc.sql("select version, rules from disposition_rules where client_id = :c")
                .param("c", client.value())
                .query((rs, i) -> ClientRuleSet.parse(client, rs.getInt(1), rs.getString(2)))
                .optional()
                .orElseGet(() -> ClientRuleSet.none(client));
    }

    @Transactional
    StoredDecision decideAndStore(ClientId client, UnitFacts facts, String trigger, String actor) {
        RecoveryTable table = table(client, facts.productValue().currency());
        ClientRuleSet rules = rules(client);
        Optional<StoredDecision> previous = current(client, facts.unitId());
        DispositionDecision next = previous.isPresent()
                ? engine.reevaluate(previous.get().decision(), facts, table, rules)
                : engine.decide(facts, table, rules);
        int revision = previous.map(p -> p.revision() + 1).orElse(1);
        write(next, revision, previous.isPresent());
        change(next, revision, previous.map(p -> p.decision().option()).orElse(null), trigger, actor, null);
        announce(next, previous.map(p -> p.decision().option()).orElse(null), revision, trigger);
        return current(client, facts.unitId()).orElseThrow();
    }

    /** A manager overrides the engine's choice; the reason is required and the change is audited. */
    @Transactional
    public StoredDecision override(
            Actor actor, UUID unitId, DispositionOption option, String reason, Integer revision) {
        StoredDecision stored =
                current(actor.clientId(), unitId).orElseThrow(() -> new NotFound("disposition", unitId));
        if (revision != null && revision != stored.revision()) {
            throw new StaleDecision(unitId, revision, stored.revision());
        }
        DispositionOption before = stored.decision().option();
        DispositionDecision next = stored.decision().override(option, reason, actor.name(), clock.instant());
        int rev = stored.revision() + 1;
        write(next, rev, true);
        change(next, rev, before, "override", actor.name(), reason.strip());
        announce(next, before, rev, "override");
        return current(actor.clientId(), unitId).orElseThrow();
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
                            json.readValue(rs.getString(2), OPTIONS),
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

    private void write(DispositionDecision d, int revision, boolean exists) {
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

    private static String work(DispositionDecision d) {
        return String.join(
                ",", d.chosen().requiredWork().stream().map(Enum::name).sorted().toList());
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

    private static Overrides overridesToStore(DispositionDecision d) {
        return new Overrides(d.override(), d.overrideHistory());
    }

    private void change(
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

    private void announce(DispositionDecision d, DispositionOption previous, int revision, String trigger) {
        if (previous == d.option()) {
            return;
        }
        events.publishEvent(decided(d, previous, revision, trigger));
    }

    private DispositionDecided decided(
            DispositionDecision d, DispositionOption previous, int revision, String trigger) {
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

    /** Publishes a new version of the client's own rows; every decision of the client is then decided again. */
    @Transactional
    public ClientTable publishTable(Actor actor, String csv) {
        List<RecoveryEntry> rows = RecoveryTableCsv.readEntries(csv);
        for (RecoveryEntry e : rows) {
            if (e.client() != null && !e.client().equals(actor.clientId())) {
                throw new InvalidRecoveryTable(
                        "a row names client " + e.client().value()
                                + "; a table holds only your own rows (put * or your own client id in the client column)");
            }
        }
        List<RecoveryEntry> own =
                rows.stream().map(e -> ownRow(e, actor.clientId())).toList();
        String normalised = RecoveryTableCsv.write(new RecoveryTable("client", 1, Currency.getInstance("USD"), own))
                .lines()
                .filter(l -> !l.startsWith("#"))
                .reduce("", (a, b) -> a + b + "\n");
        int version = clientTable(actor.clientId()).map(t -> t.version() + 1).orElse(1);
        jdbc.sql(
                        """
                        insert into recovery_table (client_id, version, csv, created_at, created_by)
                        values (:c, :v, :csv, :at, :by)
                        """)
                .param("c", actor.clientId().value())
                .param("v", version)
                .param("csv", normalised)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.name())
                .update();
        events.publishEvent(
                new DispositionInputsChanged(actor.clientId().value(), "recovery table v" + version, actor.name()));
        return clientTable(actor.clientId()).orElseThrow();
    }

    private static RecoveryEntry ownRow(RecoveryEntry e, ClientId client) {
        return new RecoveryEntry(
                client,
                e.category(),
                e.band(),
                e.option(),
                e.priceFraction(),
                e.sellThrough(),
                e.holdingDays(),
                e.markdownPer30Days(),
                e.labourMinutes(),
                e.labourRatePerHour(),
                e.sanitiseMinutes(),
                e.partsFraction(),
                e.partsFixed(),
                e.transport(),
                e.channelFee(),
                e.fixedFee(),
                e.valuePerKg(),
                e.source());
    }

    /** Replaces the client's own rules ("never B2B_LOT brand=Acme", one per line); decisions are made again. */
    @Transactional
    public ClientRuleSet publishRules(Actor actor, String text) {
        int version = rules(actor.clientId()).version() + 1;
        ClientRuleSet parsed = ClientRuleSet.parse(actor.clientId(), version, text == null ? "" : text);
        jdbc.sql(
                        """
                        insert into disposition_rules (client_id, version, rules, updated_at, updated_by)
                        values (:c, :v, :r, :at, :by)
                        on conflict (client_id) do update set version = excluded.version, rules = excluded.rules,
                          updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """)
                .param("c", actor.clientId().value())
                .param("v", version)
                .param("r", parsed.text())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.name())
                .update();
        events.publishEvent(
                new DispositionInputsChanged(actor.clientId().value(), "client rules v" + version, actor.name()));
        return parsed;
    }

    /** Progress of the latest re-evaluation of a client's decisions. */
    public record Reevaluation(
            String trigger, int total, int done, int changed, Instant startedAt, Instant finishedAt) {}

    /**
     * A client's inputs changed: decide every one of its units again, in batches, recording progress. No transaction
     * around the whole: each batch has its own, and a listener-wide one would only hold a connection idle meanwhile.
     */
    @ApplicationModuleListener(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
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
     * reevaluation-threads} workers side by side, so progress is visible and a crash loses at most the batches in
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
            ClientRuleSet rules = rules(client);
            int threads = settings.reevaluationThreads();
            List<Thread> helpers = new ArrayList<>();
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            for (int i = 1; i < threads; i++) {
                Thread helper = new Thread(
                        () -> {
                            try {
                                drain(id, rules);
                            } catch (Throwable e) {
                                failures.add(e);
                            }
                        },
                        "reevaluation-" + i);
                helper.setDaemon(true);
                helper.start();
                helpers.add(helper);
            }
            try {
                drain(id, rules);
            } catch (RuntimeException | Error e) {
                failures.add(e);
            }
            for (Thread helper : helpers) {
                try {
                    helper.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.add(e);
                }
            }
            if (!failures.isEmpty()) {
                RuntimeException failed = new IllegalStateException(
                        "re-evaluation of client " + client.value() + " failed", failures.get(0));
                failures.stream().skip(1).forEach(failed::addSuppressed);
                throw failed;
            }
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

        private int step(List<Row> batch, ClientRuleSet rules) {
            List<Object[]> updates = new ArrayList<>();
            List<Object[]> changes = new ArrayList<>();
            List<DispositionDecided> decided = new ArrayList<>();
            int changed = 0;
            Timestamp now = Timestamp.from(clock.instant());
            for (Row row : batch) {
                UnitFacts facts = row.facts();
                RecoveryTable table =
                        tables.computeIfAbsent(facts.productValue().currency(), c -> table(client, c));
                if (row.tableId().equals(table.id())
                        && row.tableVersion() == table.version()
                        && row.rulesVersion() == rules.version()) {
                    continue;
                }
                // without overrides the previous decision has nothing to hand on: decide afresh, no need to read it
                DispositionDecision next = row.previous() == null
                        ? engine.decide(facts, table, rules)
                        : engine.reevaluate(row.previous(), facts, table, rules);
                int revision = row.revision() + 1;
                updates.add(new Object[] {
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
                    row.unit()
                });
                if (next.option() != row.option()) {
                    changed++;
                    changes.add(new Object[] {
                        row.unit(),
                        client.value(),
                        revision,
                        row.option().name(),
                        next.option().name(),
                        next.chosen().netRecovery().amount(),
                        trigger,
                        actor,
                        now
                    });
                    decided.add(decided(next, row.option(), revision, trigger));
                }
            }
            DispositionManagement.this.batch.updateAll(updates);
            if (!decided.isEmpty()) {
                events.publishEvent(new DispositionsDecided(client.value(), decided, clock.instant()));
            }
            DispositionManagement.this.batch.update(
                    """
                    insert into disposition_change (unit_id, client_id, revision, from_option, to_option,
                      expected_net, trigger, actor, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    changes);
            return changed;
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
            DispositionDecision previous) {}

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
                    json.readValue(rs.getString(3), OPTIONS),
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

    /** An override that names a revision other than the current one. */
    public static class StaleDecision extends DomainException {
        StaleDecision(UUID unit, int given, int current) {
            super(
                    Kind.CONFLICT,
                    "stale-decision",
                    "the disposition of unit " + unit + " is at revision " + current + ", not " + given
                            + ": it was decided again; look at it before overriding");
        }
    }
}
