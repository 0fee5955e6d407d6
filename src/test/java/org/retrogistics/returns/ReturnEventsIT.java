package org.retrogistics.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Each lifecycle move publishes its past-tense event when the aggregate is saved. */
@RecordApplicationEvents
class ReturnEventsIT extends ApiTestSupport {

    @Autowired
    RequestingReturns requesting;

    @Autowired
    ShippingReturns shipping;

    @Autowired
    ReceivingReturns receiving;

    @Autowired
    ClosingReturns closing;

    @Autowired
    ApplicationEvents events;

    @Test
    void everyMovePublishesItsEvent() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "shirt", 2);
        Actor agent = new Actor(t.id(), "agent", EnumSet.of(Role.AGENT), null);
        ReturnRequest r = requesting.request(
                agent,
                new org.retrogistics.returns.NewReturn(
                        null,
                        "shopper@example.com",
                        null,
                        java.util.List.of(new org.retrogistics.returns.NewReturn.Line(
                                order,
                                1,
                                null,
                                2,
                                org.retrogistics.returns.ReturnReason.SIZE_FIT,
                                null,
                                null,
                                null,
                                null,
                                org.retrogistics.returns.Resolution.EXCHANGE))));
        shipping.ship(agent, r.getId(), null, "UPS", "1Z");
        receiving.receive(agent, r.getId(), null, 1, 2, "dock");
        closing.close(agent, r.getId(), null, "done", "exchange follows");

        assertThat(events.stream(ReturnEvents.ReturnEvent.class)
                        .map(e -> e.getClass().getSimpleName()))
                .containsExactly(
                        "ReturnRequested",
                        "ReturnAuthorized",
                        "ReturnShipped",
                        "ReturnLineReceived",
                        "ReturnReceived",
                        "ReturnClosed");
        assertThat(events.stream(ReturnEvents.ReturnEvent.class))
                .allSatisfy(e -> assertThat(e.rmaNumber()).isEqualTo(r.getRmaNumber()));
    }
}
