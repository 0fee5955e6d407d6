package org.retrogistics.resale;

import java.time.Instant;
import java.util.UUID;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.shared.Money;

/**
 * A listing as the pages and the API read it: which unit, on which channel, where it stands, its prices in the
 * client's currency and its version (forms and If-Match send it back).
 */
public record ListingSnapshot(
        UUID id,
        String number,
        UUID unitId,
        UUID channelId,
        ListingStatus status,
        DispositionOption option,
        String sku,
        String title,
        String condition,
        String currency,
        Money askingPrice,
        String priceSource,
        Money salePrice,
        Money fee,
        String buyer,
        String note,
        Instant createdAt,
        Instant listedAt,
        Instant closedAt,
        Long version) {

    /** Public so the module's own API ({@code resale.api}) builds its views from it; no other module holds a listing. */
    public static ListingSnapshot of(Listing l) {
        return new ListingSnapshot(
                l.getId(),
                l.getNumber(),
                l.getUnitId(),
                l.getChannelId(),
                l.getStatus(),
                l.getOption(),
                l.getSku(),
                l.getTitle(),
                l.getCondition(),
                l.getCurrency(),
                l.askingPrice(),
                l.getPriceSource(),
                l.salePrice(),
                l.fee(),
                l.getBuyer(),
                l.getNote(),
                l.getCreatedAt(),
                l.getListedAt(),
                l.getClosedAt(),
                l.getVersion());
    }
}
