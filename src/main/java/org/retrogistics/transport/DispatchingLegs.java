package org.retrogistics.transport;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.SiteFacts;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.transport.LegManagement.EmptyLeg;
import org.retrogistics.transport.LegManagement.LoadedContainer;
import org.retrogistics.transport.LegManagement.ManifestUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dispatch: the containers and every unit inside go in transit on the leg; weight and CO2e are fixed. */
@Service
@Transactional(readOnly = true)
public class DispatchingLegs {

    private final LegManagement legs;
    private final LegCargo cargo;
    private final CustodyLedger custody;
    private final JdbcClient jdbc;
    private final Clock clock;

    DispatchingLegs(LegManagement legs, LegCargo cargo, CustodyLedger custody, JdbcClient jdbc, Optional<Clock> clock) {
        this.legs = legs;
        this.cargo = cargo;
        this.custody = custody;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Dispatch: the containers and every unit inside go in transit on the leg; weight and CO2e are fixed. */
    @Transactional
    public Leg dispatch(Actor actor, UUID id, Long version) {
        Leg leg = legs.locked(actor.clientId(), id, version);
        List<LoadedContainer> loaded = legs.containers(leg.getId());
        if (loaded.isEmpty() && leg.getStatus() == LegStatus.PLANNED) {
            throw new EmptyLeg(leg.getNumber());
        }
        List<ManifestUnit> units = cargo.carried(
                actor.clientId(), loaded.stream().map(LoadedContainer::sscc).toList());
        LegCargo.checkBatteries(leg, units);
        long grams = LegCargo.grams(units);
        Instant now = clock.instant();
        leg.dispatch(grams, cargo.co2(leg, grams), now);
        jdbc.sql("delete from transport_leg_unit where leg_id = :leg")
                .param("leg", leg.getId())
                .update();
        cargo.snapshot(leg, units);
        SiteFacts origin = legs.siteOf(actor.clientId(), leg.getOriginSiteId());
        SiteFacts destination = legs.siteOf(actor.clientId(), leg.getDestinationSiteId());
        for (LoadedContainer c : loaded) {
            custody.moveContainerAlong(
                    actor.clientId(),
                    c.sscc(),
                    new CustodyMove(
                            CustodyEventType.IN_TRANSIT,
                            "leg " + leg.getNumber(),
                            "carrier of leg " + leg.getNumber(),
                            now,
                            actor.name(),
                            "leg:" + leg.getNumber(),
                            "dispatched from " + origin.code() + " to " + destination.code() + " by " + leg.getMode()
                                    + " in " + LegCargo.kind(c) + " " + c.sscc()));
        }
        return leg;
    }
}
