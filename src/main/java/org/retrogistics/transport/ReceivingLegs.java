package org.retrogistics.transport;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.SiteFacts;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.RecoveryFacts;
import org.retrogistics.transport.LegManagement.LoadedContainer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Arrival of a leg: its containers and their units are at the destination site, in custody again, and the leg's cost
 * is shared over the units it carried ({@link RecoveryFacts}, one TRANSPORT entry per unit).
 */
@Service
@Transactional(readOnly = true)
public class ReceivingLegs {

    private final LegManagement legs;
    private final CustodyLedger custody;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReceivingLegs(
            LegManagement legs,
            CustodyLedger custody,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.legs = legs;
        this.custody = custody;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Arrival: the containers and their units are at the destination site, in custody again; the leg's cost is shared
     * over the units it carried and published as one TRANSPORT fact per unit.
     */
    @Transactional
    public Leg arrive(Actor actor, UUID id, Long version) {
        Leg leg = legs.locked(actor.clientId(), id, version);
        Instant now = clock.instant();
        leg.arrive(now);
        SiteFacts destination = legs.siteOf(actor.clientId(), leg.getDestinationSiteId());
        for (LoadedContainer c : legs.containers(leg.getId())) {
            custody.moveContainerAlong(
                    actor.clientId(),
                    c.sscc(),
                    new CustodyMove(
                            CustodyEventType.RECEIVED,
                            "site " + destination.code(),
                            destination.name(),
                            now,
                            actor.name(),
                            "leg:" + leg.getNumber(),
                            "arrived at " + destination.code() + " by leg " + leg.getNumber() + " in "
                                    + LegCargo.kind(c) + " " + c.sscc()));
        }
        List<UUID[]> units = jdbc.sql(
                        """
                        select unit_id, return_id from transport_leg_unit where leg_id = :leg
                        order by licence_plate, unit_id
                        """)
                .param("leg", leg.getId())
                .query((rs, i) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .list();
        List<Money> shares = LegFigures.shares(leg.cost(), units.size());
        List<RecoveryFacts.Entry> facts = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            jdbc.sql("update transport_leg_unit set cost_share = :share where leg_id = :leg and unit_id = :unit")
                    .param("share", shares.get(i).amount())
                    .param("leg", leg.getId())
                    .param("unit", units.get(i)[0])
                    .update();
            facts.add(new RecoveryFacts.Entry(
                    units.get(i)[0],
                    units.get(i)[1],
                    actor.clientId(),
                    RecoveryFacts.Kind.TRANSPORT,
                    shares.get(i),
                    "leg",
                    leg.getNumber()));
        }
        if (!facts.isEmpty()) {
            events.publishEvent(new RecoveryFacts(facts, now));
        }
        return leg;
    }
}
