package org.retrogistics.transport;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.transport.PickupPlanning.DuplicatePickup;
import org.retrogistics.transport.PickupPlanning.InvalidPickup;
import org.retrogistics.transport.PickupPlanning.Item;
import org.retrogistics.transport.PickupPlanning.NewPickup;
import org.retrogistics.transport.PickupPlanning.PickupView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Business sites ask for pickups: where, within which time window, how heavy and bulky, and what to collect. */
@Service
@Transactional(readOnly = true)
public class RequestingPickups {

    private final PickupPlanning pickups;
    private final CatalogManagement catalog;
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    RequestingPickups(PickupPlanning pickups, CatalogManagement catalog, JdbcClient jdbc) {
        this.pickups = pickups;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    @Transactional
    public PickupView request(Actor actor, NewPickup p) {
        if (p.reference() == null
                || p.reference().isBlank()
                || p.siteName() == null
                || p.siteName().isBlank()) {
            throw new InvalidPickup("a pickup names its reference and site");
        }
        PickupPlanning.checkCoordinates(p.latitude(), p.longitude(), "the site");
        if (p.windowStart() == null || p.windowEnd() == null || !p.windowEnd().isAfter(p.windowStart())) {
            throw new InvalidPickup("the time window must end after it starts");
        }
        if (Duration.between(p.windowStart(), p.windowEnd()).toHours() > 24) {
            throw new InvalidPickup("a time window lies within one day");
        }
        if (p.weightKg() <= 0 || p.volumeLitres() <= 0) {
            throw new InvalidPickup("a pickup weighs more than 0 kg and takes more than 0 litres");
        }
        List<Item> items = p.items() == null ? List.of() : p.items();
        for (Item item : items) {
            if (item.quantity() <= 0
                    || catalog.productBySku(actor.clientId(), item.sku()).isEmpty()) {
                throw new InvalidPickup(
                        "item " + item.sku() + " x " + item.quantity() + ": a known SKU and a quantity above 0");
            }
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql(
                        """
                        insert into pickup_request (id, client_id, reference, site_name, latitude, longitude,
                          window_start, window_end, weight_kg, volume_litres, hazardous, items, status, created_at)
                        values (:id, :c, :ref, :site, :lat, :lon, :ws, :we, :kg, :l, :hz, :items::jsonb, 'REQUESTED', now())
                        on conflict (client_id, reference) do nothing
                        """)
                .param("id", id)
                .param("c", actor.clientId().value())
                .param("ref", p.reference().strip())
                .param("site", p.siteName().strip())
                .param("lat", p.latitude())
                .param("lon", p.longitude())
                .param("ws", Timestamp.from(p.windowStart()))
                .param("we", Timestamp.from(p.windowEnd()))
                .param("kg", p.weightKg())
                .param("l", p.volumeLitres())
                .param("hz", p.hazardous())
                .param("items", json.writeValueAsString(items))
                .update();
        if (inserted == 0) {
            throw new DuplicatePickup("pickup " + p.reference() + " was requested already");
        }
        return pickups.pickup(actor.clientId(), id);
    }
}
