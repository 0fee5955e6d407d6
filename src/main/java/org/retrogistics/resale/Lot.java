package org.retrogistics.resale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import org.retrogistics.disposition.GradeBand;
import org.retrogistics.shared.Money;

/**
 * A B2B or liquidation lot: units of one client put together (by hand, or by category, grade band and site), closed
 * with a manifest, and sold as one for one price that is then shared over its units. Its units are kept beside it
 * ({@code lot_unit}); the {@link LotLifecycle} table says which step is allowed.
 */
@Entity
@Table(schema = "resale", name = "resale_lot")
public class Lot {

    @Id
    private UUID id;

    private UUID clientId;
    private String number;
    private String title;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private LotStatus status;

    private String category;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private GradeBand gradeBand;

    private String site;
    private String currency;
    private UUID channelId;
    private BigDecimal salePrice;
    private BigDecimal fee;
    private String buyer;
    private Instant createdAt;
    private String createdBy;
    private Instant closedAt;
    private Instant soldAt;

    @Version
    private Long version;

    protected Lot() {}

    /** What a new lot is made of: its rule (category, grade band, site) if it was put together by one. */
    record Draft(
            UUID clientId,
            String number,
            String title,
            String category,
            GradeBand gradeBand,
            String site,
            Currency currency,
            String createdBy) {}

    Lot(Draft draft, Instant now) {
        this.id = UUID.randomUUID();
        this.clientId = draft.clientId();
        this.number = draft.number();
        this.title = draft.title();
        this.status = LotStatus.OPEN;
        this.category = draft.category();
        this.gradeBand = draft.gradeBand();
        this.site = draft.site();
        this.currency = draft.currency().getCurrencyCode();
        this.createdBy = draft.createdBy();
        this.createdAt = now;
    }

    void addUnits() {
        move(LotTrigger.ADD_UNITS);
    }

    void close(int units, Instant now) {
        if (units == 0) {
            throw new ResaleRefused("lot-empty", "lot " + number + " has no units: nothing to close and offer");
        }
        move(LotTrigger.CLOSE);
        closedAt = now;
    }

    void reopen() {
        move(LotTrigger.REOPEN);
        closedAt = null;
    }

    /** Sold as one: the price, the buyer and the channel's fee on the whole. */
    void sell(Money price, Money channelFee, UUID channelId, String buyer, Instant now) {
        if (price.amount().signum() < 0) {
            throw new InvalidResaleInput("negative-price", "a price is zero or more, not " + price);
        }
        if (!price.currency().getCurrencyCode().equals(currency)) {
            throw new InvalidResaleInput(
                    "currency-mismatch", "lot " + number + " is sold in " + currency + ", not " + price.currency());
        }
        if (buyer == null || buyer.isBlank()) {
            throw new InvalidResaleInput("buyer-required", "a lot's sale names its buyer");
        }
        move(LotTrigger.SELL);
        this.salePrice = price.amount();
        this.fee = channelFee.amount();
        this.channelId = channelId;
        this.buyer = buyer.strip();
        this.soldAt = now;
    }

    void cancel() {
        move(LotTrigger.CANCEL);
    }

    private void move(LotTrigger trigger) {
        status = LotLifecycle.TABLE.require(
                status,
                trigger,
                () -> new ResaleConflict(
                        "lot-transition-not-allowed",
                        "lot " + number + " is " + status.name().toLowerCase(Locale.ROOT) + ": cannot "
                                + trigger.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " now"));
    }

    public Money salePrice() {
        return salePrice == null ? null : new Money(salePrice, Currency.getInstance(currency));
    }

    public Money fee() {
        return fee == null ? null : new Money(fee, Currency.getInstance(currency));
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public LotStatus getStatus() {
        return status;
    }

    public String getCategory() {
        return category;
    }

    public GradeBand getGradeBand() {
        return gradeBand;
    }

    public String getSite() {
        return site;
    }

    public String getCurrency() {
        return currency;
    }

    public UUID getChannelId() {
        return channelId;
    }

    public String getBuyer() {
        return buyer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getSoldAt() {
        return soldAt;
    }

    public Long getVersion() {
        return version;
    }
}
