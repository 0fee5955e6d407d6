package org.retrogistics.refunds;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.retrogistics.returns.Resolution;

/**
 * What was given for some units of a return line: a refund, store credit, an exchange, a replacement or a repair.
 * Written once; its money moves in {@link MoneyMovement}s of its own.
 */
@Entity
@Table(schema = "refunds")
public class LineResolution {

    @Id
    private UUID id;

    private UUID clientId;
    private UUID returnId;
    private String rmaNumber;
    private UUID returnLineId;
    private int lineNo;

    @Enumerated(EnumType.STRING)
    private Resolution kind;

    private int quantity;
    private BigDecimal allowed;
    private String goodsSku;
    private BigDecimal goodsValue;
    private String currency;
    private String unitIds;
    private String sourceKey;
    private String explanation;
    private String createdBy;
    private Instant createdAt;
    private Instant withdrawnAt;
    private String withdrawnReason;

    protected LineResolution() {}

    /** Withdraws an exchange or replacement whose goods have not gone out (the return or the exchange was cancelled). */
    public void withdraw(String reason, Instant now) {
        if (withdrawnAt != null) {
            throw new RefundRefusals.InvalidResolution(
                    rmaNumber + " line " + lineNo + ": this " + kind + " was withdrawn already");
        }
        this.withdrawnAt = now;
        this.withdrawnReason = reason;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    /** Everything a resolution is written with; {@code line} names the return line it resolves. */
    public record Draft(
            UUID clientId,
            LineTerms line,
            Resolution kind,
            int quantity,
            BigDecimal allowed,
            String goodsSku,
            BigDecimal goodsValue,
            String currency,
            java.util.List<UUID> unitIds,
            String sourceKey,
            String explanation,
            String createdBy,
            Instant now) {}

    public LineResolution(Draft draft) {
        LineTerms line = draft.line();
        this.id = UUID.randomUUID();
        this.clientId = draft.clientId();
        this.returnId = line.returnId();
        this.rmaNumber = line.rmaNumber();
        this.returnLineId = line.returnLineId();
        this.lineNo = line.lineNo();
        this.kind = draft.kind();
        this.quantity = draft.quantity();
        this.allowed = draft.allowed();
        this.goodsSku = draft.goodsSku();
        this.goodsValue = draft.goodsValue();
        this.currency = draft.currency();
        this.unitIds =
                String.join(",", draft.unitIds().stream().map(UUID::toString).toList());
        this.sourceKey = draft.sourceKey();
        this.explanation = draft.explanation();
        this.createdBy = draft.createdBy();
        this.createdAt = draft.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public UUID getReturnId() {
        return returnId;
    }

    public String getRmaNumber() {
        return rmaNumber;
    }

    public UUID getReturnLineId() {
        return returnLineId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Resolution getKind() {
        return kind;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getAllowed() {
        return allowed;
    }

    public String getGoodsSku() {
        return goodsSku;
    }

    public BigDecimal getGoodsValue() {
        return goodsValue;
    }

    public String getCurrency() {
        return currency;
    }

    public java.util.List<UUID> unitIdList() {
        return unitIds == null || unitIds.isBlank()
                ? java.util.List.of()
                : java.util.Arrays.stream(unitIds.split(","))
                        .map(UUID::fromString)
                        .toList();
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
