package org.retrogistics.transport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.custody.ContainerSnapshot;
import org.retrogistics.custody.Containers;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.retrogistics.transport.LegManagement.ContainerNotLoadable;
import org.retrogistics.transport.LegManagement.ContainerOnLeg;
import org.retrogistics.transport.LegManagement.ManifestUnit;
import org.retrogistics.transport.LegManagement.UnknownContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads containers (with everything nested in them) onto a planned leg, never a damaged battery on a leg by air. */
@Service
@Transactional(readOnly = true)
public class LoadingLegs {

    private final LegManagement legs;
    private final LegCargo cargo;
    private final Containers containers;
    private final JdbcClient jdbc;
    private final EntityManager entities;
    private final Clock clock;

    LoadingLegs(
            LegManagement legs,
            LegCargo cargo,
            Containers containers,
            JdbcClient jdbc,
            EntityManager entities,
            Optional<Clock> clock) {
        this.legs = legs;
        this.cargo = cargo;
        this.containers = containers;
        this.jdbc = jdbc;
        this.entities = entities;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Loads a container (with everything nested in it) onto a planned leg. */
    @Transactional
    public Leg load(Actor actor, UUID id, String sscc, Long version) {
        Leg leg = legs.locked(actor.clientId(), id, version);
        leg.checkLoadable();
        if (sscc == null || sscc.isBlank()) {
            throw new Leg.InvalidLeg("name the container's SSCC to load");
        }
        ContainerSnapshot c = outerContainer(actor.clientId(), sscc.strip());
        Optional<String> on = jdbc.sql(
                        """
                        select l.number from transport_leg_container lc join transport_leg l on l.id = lc.leg_id
                        where lc.container_id = :c and l.status in ('PLANNED', 'DISPATCHED')
                        """)
                .param("c", c.id())
                .query(String.class)
                .optional();
        if (on.isPresent()) {
            throw new ContainerOnLeg(c.sscc(), on.get());
        }
        List<ManifestUnit> inside = cargo.carried(actor.clientId(), List.of(c.sscc()));
        LegCargo.checkBatteries(leg, inside);
        jdbc.sql(
                        """
                        insert into transport_leg_container (leg_id, container_id, sscc, kind, loaded_at, loaded_by)
                        values (:leg, :c, :sscc, :kind, :at, :by)
                        """)
                .param("leg", leg.getId())
                .param("c", c.id())
                .param("sscc", c.sscc())
                .param("kind", c.kind().name())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.name())
                .update();
        cargo.snapshot(leg, inside);
        // loading edits the leg: its version moves, so a view taken before is stale
        entities.lock(leg, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entities.flush();
        return leg;
    }

    /** The client's container by SSCC, if it is an outer one: a nested container goes along with its parent. */
    private ContainerSnapshot outerContainer(ClientId client, String sscc) {
        ContainerSnapshot c;
        try {
            c = containers.find(client, sscc);
        } catch (NotFound e) {
            throw new UnknownContainer(sscc);
        }
        if (c.parentId() != null) {
            throw new ContainerNotLoadable(c.sscc() + " sits inside another container: load the outer one");
        }
        return c;
    }
}
