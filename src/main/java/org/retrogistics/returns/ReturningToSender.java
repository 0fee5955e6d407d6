package org.retrogistics.returns;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.orders.OrderFacts;
import org.retrogistics.orders.OrderLineFacts;
import org.retrogistics.orders.OrderManagement;
import org.retrogistics.returns.internal.ReturnRequestRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A carrier could not deliver: the parcel comes back with everything still outstanding, no customer asked. */
@Service
public class ReturningToSender {

    private final OrderManagement orders;
    private final CatalogManagement catalog;
    private final ReturnIntake intake;
    private final ReturnUnits units;
    private final ReturnRequestRepository returns;
    private final Clock clock;

    ReturningToSender(
            OrderManagement orders,
            CatalogManagement catalog,
            ReturnIntake intake,
            ReturnUnits units,
            ReturnRequestRepository returns,
            Optional<Clock> clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.intake = intake;
        this.units = units;
        this.returns = returns;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Opens a delivery-failure return of the order's outstanding lines and, once authorized, ships it at once. */
    @Transactional
    public ReturnRequest returnToSender(
            Actor actor, String orderNumber, String carrier, String trackingNumber, String note) {
        OrderFacts order = orders.orderByNumber(actor.clientId(), orderNumber);
        List<ReturnLineSpec> specs = outstanding(actor, order, note);
        if (specs.isEmpty()) {
            throw new InvalidReturnRequest("Order " + orderNumber + " has nothing left that could come back");
        }
        ReturnRequest r =
                intake.open(actor, ReturnKind.DELIVERY_FAILURE, order.customerEmail(), order.customerName(), specs);
        if (r.getStatus() == ReturnStatus.AUTHORIZED) {
            r.ship(actor.name(), carrier, trackingNumber, clock.instant());
            units.move(actor, r, CustodyEventType.IN_TRANSIT, "in transit", carrier, "returned to sender");
        }
        return returns.save(r);
    }

    /** {@link #returnToSender} for another module, which reads the new return as a snapshot. */
    @Transactional
    public ReturnSnapshot returnToSenderSnapshot(
            Actor actor, String orderNumber, String carrier, String trackingNumber, String note) {
        return ReturnSnapshot.of(returnToSender(actor, orderNumber, carrier, trackingNumber, note));
    }

    /** A spec for each order line with something left that could come back, all of it. */
    private List<ReturnLineSpec> outstanding(Actor actor, OrderFacts order, String note) {
        Map<UUID, ProductFacts> products = catalog.productsById(
                actor.clientId(),
                order.lines().stream().map(OrderLineFacts::productId).toList());
        List<ReturnLineSpec> specs = new ArrayList<>();
        for (OrderLineFacts line : order.lines()) {
            if (line.returnable() > 0) {
                specs.add(new ReturnLineSpec(
                        products.get(line.productId()),
                        line,
                        line.returnable(),
                        ReturnReason.DELIVERY_FAILURE,
                        null,
                        note,
                        null,
                        null,
                        Resolution.NONE));
            }
        }
        return specs;
    }
}
