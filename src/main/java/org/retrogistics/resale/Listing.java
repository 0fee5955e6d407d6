package org.retrogistics.resale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.UUID;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.shared.Money;

/**
 * One unit offered for sale on one channel, priced from the disposition model. A sale records the price and the
 * channel's fee and closes the listing; only the {@link ListingLifecycle} table says which step is allowed.
 */
@Entity
@Table(schema = "resale")
public class Listing {

    @Id
    private UUID id;

    private UUID clientId;
    private String number;
    private UUID unitId;
    private UUID channelId;

    @Enumerated(EnumType.STRING)
    private ListingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "option")
    private DispositionOption option;

    private String sku;
    private String title;
    private String condition;
    private BigDecimal askingPrice;
    private String priceSource;
    private BigDecimal salePrice;
    private BigDecimal fee;
    private String currency;
    private String buyer;
    private String note;
    private Instant createdAt;
    private Instant listedAt;
    private Instant closedAt;

    @Version
    private Long version;

    protected Listing() {}

    /** What a new listing is made of: the unit, where it goes, and what it shows and asks. */
    record Draft(
            UUID clientId,
            String number,
            UUID unitId,
            SalesChannel channel,
            DispositionOption option,
            String sku,
            String title,
            String condition,
            Money askingPrice,
            String priceSource) {}

    Listing(Draft draft, Instant now) {
        Money askingPrice = draft.askingPrice();
        requireNotNegative(askingPrice);
        this.id = UUID.randomUUID();
        this.clientId = draft.clientId();
        this.number = draft.number();
        this.unitId = draft.unitId();
        this.channelId = draft.channel().getId();
        this.status = ListingStatus.DRAFT;
        this.option = draft.option();
        this.sku = draft.sku();
        this.title = draft.title();
        this.condition = draft.condition();
        this.askingPrice = askingPrice.amount();
        this.currency = askingPrice.currency().getCurrencyCode();
        this.priceSource = draft.priceSource();
        this.createdAt = now;
    }

    /** A draft takes the decision in force again (a regrade after refurbishment moves the price). */
    void redraft(String condition, Money price, String source) {
        if (status != ListingStatus.DRAFT) {
            throw new ResaleConflict("listing-transition-not-allowed", "listing " + number + " is no longer a draft");
        }
        requireNotNegative(price);
        this.condition = condition;
        this.askingPrice = price.amount();
        this.currency = price.currency().getCurrencyCode();
        this.priceSource = source;
    }

    /** Offers it on a channel that takes single listings, at a price (null keeps the model's). */
    void publish(SalesChannel channel, Money price, Instant now) {
        if (!channel.getKind().takesListings()) {
            throw new ResaleRefused(
                    "channel-not-for-listings",
                    "channel " + channel.getCode() + " is a B2B channel: it takes lots, not single listings");
        }
        if (price != null) {
            requireNotNegative(price);
            requireCurrency(price);
        }
        move(ListingTrigger.PUBLISH);
        this.channelId = channel.getId();
        if (price != null && price.amount().compareTo(askingPrice) != 0) {
            this.askingPrice = price.amount();
            this.priceSource = "set when listed (model: " + priceSource + ")";
        }
        this.listedAt = now;
    }

    /** Sold: the price paid and the channel's fee on it; the listing is closed. */
    void sell(Money price, Money channelFee, String buyer, Instant now) {
        requireNotNegative(price);
        requireCurrency(price);
        move(ListingTrigger.SELL);
        this.salePrice = price.amount();
        this.fee = channelFee.amount();
        this.buyer = buyer;
        this.closedAt = now;
    }

    void withdraw(String reason, Instant now) {
        move(ListingTrigger.WITHDRAW);
        this.note = reason;
        this.closedAt = now;
    }

    private void move(ListingTrigger trigger) {
        status = ListingLifecycle.TABLE.require(
                status,
                trigger,
                () -> new ResaleConflict(
                        "listing-transition-not-allowed",
                        "listing " + number + " is " + status.name().toLowerCase(Locale.ROOT) + ": cannot "
                                + trigger.name().toLowerCase(Locale.ROOT) + " it now"));
    }

    private static void requireNotNegative(Money price) {
        if (price.amount().signum() < 0) {
            throw new InvalidResaleInput("negative-price", "a price is zero or more, not " + price);
        }
    }

    private void requireCurrency(Money price) {
        if (!price.currency().getCurrencyCode().equals(currency)) {
            throw new InvalidResaleInput(
                    "currency-mismatch",
                    "listing " + number + " is priced in " + currency + ", not " + price.currency());
        }
    }

    public Money askingPrice() {
        return new Money(askingPrice, Currency.getInstance(currency));
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

    public UUID getUnitId() {
        return unitId;
    }

    public UUID getChannelId() {
        return channelId;
    }

    public ListingStatus getStatus() {
        return status;
    }

    public DispositionOption getOption() {
        return option;
    }

    public String getSku() {
        return sku;
    }

    public String getTitle() {
        return title;
    }

    public String getCondition() {
        return condition;
    }

    public String getPriceSource() {
        return priceSource;
    }

    public String getCurrency() {
        return currency;
    }

    public String getBuyer() {
        return buyer;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getListedAt() {
        return listedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getVersion() {
        return version;
    }
}
