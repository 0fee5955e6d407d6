package org.retrogistics.returns;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** One item asked back: what, how many, why, what the customer wants, and what the policy said. */
@Entity
@Table(schema = "returns")
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
    private int resolvedQuantity;
    private int moneyQuantity;
    private int givenBackQuantity;
    private int keptQuantity;

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

    /** Takes in arrived units; never more than are still expected. */
    void receive(int arrived, String rmaNumber) {
        if (arrived <= 0 || arrived > outstanding()) {
            throw new ReceiptExceedsExpected(rmaNumber, lineNo, arrived, outstanding());
        }
        receivedQuantity += arrived;
    }

    /** Every unit is accounted for: arrived, or kept by the customer. */
    boolean fullyReceived() {
        return outstanding() == 0;
    }

    /** Units still expected to arrive: neither received nor kept by the customer. */
    public int outstanding() {
        return quantity - receivedQuantity - keptQuantity;
    }

    /** A resolution now covers {@code units} more of the line; {@code money} when money moved on them. */
    void resolve(int units, boolean money, String rmaNumber) {
        if (units < 0 || resolvedQuantity + units > quantity) {
            throw new ReturnRefusals.LineAlreadySettled(rmaNumber, lineNo, units, quantity - resolvedQuantity);
        }
        resolvedQuantity += units;
        if (money) {
            moneyQuantity = Math.min(quantity, moneyQuantity + units);
        }
    }

    /** A resolution was withdrawn (its money cancelled before it moved): its units are open again. */
    void unresolve(int units, boolean money) {
        resolvedQuantity = Math.max(0, resolvedQuantity - units);
        if (money) {
            moneyQuantity = Math.max(0, moneyQuantity - units);
        }
    }

    /** The customer keeps units still expected: they will not arrive, and the line counts them as settled. */
    void keep(int units, String rmaNumber) {
        if (units <= 0 || units > outstanding()) {
            throw new ReceiptExceedsExpected(rmaNumber, lineNo, units, outstanding());
        }
        keptQuantity += units;
    }

    /** Units that went (or were exchanged) back to the customer: the customer holds them again. */
    void giveBack(int units) {
        givenBackQuantity = Math.min(quantity, givenBackQuantity + units);
    }

    void takeBack(int units) {
        givenBackQuantity = Math.max(0, givenBackQuantity - units);
    }

    /**
     * Units whose quantity may go back to the order line when the return ends short: still expected, and no money
     * moved, no exchange went out and no other resolution was given for them (resolved units are taken to be the
     * arrived ones first).
     */
    int releasableWhenClosedShort() {
        int resolvedNotArrived = Math.max(0, resolvedQuantity - receivedQuantity - keptQuantity);
        return Math.max(0, outstanding() - resolvedNotArrived);
    }

    /** Whether the customer asked for money (or an exchange) that no resolution has given yet for every unit. */
    boolean awaitsResolution() {
        return requestedResolution != null && requestedResolution.settlesMoney() && resolvedQuantity < quantity;
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

    public int getResolvedQuantity() {
        return resolvedQuantity;
    }

    /** Units on which money moved (refund, store credit, an exchange difference paid or charged). */
    public int getMoneyQuantity() {
        return moneyQuantity;
    }

    public int getGivenBackQuantity() {
        return givenBackQuantity;
    }

    public int getKeptQuantity() {
        return keptQuantity;
    }
}
