package org.retrogistics.disposition;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.inspection.UnitGraded;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides each graded unit's disposition with the {@link DispositionEngine} and keeps the decision with every option
 * considered; decides again when a new grade arrives (by event from inspection) or a recall names the unit.
 */
@Service
@Transactional(readOnly = true)
class DecidingDispositions {

    private final DispositionEngine engine = new DispositionEngine();
    private final CatalogManagement catalog;
    private final JdbcClient jdbc;
    private final DispositionSettings settings;
    private final DispositionManagement dispositions;
    private final DecisionStore store;

    DecidingDispositions(
            CatalogManagement catalog,
            JdbcClient jdbc,
            DispositionSettings settings,
            DispositionManagement dispositions,
            DecisionStore store) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.settings = settings;
        this.dispositions = dispositions;
        this.store = store;
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
            dispositions
                    .current(client, unitId)
                    .filter(d -> !d.decision().facts().recalled())
                    .ifPresent(d -> decideAndStore(
                            client,
                            d.decision().facts().toBuilder().recalled(true).build(),
                            "recall " + recalled.number(),
                            "system"));
        }
    }

    @Transactional
    StoredDecision decideAndStore(ClientId client, UnitFacts facts, String trigger, String actor) {
        RecoveryTable table = dispositions.table(client, facts.productValue().currency());
        ClientRuleSet rules = dispositions.rules(client);
        Optional<StoredDecision> previous = dispositions.current(client, facts.unitId());
        DispositionDecision next = previous.isPresent()
                ? engine.reevaluate(previous.get().decision(), facts, table, rules)
                : engine.decide(facts, table, rules);
        int revision = previous.map(p -> p.revision() + 1).orElse(1);
        store.write(next, revision, previous.isPresent());
        store.change(next, revision, previous.map(p -> p.decision().option()).orElse(null), trigger, actor, null);
        store.announce(next, previous.map(p -> p.decision().option()).orElse(null), revision, trigger);
        return dispositions.current(client, facts.unitId()).orElseThrow();
    }
}
