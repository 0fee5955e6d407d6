package org.retrogistics.orders;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A sale that was delivered (or not yet); returns are checked against its lines. */
@Entity
@Table(schema = "orders", name = "customer_order")
public class Order {

    @Id
    private UUID id;

    private UUID clientId;
    private String orderNumber;
    private String customerEmail;
    private String customerName;
    private Instant orderedAt;
    private Instant deliveredAt;

    private String currency;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    @Version
    private Long version;

    protected Order() {}

    /** An order as drafted, without its lines (added one by one). */
    Order(UUID clientId, OrderDraft draft) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.orderNumber = draft.orderNumber();
        this.customerEmail = draft.customerEmail().strip();
        this.customerName = draft.customerName();
        this.orderedAt = draft.orderedAt();
        this.deliveredAt = draft.deliveredAt();
        this.currency = draft.currency();
    }

    void addLine(OrderLine line) {
        lines.add(line);
    }

    public Optional<OrderLine> line(UUID lineId) {
        return lines.stream().filter(l -> l.getId().equals(lineId)).findFirst();
    }

    public Optional<OrderLine> lineNo(int lineNo) {
        return lines.stream().filter(l -> l.getLineNo() == lineNo).findFirst();
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public String getCustomerName() {
        return customerName;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public String getCurrency() {
        return currency;
    }

    public List<OrderLine> getLines() {
        return List.copyOf(lines);
    }

    public Long getVersion() {
        return version;
    }
}
