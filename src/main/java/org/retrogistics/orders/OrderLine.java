package org.retrogistics.orders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.retrogistics.catalog.ProductFacts;

/** One product on an order: how many were delivered, at what price, and how many have been returned so far. */
@Entity
@Table(schema = "orders")
public class OrderLine {

    @Id
    private UUID id;

    private int lineNo;
    private UUID productId;
    private String sku;
    private int quantity;
    private BigDecimal unitPrice;
    private boolean finalSale;
    private String lot;
    private String serial;

    /** Maintained by a guarded SQL update only (see {@link OrderManagement#reserveReturn}); never written here. */
    @jakarta.persistence.Column(insertable = false, updatable = false)
    private int returnedQuantity;

    protected OrderLine() {}

    /** The drafted line of the given product; a blank lot or serial is none. */
    OrderLine(int lineNo, ProductFacts product, OrderDraft.Line line) {
        this.id = UUID.randomUUID();
        this.lineNo = lineNo;
        this.productId = product.id();
        this.sku = product.sku();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.finalSale = Boolean.TRUE.equals(line.finalSale());
        this.lot = blankToNull(line.lot());
        this.serial = blankToNull(line.serial());
    }

    public int returnable() {
        return quantity - returnedQuantity;
    }

    public UUID getId() {
        return id;
    }

    public int getLineNo() {
        return lineNo;
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

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public boolean isFinalSale() {
        return finalSale;
    }

    /** The production lot of what was sold, where the seller knows it. */
    public String getLot() {
        return lot;
    }

    /** The serial of the one item sold on this line, where known. */
    public String getSerial() {
        return serial;
    }

    public int getReturnedQuantity() {
        return returnedQuantity;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
