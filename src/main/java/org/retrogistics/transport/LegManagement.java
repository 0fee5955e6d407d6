package org.retrogistics.transport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.SiteFacts;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.NotFound;
import org.retrogistics.shared.PageOf;
import org.retrogistics.transport.internal.LegRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consolidation legs between sites, as read: the legs, their containers and manifests. A leg is planned
 * ({@link PlanningLegs}), loaded ({@link LoadingLegs}), dispatched ({@link DispatchingLegs}) and received at its
 * destination, which shares its cost over the units it carried ({@link ReceivingLegs}); {@link LegManifests} prints
 * the manifest.
 */
@Service
@Transactional(readOnly = true)
public class LegManagement {

    /** What it takes to plan a leg: site codes, the mode, and optionally its real distance and agreed price. */
    public record NewLeg(
            String origin, String destination, TransportMode mode, BigDecimal distanceKm, BigDecimal price) {}

    /** A container loaded on a leg. */
    public record LoadedContainer(String sscc, String kind, Instant loadedAt, String loadedBy) {}

    /** One unit on a leg, as the manifest lists it. */
    public record ManifestUnit(
            UUID unitId,
            UUID returnId,
            String containerSscc,
            String licencePlate,
            String sku,
            String serial,
            Integer weightGrams,
            String unNumber,
            boolean damagedBattery,
            Money costShare) {}

    /** Everything a leg carries or carried: its containers and their units, and the totals. */
    public record Manifest(
            Leg leg,
            SiteFacts origin,
            SiteFacts destination,
            List<LoadedContainer> containers,
            List<ManifestUnit> units,
            long weightGrams,
            BigDecimal co2eKg) {}

    private final LegRepository legs;
    private final CatalogManagement catalog;
    private final LegCargo cargo;
    private final JdbcClient jdbc;

    LegManagement(LegRepository legs, CatalogManagement catalog, LegCargo cargo, JdbcClient jdbc) {
        this.legs = legs;
        this.catalog = catalog;
        this.cargo = cargo;
        this.jdbc = jdbc;
    }

    public Leg get(ClientId client, UUID id) {
        return legs.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("leg", id));
    }

    public PageOf<Leg> legs(ClientId client, LegStatus status, int page, int size) {
        Page<Leg> p = legs.search(
                client.value(),
                status,
                PageRequest.of(
                        Math.max(0, page),
                        Math.max(1, Math.min(size, 500)),
                        Sort.by(Sort.Direction.DESC, "createdAt")));
        return PageOf.of(p.getContent(), p.getNumber(), p.getSize(), p.getTotalElements());
    }

    public SiteFacts siteOf(ClientId client, UUID siteId) {
        return catalog.sites(client).stream()
                .filter(s -> s.id().equals(siteId))
                .findFirst()
                .orElseThrow(() -> new NotFound("site", siteId));
    }

    public List<LoadedContainer> containers(UUID legId) {
        return jdbc.sql(
                        """
                        select sscc, kind, loaded_at, loaded_by from transport_leg_container
                        where leg_id = :leg order by loaded_at, sscc
                        """)
                .param("leg", legId)
                .query((rs, i) -> new LoadedContainer(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    /** The manifest: what was in the containers when they were loaded, and from dispatch on what left. */
    public Manifest manifest(ClientId client, UUID id) {
        Leg leg = get(client, id);
        List<LoadedContainer> loaded = containers(leg.getId());
        List<ManifestUnit> units = cargo.onBoard(leg);
        long grams = leg.getWeightGrams() != null ? leg.getWeightGrams() : LegCargo.grams(units);
        BigDecimal co2 = leg.getCo2eKg() != null ? leg.getCo2eKg() : cargo.co2(leg, grams);
        return new Manifest(
                leg,
                siteOf(client, leg.getOriginSiteId()),
                siteOf(client, leg.getDestinationSiteId()),
                loaded,
                units,
                grams,
                co2);
    }

    /** The manifest as CSV (RFC 4180): one row per unit, and one per container that holds none. */
    public String manifestCsv(ClientId client, UUID id) {
        return ManifestPrinter.csv(manifest(client, id));
    }

    /** The manifest as a PDF: the leg, its containers with their SSCC, and every unit with its dangerous goods. */
    public byte[] manifestPdf(ClientId client, UUID id) {
        return ManifestPrinter.pdf(manifest(client, id));
    }

    /** The leg for a change sent with the version it was read at. */
    Leg locked(ClientId client, UUID id, Long version) {
        Leg leg = get(client, id);
        IfMatch.requireCurrent(
                version, leg.getVersion(), () -> new ObjectOptimisticLockingFailureException(Leg.class, id));
        return leg;
    }

    /** A site code the client does not have. */
    public static class UnknownSite extends DomainException {
        UnknownSite(String code, String role) {
            super(Kind.REJECTED, "unknown-site", "no site '" + code + "' (the leg's " + role + ") for this client");
        }
    }

    /** An SSCC the client has no container for. */
    public static class UnknownContainer extends DomainException {
        UnknownContainer(String sscc) {
            super(Kind.REJECTED, "unknown-container", "no container with SSCC " + sscc + " for this client");
        }
    }

    /** A container that cannot go on a leg as it is. */
    public static class ContainerNotLoadable extends DomainException {
        ContainerNotLoadable(String message) {
            super(Kind.REJECTED, "container-not-loadable", message);
        }
    }

    /** A container already on a leg that has not arrived. */
    public static class ContainerOnLeg extends DomainException {
        ContainerOnLeg(String sscc, String leg) {
            super(Kind.CONFLICT, "container-on-leg", "container " + sscc + " is already on leg " + leg);
        }
    }

    /** Dispatching a leg with nothing on it. */
    public static class EmptyLeg extends DomainException {
        EmptyLeg(String leg) {
            super(Kind.REJECTED, "empty-leg", "leg " + leg + " carries no container: load one before dispatch");
        }
    }

    /** A damaged battery on a leg by air. */
    public static class NoAirWithDamagedBattery extends DomainException {
        NoAirWithDamagedBattery(String leg, String reason) {
            super(Kind.REJECTED, "no-air-with-damaged-battery", "leg " + leg + " goes by AIR: " + reason);
        }
    }
}
