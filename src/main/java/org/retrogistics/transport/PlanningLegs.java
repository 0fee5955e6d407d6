package org.retrogistics.transport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.SiteFacts;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.retrogistics.transport.LegManagement.NewLeg;
import org.retrogistics.transport.LegManagement.UnknownSite;
import org.retrogistics.transport.internal.LegRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans consolidation legs between two sites, with their distance and cost, and calls off planned ones. */
@Service
@Transactional(readOnly = true)
public class PlanningLegs {

    /** A leg's distance and where it comes from: GIVEN, or GREAT_CIRCLE (estimated from the sites' coordinates). */
    private record Distance(BigDecimal km, String basis) {}

    private final LegManagement legs;
    private final LegRepository repository;
    private final CatalogManagement catalog;
    private final TransportSettings settings;
    private final Clock clock;

    PlanningLegs(
            LegManagement legs,
            LegRepository repository,
            CatalogManagement catalog,
            TransportSettings settings,
            Optional<Clock> clock) {
        this.legs = legs;
        this.repository = repository;
        this.catalog = catalog;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Plans a leg. Without a given distance it is estimated from the sites' coordinates (great circle × the mode's
     * circuity); without a given price the cost is the mode's rate per km × the distance, in the client's currency.
     */
    @Transactional
    public Leg create(Actor actor, NewLeg draft) {
        if (draft.mode() == null) {
            throw new Leg.InvalidLeg("a leg names its mode: one of ROAD, RAIL, SEA, AIR");
        }
        SiteFacts origin = site(actor.clientId(), draft.origin(), "origin");
        SiteFacts destination = site(actor.clientId(), draft.destination(), "destination");
        if (origin.id().equals(destination.id())) {
            throw new Leg.InvalidLeg(
                    "origin and destination are both " + origin.code() + ": a leg goes from one site to another");
        }
        Distance distance = distance(draft, origin, destination);
        Money cost = cost(actor.clientId(), draft, distance.km());
        return repository.saveAndFlush(new Leg(
                new LegDraft(
                        actor.clientId().value(),
                        "LEG-%06d".formatted(repository.nextNumber()),
                        origin.id(),
                        destination.id(),
                        draft.mode(),
                        distance.km(),
                        distance.basis(),
                        cost),
                actor.name(),
                clock.instant()));
    }

    private Distance distance(NewLeg draft, SiteFacts origin, SiteFacts destination) {
        if (draft.distanceKm() != null) {
            if (draft.distanceKm().signum() <= 0 || draft.distanceKm().compareTo(BigDecimal.valueOf(40_000)) > 0) {
                throw new Leg.InvalidLeg("a given distance lies between 0 and 40,000 km, not " + draft.distanceKm());
            }
            return new Distance(draft.distanceKm().setScale(1, RoundingMode.HALF_EVEN), "GIVEN");
        }
        if (origin.latitude() == null
                || origin.longitude() == null
                || destination.latitude() == null
                || destination.longitude() == null) {
            throw new Leg.InvalidLeg("site " + (origin.latitude() == null ? origin : destination).code()
                    + " has no coordinates: give the leg's distanceKm");
        }
        BigDecimal km = LegFigures.estimatedKm(
                origin.latitude(),
                origin.longitude(),
                destination.latitude(),
                destination.longitude(),
                settings.circuity().get(draft.mode()));
        if (km.signum() <= 0) {
            throw new Leg.InvalidLeg("sites " + origin.code() + " and " + destination.code()
                    + " stand at the same coordinates: give the leg's distanceKm");
        }
        return new Distance(km, "GREAT_CIRCLE");
    }

    private Money cost(ClientId client, NewLeg draft, BigDecimal km) {
        String currency = catalog.findClient(client)
                .map(org.retrogistics.catalog.ClientFacts::currency)
                .orElse("USD");
        if (draft.price() == null) {
            return LegFigures.cost(km, settings.ratePerKm().get(draft.mode()), currency);
        }
        if (draft.price().signum() < 0) {
            throw new Leg.InvalidLeg("a leg's price is never negative");
        }
        return Money.of(draft.price(), currency);
    }

    /** Calls off a planned leg; its containers may go on another. */
    @Transactional
    public Leg cancel(Actor actor, UUID id, Long version) {
        Leg leg = legs.locked(actor.clientId(), id, version);
        leg.cancel(clock.instant());
        return leg;
    }

    private SiteFacts site(ClientId client, String code, String role) {
        if (code == null || code.isBlank()) {
            throw new Leg.InvalidLeg("a leg names its " + role + " site by code");
        }
        return catalog.sites(client).stream()
                .filter(s -> s.code().equalsIgnoreCase(code.strip()))
                .findFirst()
                .orElseThrow(() -> new UnknownSite(code.strip(), role));
    }
}
