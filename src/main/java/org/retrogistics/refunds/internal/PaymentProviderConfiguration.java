package org.retrogistics.refunds.internal;

import java.time.Clock;
import java.util.Optional;
import org.retrogistics.refunds.PaymentProvider;
import org.retrogistics.refunds.RefundsSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Chooses the payment adapter from {@code retrogistics.refunds.provider.kind}: {@code ledger} (default) or {@code http}. */
@Configuration(proxyBeanMethods = false)
class PaymentProviderConfiguration {

    @Bean
    PaymentProvider paymentProvider(RefundsSettings settings, JdbcClient jdbc, Optional<Clock> clock) {
        return switch (settings.provider().kind()) {
            case "http" -> new HttpPaymentProvider(settings.provider());
            case "ledger" -> new LedgerPaymentProvider(jdbc, clock.orElse(Clock.systemUTC()));
            default -> throw new IllegalStateException("retrogistics.refunds.provider.kind must be ledger or http, not "
                    + settings.provider().kind());
        };
    }
}
