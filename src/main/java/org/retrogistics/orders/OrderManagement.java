package org.retrogistics.orders;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.orders.internal.OrderRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.NotFound;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Orders and their lines, and the returned quantity of each line. */
@Service
@Transactional(readOnly = true)
public class OrderManagement {

    private final OrderRepository orders;
    private final CatalogManagement catalog;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    OrderManagement(
            OrderRepository orders, CatalogManagement catalog, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.orders = orders;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    @Transactional
    public Order place(ClientId client, OrderDraft draft) {
        if (orders.existsByClientIdAndOrderNumber(client.value(), draft.orderNumber())) {
            throw new DuplicateOrder(draft.orderNumber());
        }
        Map<String, ProductFacts> products = catalog.productsBySku(
                client, draft.lines().stream().map(OrderDraft.Line::sku).toList());
        return orders.save(build(client, draft, products));
    }

    /** Loads many orders at once, all or nothing; answers their facts, in the drafts' order. */
    @Transactional
    public List<OrderFacts> placeAll(ClientId client, List<OrderDraft> drafts) {
        Set<String> numbers = new HashSet<>();
        for (OrderDraft d : drafts) {
            if (!numbers.add(d.orderNumber())) {
                throw new DuplicateOrder(d.orderNumber());
            }
        }
        List<Order> existing = orders.findByClientIdAndOrderNumberIn(client.value(), numbers);
        if (!existing.isEmpty()) {
            throw new DuplicateOrder(existing.get(0).getOrderNumber());
        }
        Set<String> skus = new HashSet<>();
        drafts.forEach(d -> d.lines().forEach(l -> skus.add(l.sku())));
        Map<String, ProductFacts> products = catalog.productsBySku(client, skus);
        List<Order> built = new ArrayList<>(drafts.size());
        for (OrderDraft d : drafts) {
            built.add(build(client, d, products));
        }
        return orders.saveAll(built).stream().map(OrderFacts::of).toList();
    }

    private static Order build(ClientId client, OrderDraft draft, Map<String, ProductFacts> products) {
        List<String> unknown = draft.lines().stream()
                .map(OrderDraft.Line::sku)
                .filter(s -> !products.containsKey(s))
                .distinct()
                .toList();
        if (!unknown.isEmpty()) {
            throw new UnknownSku(unknown);
        }
        if (draft.deliveredAt() != null && draft.deliveredAt().isBefore(draft.orderedAt())) {
            throw new InvalidOrder("deliveredAt " + draft.deliveredAt() + " is before orderedAt " + draft.orderedAt());
        }
        Order order = new Order(client.value(), draft);
        int lineNo = 1;
        for (OrderDraft.Line l : draft.lines()) {
            ProductFacts p = products.get(l.sku());
            String serial = blankToNull(l.serial());
            if (serial != null && l.quantity() != 1) {
                throw new InvalidOrder("line " + lineNo + ": a serial names one item; the line has quantity "
                        + l.quantity() + " (give one line per serial)");
            }
            order.addLine(new OrderLine(lineNo++, p, l));
        }
        return order;
    }

    public Order order(ClientId client, UUID orderId) {
        return orders.findByIdAndClientId(orderId, client.value()).orElseThrow(() -> new NotFound("order", orderId));
    }

    /** The order as other modules read it. */
    public OrderFacts orderFacts(ClientId client, UUID orderId) {
        return OrderFacts.of(order(client, orderId));
    }

    public OrderFacts orderByNumber(ClientId client, String orderNumber) {
        return orders.findByClientIdAndOrderNumber(client.value(), orderNumber)
                .map(OrderFacts::of)
                .orElseThrow(() -> new NotFound("order", orderNumber));
    }

    /** The portal's look-up: both the number and the e-mail must match, so an order number alone reveals nothing. */
    public Optional<OrderFacts> findForCustomer(ClientId client, String orderNumber, String email) {
        return orders.findByClientIdAndOrderNumber(client.value(), orderNumber.strip())
                .filter(o -> o.getCustomerEmail().equalsIgnoreCase(email.strip()))
                .map(OrderFacts::of);
    }

    public Page<Order> search(ClientId client, String email, String number, Pageable pageable) {
        Page<Order> page = orders.search(client.value(), blankToNull(email), blankToNull(number), pageable);
        page.forEach(Order::getLines); // batch-fetched, read by callers after the transaction
        return page;
    }

    public OrderLineFacts line(ClientId client, UUID orderId, UUID lineId) {
        Order order = order(client, orderId);
        OrderLine line = order.line(lineId).orElseThrow(() -> new NotFound("order-line", lineId));
        return facts(order, line);
    }

    public static OrderLineFacts facts(Order order, OrderLine line) {
        return new OrderLineFacts(
                order.getId(),
                order.getOrderNumber(),
                order.getCustomerEmail(),
                order.getOrderedAt(),
                order.getDeliveredAt(),
                line.getId(),
                line.getLineNo(),
                line.getProductId(),
                line.getSku(),
                line.getQuantity(),
                line.getReturnedQuantity(),
                new Money(line.getUnitPrice(), Currency.getInstance(order.getCurrency())),
                line.isFinalSale());
    }

    /** Takes quantity of a line for a return; refused when it would exceed what was delivered and not yet returned. */
    @Transactional
    public void reserveReturn(ClientId client, OrderLineFacts line, int quantity) {
        if (orders.reserveReturn(client.value(), line.lineId(), quantity) == 0) {
            throw new ReturnQuantityExceeded(
                    line.orderNumber(), line.lineNo(), quantity, currentReturnable(client, line));
        }
    }

    private int currentReturnable(ClientId client, OrderLineFacts line) {
        return orders.findByIdAndClientId(line.orderId(), client.value())
                .flatMap(o -> o.line(line.lineId()))
                .map(OrderLine::returnable)
                .orElse(0);
    }

    /**
     * Reserves many lines at once for returns nobody asked for (a recall): one statement for all of them, each line
     * guarded as in {@link #reserveReturn}. A line that no longer has the quantity (returned meanwhile) is left out of
     * the answer and reserves nothing.
     */
    @Transactional
    public List<SoldLine> reserveAll(ClientId client, Map<UUID, Integer> quantities) {
        if (quantities.isEmpty()) {
            return List.of();
        }
        UUID[] ids = quantities.keySet().toArray(UUID[]::new);
        Integer[] qty = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) {
            qty[i] = quantities.get(ids[i]);
        }
        return jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<List<SoldLine>>) con -> {
            try (java.sql.PreparedStatement ps = con.prepareStatement(
                    """
                    update order_line ol set returned_quantity = ol.returned_quantity + r.qty
                    from unnest(?::uuid[], ?::int4[]) as r(id, qty), customer_order o
                    where ol.id = r.id and ol.order_id = o.id and o.client_id = ?
                      and ol.returned_quantity + r.qty <= ol.quantity
                    returning o.id, o.order_number, o.customer_email, o.customer_name, ol.id, ol.line_no,
                      ol.product_id, ol.sku, ol.lot, ol.serial, ol.unit_price, o.currency, r.qty
                    """)) {
                ps.setArray(1, con.createArrayOf("uuid", ids));
                ps.setArray(2, con.createArrayOf("int4", qty));
                ps.setObject(3, client.value());
                List<SoldLine> reserved = new ArrayList<>(ids.length);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reserved.add(new SoldLine(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getObject(5, UUID.class),
                                rs.getInt(6),
                                rs.getObject(7, UUID.class),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getString(10),
                                new Money(rs.getBigDecimal(11), Currency.getInstance(rs.getString(12))),
                                rs.getInt(13)));
                    }
                }
                return reserved;
            }
        });
    }

    /** Gives quantity back when a return is rejected, cancelled or expires. */
    @Transactional
    public void releaseReturn(ClientId client, UUID lineId, int quantity) {
        orders.releaseReturn(client.value(), lineId, quantity);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** An order whose facts contradict each other. */
    public static class InvalidOrder extends DomainException {
        InvalidOrder(String message) {
            super(Kind.INVALID, "invalid-order", message);
        }
    }
}
