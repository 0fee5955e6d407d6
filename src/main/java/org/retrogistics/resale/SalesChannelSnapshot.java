package org.retrogistics.resale;

import java.math.BigDecimal;
import java.util.UUID;

/** A sales channel as the pages and the API read it: which one, its kind, and what it charges per sale. */
public record SalesChannelSnapshot(
        UUID id,
        String code,
        String name,
        ChannelKind kind,
        BigDecimal feePercent,
        BigDecimal fixedFee,
        String currency,
        String source) {

    /** Public so the module's own API ({@code resale.api}) builds its views from it; no other module holds a channel. */
    public static SalesChannelSnapshot of(SalesChannel c) {
        return new SalesChannelSnapshot(
                c.getId(),
                c.getCode(),
                c.getName(),
                c.getKind(),
                c.getFeePercent(),
                c.getFixedFee(),
                c.getCurrency(),
                c.getSource());
    }
}
