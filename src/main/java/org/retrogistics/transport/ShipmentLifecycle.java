package org.retrogistics.transport;

import static org.retrogistics.transport.ShipmentStatus.DELIVERED;
import static org.retrogistics.transport.ShipmentStatus.EXCEPTION;
import static org.retrogistics.transport.ShipmentStatus.IN_TRANSIT;
import static org.retrogistics.transport.ShipmentStatus.LABEL_CREATED;
import static org.retrogistics.transport.ShipmentStatus.LOST;
import static org.retrogistics.transport.ShipmentStatus.OUT_FOR_DELIVERY;

import java.util.List;
import java.util.Optional;

/**
 * The shipment's lifecycle as data: which carrier event moves it from where. Events may arrive out of order; one that
 * would move the parcel back along its way (an old "in transit" after "delivered") is recorded but not applied.
 */
public final class ShipmentLifecycle {

    /** One allowed move, named by the carrier event type that causes it. */
    public record Transition(ShipmentStatus from, String event, ShipmentStatus to) {}

    public static final List<Transition> TABLE = List.of(
            new Transition(LABEL_CREATED, "PICKED_UP", IN_TRANSIT),
            new Transition(LABEL_CREATED, "IN_TRANSIT", IN_TRANSIT),
            new Transition(LABEL_CREATED, "DELIVERED", DELIVERED),
            new Transition(IN_TRANSIT, "IN_TRANSIT", IN_TRANSIT),
            new Transition(IN_TRANSIT, "OUT_FOR_DELIVERY", OUT_FOR_DELIVERY),
            new Transition(IN_TRANSIT, "DELIVERED", DELIVERED),
            new Transition(IN_TRANSIT, "EXCEPTION", EXCEPTION),
            new Transition(OUT_FOR_DELIVERY, "DELIVERED", DELIVERED),
            new Transition(OUT_FOR_DELIVERY, "EXCEPTION", EXCEPTION),
            // the carrier sorted it out
            new Transition(EXCEPTION, "IN_TRANSIT", IN_TRANSIT),
            new Transition(EXCEPTION, "DELIVERED", DELIVERED),
            // the carrier gives the parcel up as lost; one that turns up after all is delivered
            new Transition(IN_TRANSIT, "LOST", LOST),
            new Transition(OUT_FOR_DELIVERY, "LOST", LOST),
            new Transition(EXCEPTION, "LOST", LOST),
            new Transition(LOST, "DELIVERED", DELIVERED));

    private ShipmentLifecycle() {}

    public static Optional<ShipmentStatus> next(ShipmentStatus from, String event) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.event().equals(event))
                .map(Transition::to)
                .findFirst();
    }

    public static boolean knownEvent(String event) {
        return TABLE.stream().anyMatch(t -> t.event().equals(event)) || "DELIVERY_FAILED".equals(event);
    }
}
