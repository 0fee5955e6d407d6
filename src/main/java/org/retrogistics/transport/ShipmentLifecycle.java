package org.retrogistics.transport;

import static org.retrogistics.shared.Lifecycle.move;
import static org.retrogistics.transport.ShipmentStatus.DELIVERED;
import static org.retrogistics.transport.ShipmentStatus.EXCEPTION;
import static org.retrogistics.transport.ShipmentStatus.IN_TRANSIT;
import static org.retrogistics.transport.ShipmentStatus.LABEL_CREATED;
import static org.retrogistics.transport.ShipmentStatus.LOST;
import static org.retrogistics.transport.ShipmentStatus.OUT_FOR_DELIVERY;

import java.util.List;
import org.retrogistics.shared.Lifecycle;

/**
 * The shipment's lifecycle as data: which carrier event moves it from where. Events may arrive out of order; one that
 * would move the parcel back along its way (an old "in transit" after "delivered") is recorded but not applied.
 */
public final class ShipmentLifecycle {

    public static final Lifecycle<ShipmentStatus, String> TABLE = Lifecycle.of(
            LABEL_CREATED,
            List.of(
                    move(LABEL_CREATED, "PICKED_UP", IN_TRANSIT),
                    move(LABEL_CREATED, "IN_TRANSIT", IN_TRANSIT),
                    move(LABEL_CREATED, "DELIVERED", DELIVERED),
                    move(IN_TRANSIT, "IN_TRANSIT", IN_TRANSIT),
                    move(IN_TRANSIT, "OUT_FOR_DELIVERY", OUT_FOR_DELIVERY),
                    move(IN_TRANSIT, "DELIVERED", DELIVERED),
                    move(IN_TRANSIT, "EXCEPTION", EXCEPTION),
                    move(OUT_FOR_DELIVERY, "DELIVERED", DELIVERED),
                    move(OUT_FOR_DELIVERY, "EXCEPTION", EXCEPTION),
                    // the carrier sorted it out
                    move(EXCEPTION, "IN_TRANSIT", IN_TRANSIT),
                    move(EXCEPTION, "DELIVERED", DELIVERED),
                    // the carrier gives the parcel up as lost; one that turns up after all is delivered
                    move(IN_TRANSIT, "LOST", LOST),
                    move(OUT_FOR_DELIVERY, "LOST", LOST),
                    move(EXCEPTION, "LOST", LOST),
                    move(LOST, "DELIVERED", DELIVERED)));

    private ShipmentLifecycle() {}

    /** An event type the carrier sends that this table knows (a failed delivery attempt is recorded, never applied). */
    public static boolean knownEvent(String event) {
        return TABLE.knows(event) || "DELIVERY_FAILED".equals(event);
    }
}
