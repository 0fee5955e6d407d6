package org.retrogistics.returns;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One version of a client's return policy. Versions are never edited: a change is a new version, and each return keeps
 * the version it was judged by.
 */
@Entity
@Table(schema = "returns")
public class ReturnPolicy {

    @Id
    private UUID id;

    private UUID clientId;
    private int version;
    private Instant effectiveFrom;
    private int windowDays;
    private int shipWithinDays;
    private String nonReturnableCategories;
    private BigDecimal restockingFeePercent;
    private String feeFreeReasons;
    private String offeredResolutions;

    @Enumerated(EnumType.STRING)
    private MoneyMoment moneyMoves;

    private BigDecimal reviewAboveAmount;
    private boolean allowWithoutOrder;
    private boolean reviewUndelivered;
    private int lostAfterDays;

    @Enumerated(EnumType.STRING)
    private LostParcelMoney lostParcelMoney;

    @Enumerated(EnumType.STRING)
    private ExchangeScope exchangeScope;

    /** Optimistic lock of the row; {@link #version} is the policy's own version number. */
    @jakarta.persistence.Version
    private Long rowVersion;

    protected ReturnPolicy() {}

    ReturnPolicy(UUID clientId, int version, PolicyTerms terms) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.version = version;
        this.effectiveFrom = Instant.now();
        this.windowDays = terms.windowDays();
        this.shipWithinDays = terms.shipWithinDays();
        this.nonReturnableCategories = terms.nonReturnableCategories() == null
                ? ""
                : terms.nonReturnableCategories().stream()
                        .map(c -> c.strip().toLowerCase())
                        .sorted()
                        .collect(Collectors.joining(","));
        this.restockingFeePercent =
                terms.restockingFeePercent() == null ? BigDecimal.ZERO : terms.restockingFeePercent();
        this.feeFreeReasons = join(terms.feeFreeReasons());
        this.offeredResolutions = join(terms.offeredResolutions());
        this.moneyMoves = terms.moneyMoves();
        this.reviewAboveAmount = terms.reviewAboveAmount();
        this.allowWithoutOrder = terms.allowWithoutOrder() == null || terms.allowWithoutOrder();
        this.reviewUndelivered = Boolean.TRUE.equals(terms.reviewUndelivered());
        this.lostAfterDays = terms.lostAfterDays() == null ? 21 : terms.lostAfterDays();
        this.lostParcelMoney = terms.lostParcelMoney() == null ? LostParcelMoney.AS_REQUESTED : terms.lostParcelMoney();
        this.exchangeScope = terms.exchangeScope() == null ? ExchangeScope.SAME_PRODUCT : terms.exchangeScope();
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values == null ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public PolicyTerms terms() {
        return new PolicyTerms(
                windowDays,
                shipWithinDays,
                nonReturnableCategories(),
                restockingFeePercent,
                feeFreeReasons(),
                offeredResolutions(),
                moneyMoves,
                reviewAboveAmount,
                allowWithoutOrder,
                reviewUndelivered,
                lostAfterDays,
                lostParcelMoney,
                exchangeScope);
    }

    public Set<String> nonReturnableCategories() {
        return nonReturnableCategories.isBlank()
                ? Set.of()
                : Set.copyOf(Arrays.asList(nonReturnableCategories.split(",")));
    }

    public Set<ReturnReason> feeFreeReasons() {
        return feeFreeReasons == null || feeFreeReasons.isBlank()
                ? EnumSet.noneOf(ReturnReason.class)
                : Arrays.stream(feeFreeReasons.split(","))
                        .map(ReturnReason::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReturnReason.class)));
    }

    public Set<Resolution> offeredResolutions() {
        return Arrays.stream(offeredResolutions.split(","))
                .filter(s -> !s.isBlank())
                .map(Resolution::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Resolution.class)));
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public int getVersion() {
        return version;
    }

    public Instant getEffectiveFrom() {
        return effectiveFrom;
    }

    public int windowDays() {
        return windowDays;
    }

    public int shipWithinDays() {
        return shipWithinDays;
    }

    public BigDecimal restockingFeePercent() {
        return restockingFeePercent;
    }

    public MoneyMoment moneyMoves() {
        return moneyMoves;
    }

    public BigDecimal reviewAboveAmount() {
        return reviewAboveAmount;
    }

    public boolean allowWithoutOrder() {
        return allowWithoutOrder;
    }

    public int lostAfterDays() {
        return lostAfterDays;
    }

    public LostParcelMoney lostParcelMoney() {
        return lostParcelMoney;
    }

    public ExchangeScope exchangeScope() {
        return exchangeScope;
    }

    /** Whether a return on an order with no delivery on record goes to review (true) or is refused (false). */
    public boolean reviewUndelivered() {
        return reviewUndelivered;
    }

    /**
     * The instant the return window closes for an item delivered at {@code deliveredAt}: exactly {@code windowDays} ×
     * 24 hours later. The window is open while now is before it; calendar dates and time zones play no part.
     */
    public Instant windowClosesAt(Instant deliveredAt) {
        return deliveredAt.plus(Duration.ofDays(windowDays));
    }

    /** Whether the return window of an item delivered at {@code deliveredAt} is still open at {@code now}. */
    public boolean windowOpen(Instant deliveredAt, Instant now) {
        return now.isBefore(windowClosesAt(deliveredAt));
    }
}
