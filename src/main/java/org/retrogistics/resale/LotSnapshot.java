package org.retrogistics.resale;

import java.time.Instant;
import java.util.UUID;
import org.retrogistics.disposition.GradeBand;
import org.retrogistics.shared.Money;

/**
 * A lot as the pages and the API read it: its rule (category, grade band, site), where it stands, its sale in the
 * client's currency and its version (forms and If-Match send it back). Its units are {@link LotManagement#units}.
 */
public record LotSnapshot(
        UUID id,
        String number,
        String title,
        LotStatus status,
        String category,
        GradeBand gradeBand,
        String site,
        String currency,
        UUID channelId,
        Money salePrice,
        Money fee,
        String buyer,
        Instant createdAt,
        String createdBy,
        Instant closedAt,
        Instant soldAt,
        Long version) {

    /** Public so the module's own API ({@code resale.api}) builds its views from it; no other module holds a lot. */
    public static LotSnapshot of(Lot l) {
        return new LotSnapshot(
                l.getId(),
                l.getNumber(),
                l.getTitle(),
                l.getStatus(),
                l.getCategory(),
                l.getGradeBand(),
                l.getSite(),
                l.getCurrency(),
                l.getChannelId(),
                l.salePrice(),
                l.fee(),
                l.getBuyer(),
                l.getCreatedAt(),
                l.getCreatedBy(),
                l.getClosedAt(),
                l.getSoldAt(),
                l.getVersion());
    }
}
