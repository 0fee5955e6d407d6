package org.retrogistics.resale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import org.retrogistics.shared.Money;

/** A client's sales channel and what it charges per sale: a percentage of the price plus a fixed fee per item. */
@Entity
@Table(schema = "resale", name = "sales_channel")
public class SalesChannel {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    private UUID id;

    private UUID clientId;
    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    private ChannelKind kind;

    private BigDecimal feePercent;
    private BigDecimal fixedFee;
    private String currency;
    private String source;
    private Instant createdAt;

    @Version
    private Long version;

    protected SalesChannel() {}

    /** What a new channel is made of. */
    record Draft(
            UUID clientId,
            String code,
            String name,
            ChannelKind kind,
            BigDecimal feePercent,
            BigDecimal fixedFee,
            Currency currency,
            String source) {}

    SalesChannel(Draft draft, Instant now) {
        BigDecimal feePercent = draft.feePercent();
        BigDecimal fixedFee = draft.fixedFee();
        if (feePercent == null || feePercent.signum() < 0 || feePercent.compareTo(HUNDRED) > 0) {
            throw new InvalidResaleInput(
                    "invalid-fee", "a channel's fee percent is between 0 and 100, not " + feePercent);
        }
        if (fixedFee == null || fixedFee.signum() < 0) {
            throw new InvalidResaleInput("invalid-fee", "a channel's fixed fee is zero or more, not " + fixedFee);
        }
        this.id = UUID.randomUUID();
        this.clientId = draft.clientId();
        this.code = draft.code();
        this.name = draft.name();
        this.kind = draft.kind();
        this.feePercent = feePercent.setScale(2, RoundingMode.HALF_EVEN);
        this.fixedFee = new Money(fixedFee, draft.currency()).amount();
        this.currency = draft.currency().getCurrencyCode();
        this.source = draft.source();
        this.createdAt = now;
    }

    /** The fee for {@code items} items sold together for {@code price}: percent of the price plus the fixed fee each. */
    public Money fee(Money price, int items) {
        Money percent = price.percent(feePercent);
        return percent.plus(new Money(fixedFee, price.currency()).times(items));
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ChannelKind getKind() {
        return kind;
    }

    public BigDecimal getFeePercent() {
        return feePercent;
    }

    public BigDecimal getFixedFee() {
        return fixedFee;
    }

    public String getCurrency() {
        return currency;
    }

    public String getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getVersion() {
        return version;
    }
}
