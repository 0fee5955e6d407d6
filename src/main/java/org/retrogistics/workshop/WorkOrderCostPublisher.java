package org.retrogistics.workshop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.shared.ClientId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes a closed order's labour, parts and harvested parts' value for the recovery ledger. */
@Component
class WorkOrderCostPublisher {

    private final CatalogManagement catalog;
    private final ApplicationEventPublisher events;
    private final WorkshopSettings settings;

    WorkOrderCostPublisher(CatalogManagement catalog, ApplicationEventPublisher events, WorkshopSettings settings) {
        this.catalog = catalog;
        this.events = events;
        this.settings = settings;
    }

    /** In the caller's transaction; harvested parts are valued at their product's unit value. */
    void publish(WorkOrder order, List<ProductFacts> partProducts, List<String> plates, Instant now) {
        ClientId client = new ClientId(order.getClientId());
        Currency currency = catalog.findClient(client)
                .map(c -> Currency.getInstance(c.currency()))
                .orElseGet(() -> Currency.getInstance("USD"));
        List<WorkOrderCosts.Harvested> harvested = new ArrayList<>();
        for (int i = 0; i < plates.size(); i++) {
            harvested.add(new WorkOrderCosts.Harvested(
                    plates.get(i), partProducts.get(i).unitValue()));
        }
        WorkOrderCosts.of(order, settings.labourRatePerHour(), currency, harvested, now)
                .ifPresent(events::publishEvent);
    }
}
