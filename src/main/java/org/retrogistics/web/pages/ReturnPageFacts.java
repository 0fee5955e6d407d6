package org.retrogistics.web.pages;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.refunds.RefundManagement;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnDetailSnapshot;
import org.retrogistics.transport.ShipmentManagement;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a return's console page shows beside the return itself: its label, its money (each resolution with the
 * movements it made), the products' names for the SKUs, and the resolutions an agent may record.
 */
@Component
class ReturnPageFacts {

    /** What an agent records for a line's units; keep-it and none have their own paths. */
    static final List<Resolution> RESOLUTIONS = List.of(
            Resolution.REFUND, Resolution.STORE_CREDIT, Resolution.EXCHANGE, Resolution.REPLACEMENT, Resolution.REPAIR);

    private final RefundManagement refunds;
    private final ShipmentManagement shipments;
    private final CatalogManagement catalog;

    ReturnPageFacts(RefundManagement refunds, ShipmentManagement shipments, CatalogManagement catalog) {
        this.refunds = refunds;
        this.shipments = shipments;
        this.catalog = catalog;
    }

    void addTo(Model model, Actor actor, ReturnDetailSnapshot r) {
        List<RefundManagement.OutcomeSnapshot> money = refunds.outcomesOf(actor.clientId(), r.id());
        model.addAttribute(
                "label", shipments.forReturn(actor.clientId(), r.id()).orElse(null));
        model.addAttribute("money", money);
        model.addAttribute("resolutionKinds", RESOLUTIONS);
        model.addAttribute("resolvable", RefundManagement.resolvable(r.status()));
        List<String> skus = Stream.concat(
                        r.lines().stream().map(ReturnDetailSnapshot.Line::sku),
                        money.stream()
                                .map(RefundManagement.OutcomeSnapshot::goodsSku)
                                .filter(s -> s != null))
                .distinct()
                .toList();
        Map<String, String> names = catalog.productsBySku(actor.clientId(), skus).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
        model.addAttribute("productNames", names);
    }
}
