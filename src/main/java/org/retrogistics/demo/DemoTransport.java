package org.retrogistics.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.retrogistics.EmbeddedPostgresDefault;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.shared.ClientId;
import org.retrogistics.transport.LegManagement;
import org.retrogistics.transport.PickupPlanning;
import org.retrogistics.transport.PlanningLegs;
import org.retrogistics.transport.RequestingPickups;
import org.retrogistics.transport.TransportMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo transport for Northwind, once the demo clients exist: three vans at the returns centre, tomorrow's pickup
 * requests around Amsterdam (one too heavy for any van), and two planned legs between its sites, so the planning page
 * and the legs list have something to show. Planning the day is left to the person trying it.
 */
@Component
class DemoTransport {

    private static final Logger log = LoggerFactory.getLogger(DemoTransport.class);

    private final DemoSettings settings;
    private final Environment environment;
    private final CatalogManagement catalog;
    private final PickupPlanning pickups;
    private final RequestingPickups requests;
    private final PlanningLegs legs;

    DemoTransport(
            DemoSettings settings,
            Environment environment,
            CatalogManagement catalog,
            PickupPlanning pickups,
            RequestingPickups requests,
            PlanningLegs legs) {
        this.settings = settings;
        this.environment = environment;
        this.catalog = catalog;
        this.pickups = pickups;
        this.requests = requests;
        this.legs = legs;
    }

    /** After the application runners, so after the demo clients are seeded. */
    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        boolean embedded = environment.getProperty(EmbeddedPostgresDefault.EMBEDDED_FLAG, Boolean.class, false);
        if (!settings.shouldSeed(embedded)) {
            return;
        }
        ClientFacts northwind = catalog.findClientByCode("northwind").orElse(null);
        if (northwind == null || !pickups.vehicles(northwind.clientId()).isEmpty()) {
            return;
        }
        ClientId id = northwind.clientId();
        Actor manager = new Actor(id, "northwind-manager", EnumSet.of(Role.MANAGER), null);
        for (int v = 1; v <= 3; v++) {
            pickups.addVehicle(
                    manager,
                    new PickupPlanning.NewVehicle(
                            "VAN-" + v, 600, 6000, LocalTime.of(7, 0), LocalTime.of(18, 0), 52.37, 4.90));
        }
        Random random = new Random(20261201L);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        String[] kinds = {"Store", "Office", "School", "Clinic", "Workshop"};
        for (int i = 1; i <= 15; i++) {
            int from = 8 + random.nextInt(6);
            requests.request(
                    manager,
                    new PickupPlanning.NewPickup(
                            "NW-PU-%03d".formatted(i),
                            kinds[random.nextInt(kinds.length)] + " " + i + ", Amsterdam area",
                            52.28 + random.nextDouble() * 0.18,
                            4.75 + random.nextDouble() * 0.30,
                            day.atTime(from, 0).toInstant(ZoneOffset.UTC),
                            day.atTime(from + 3, 0).toInstant(ZoneOffset.UTC),
                            i == 15 ? 900 : 20 + random.nextInt(120),
                            100 + random.nextInt(900),
                            random.nextInt(5) == 0,
                            List.of()));
        }
        legs.create(manager, new LegManagement.NewLeg("NW-DC1", "NW-RC1", TransportMode.ROAD, null, null));
        legs.create(
                manager,
                new LegManagement.NewLeg(
                        "NW-DC1", "NW-RY1", TransportMode.RAIL, new BigDecimal("142"), new BigDecimal("180")));
        log.info("Demo transport: 3 vans, 15 pickup requests for {}, 2 planned legs (northwind)", day);
    }
}
