package org.retrogistics.refunds;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Refunds settings: the return-shipping fee taken once per return from a refund or store credit whose reason is not
 * the product's fault (0 by default), and the payment provider: {@code ledger} (the internal payout ledger that finance
 * exports, the default) or {@code http} (a provider's API at {@code base-url}, authenticated with {@code api-key}).
 */
@ConfigurationProperties("retrogistics.refunds")
public record RefundsSettings(BigDecimal returnShippingFee, Provider provider) {

    public RefundsSettings {
        returnShippingFee = returnShippingFee == null ? BigDecimal.ZERO : returnShippingFee;
        provider = provider == null ? new Provider(null, null, null, null) : provider;
    }

    /** Where payouts go. */
    public record Provider(String kind, String baseUrl, String apiKey, Duration timeout) {
        public Provider {
            kind = kind == null || kind.isBlank() ? "ledger" : kind.strip().toLowerCase();
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }
    }
}
