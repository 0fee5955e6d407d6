package org.retrogistics.returns;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.util.UUID;

/** One item asked back: what, how many, why, what the customer wants, and what the policy said. */
@Entity
public class ReturnLine {

    @Id
    private UUID id;

    private int lineNo;
    private UUID orderId;
    private String orderNumber;
    private UUID orderLineId;
    private UUID productId;
    private String sku;
    private int quantity;
    private int receivedQuantity;

    @Enumerated(EnumType.STRING)
    private ReturnReason reason;

    private String externalReasonCode;
    private String note;
    private String serial;
    private String lot;

    @Enumerated(EnumType.STRING)
    private Resolution requestedResolution;

    @Enumerated(EnumType.STRING)
    private PolicyOutcome outcome;

    private String outcomeReason;
    private BigDecimal unitPrice;
    private BigDecimal restockingFee;

    protected ReturnLine() {}

    ReturnLine(int lineNo, ReturnLineSpec spec, PolicyVerdict verdict) {
        this.id = UUID.randomUUID();
        this.lineNo = lineNo;
        this.orderId = spec.orderLine() == null ? null : spec.orderLine().orderId();
        this.orderNumber = spec.orderLine() == null ? null : spec.orderLine().orderNumber();
        this.orderLineId = spec.orderLine() == null ? null : spec.orderLine().lineId();
        this.productId = spec.product().id();
        this.sku = spec.product().sku();
        this.quantity = spec.quantity();
        this.reason = spec.reason();
        this.externalReasonCode = spec.externalReasonCode();
        this.note = spec.note();
        this.serial = spec.serial();
        this.lot = spec.lot();
        this.requestedResolution = spec.resolution();
        this.outcome = verdict.outcome();
        this.outcomeReason = verdict.reason();
        this.unitPrice = spec.orderLine() == null
                ? spec.product().unitValue().amount()
                : spec.orderLine().unitPrice().amount();
        this.restockingFee = verdict.restockingFee().amount();
    }

    /** Takes in arrived units; never more than were expected. */
    void receive(int arrived, String rmaNumber) {
        if (arrived <= 0 || receivedQuantity + arrived > quantity) {
            throw new ReceiptExceedsExpected(rmaNumber, lineNo, arrived, quantity - receivedQuantity);
        }
        receivedQuantity += arrived;
    }

    boolean fullyReceived() {
        return receivedQuantity == quantity;
    }

    public int outstanding() {
        return quantity - receivedQuantity;
    }

    public UUID getId() {
        return id;
    }

    public int getLineNo() {
        return lineNo;
    }

    public UUID getOrderId() {
        return orderId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public UUID getOrderLineId() {
        return orderLineId;
    }

    public UUID getProductId() {
        return productId;
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public int getReceivedQuantity() {
        return receivedQuantity;
    }

    public ReturnReason getReason() {
        return reason;
    }

    public String getExternalReasonCode() {
        return externalReasonCode;
    }

    public String getNote() {
        return note;
    }

    public String getSerial() {
        return serial;
    }

    public String getLot() {
        return lot;
    }

    public Resolution getRequestedResolution() {
        return requestedResolution;
    }

    public PolicyOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getRestockingFee() {
        return restockingFee;
    }
}
