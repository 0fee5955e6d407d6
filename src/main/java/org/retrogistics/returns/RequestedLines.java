package org.retrogistics.returns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.retrogistics.access.Actor;
import org.retrogistics.access.ShopperScope;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.orders.OrderFacts;
import org.retrogistics.orders.OrderLineFacts;
import org.retrogistics.orders.OrderManagement;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.springframework.stereotype.Component;

/**
 * Turns the lines of a request into specs: finds order lines and products, maps reason codes. Writes nothing. An order
 * the actor may not act on (another shopper's, or not the one the body names) is answered as unknown.
 */
@Component
class RequestedLines {

    private final OrderManagement orders;
    private final CatalogManagement catalog;
    private final ReasonCodes reasonCodes;

    RequestedLines(OrderManagement orders, CatalogManagement catalog, ReasonCodes reasonCodes) {
        this.orders = orders;
        this.catalog = catalog;
        this.reasonCodes = reasonCodes;
    }

    List<ReturnLineSpec> specs(Actor actor, NewReturn request) {
        String claimed = claimedEmail(actor, request);
        ReturnKind kind = request.kindOrDefault();
        Map<String, OrderFacts> ordersByNumber = new HashMap<>();
        List<ReturnLineSpec> specs = new ArrayList<>();
        int n = 0;
        for (NewReturn.Line line : request.lines()) {
            n++;
            ReturnReason reason = reasonOf(line, n);
            if (line.orderNumber() != null && !line.orderNumber().isBlank()) {
                OrderFacts order = ordersByNumber.computeIfAbsent(
                        line.orderNumber(), number -> orders.orderByNumber(actor.clientId(), number));
                specs.add(fromOrder(actor, claimed, order, line, n, reason));
            } else {
                specs.add(withoutOrder(actor.clientId(), kind, line, n, reason));
            }
        }
        return specs;
    }

    /**
     * The shopper a request is for. A customer's binding decides; a body e-mail that differs is refused rather than
     * silently replaced, so a storefront learns of its mistake. Staff may name anyone (or nobody).
     */
    static String claimedEmail(Actor actor, NewReturn request) {
        if (!ShopperScope.limits(actor)) {
            return request.customerEmail();
        }
        String bound = ShopperScope.shopper(actor).orElseThrow(ShopperNotBound::new);
        if (request.customerEmail() != null && !bound.equals(ShopperScope.normalise(request.customerEmail()))) {
            throw new ShopperNotBound(request.customerEmail());
        }
        return bound;
    }

    private ReturnLineSpec fromOrder(
            Actor actor, String claimed, OrderFacts order, NewReturn.Line line, int n, ReturnReason reason) {
        if (!ShopperScope.permits(actor, order.customerEmail())
                || (claimed != null && !order.customerEmail().equalsIgnoreCase(claimed))) {
            // the same answer as an unknown order: an e-mail must not confirm that an order exists
            throw new NotFound("order", line.orderNumber());
        }
        OrderLineFacts facts = findOrderLine(order, line, n);
        ProductFacts product = catalog.product(actor.clientId(), facts.productId());
        return spec(product, facts, line, reason);
    }

    private ReturnLineSpec withoutOrder(
            ClientId client, ReturnKind kind, NewReturn.Line line, int n, ReturnReason reason) {
        if (kind.needsOrder()) {
            throw new InvalidReturnRequest("Line " + n + ": a " + kind + " names the order it comes from");
        }
        if (line.sku() == null || line.sku().isBlank()) {
            throw new InvalidReturnRequest("Line " + n + ": give an order number or a SKU");
        }
        ProductFacts product =
                catalog.productBySku(client, line.sku()).orElseThrow(() -> new NotFound("product", line.sku()));
        return spec(product, null, line, reason);
    }

    private static ReturnLineSpec spec(
            ProductFacts product, OrderLineFacts orderLine, NewReturn.Line line, ReturnReason reason) {
        return new ReturnLineSpec(
                product,
                orderLine,
                line.quantity(),
                reason,
                line.reasonCode(),
                line.note(),
                line.serial(),
                line.lot(),
                line.resolution() == null ? Resolution.NONE : line.resolution());
    }

    private ReturnReason reasonOf(NewReturn.Line line, int n) {
        if (line.reason() != null && line.reasonCode() != null) {
            ReturnReason mapped = reasonCodes.resolve(line.reasonCode());
            if (mapped != line.reason()) {
                throw new InvalidReturnRequest("Line " + n + ": reason " + line.reason() + " and reason code "
                        + line.reasonCode() + " (" + mapped + ") disagree; give one");
            }
            return mapped;
        }
        if (line.reason() != null) {
            return line.reason();
        }
        if (line.reasonCode() != null) {
            return reasonCodes.resolve(line.reasonCode());
        }
        throw new InvalidReturnRequest("Line " + n + ": give a reason (internal) or a reasonCode (source:code)");
    }

    private static OrderLineFacts findOrderLine(OrderFacts order, NewReturn.Line line, int n) {
        if (line.lineNo() != null) {
            OrderLineFacts found = order.lineNo(line.lineNo())
                    .orElseThrow(() -> new NotFound("order-line", order.orderNumber() + "/" + line.lineNo()));
            if (line.sku() != null && !line.sku().equals(found.sku())) {
                throw new InvalidReturnRequest("Line " + n + ": order " + order.orderNumber() + " line " + line.lineNo()
                        + " is " + found.sku() + ", not " + line.sku());
            }
            return found;
        }
        if (line.sku() == null) {
            throw new InvalidReturnRequest("Line " + n + ": give the order's lineNo or the SKU");
        }
        List<OrderLineFacts> matching =
                order.lines().stream().filter(l -> l.sku().equals(line.sku())).toList();
        if (matching.isEmpty()) {
            throw new NotFound("order-line", order.orderNumber() + "/" + line.sku());
        }
        if (matching.size() > 1) {
            throw new InvalidReturnRequest("Line " + n + ": order " + order.orderNumber() + " has " + matching.size()
                    + " lines with SKU " + line.sku() + "; give lineNo");
        }
        return matching.get(0);
    }
}
