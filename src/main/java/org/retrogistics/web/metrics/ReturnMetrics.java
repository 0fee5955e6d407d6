package org.retrogistics.web.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnManagement.ReturnFigures;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.shared.CachedReading;
import org.springframework.stereotype.Component;

/**
 * Returns by state ({@code retrogistics.returns}, tag {@code status}, every status even at 0), summed over the
 * clients: no client label, so series stay few and no client's figures show under another's name. Read through the
 * returns module's API in one grouped query, at most once per 10 s ({@link CachedReading}). The review queue is one of
 * the work queues ({@link WorkQueueMetrics}).
 */
@Component
class ReturnMetrics implements MeterBinder {

    static final String RETURNS = "retrogistics.returns";

    private final ReturnManagement returns;

    ReturnMetrics(ReturnManagement returns) {
        this.returns = returns;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CachedReading<ReturnFigures> reading = CachedReading.of(returns::figuresOfAllClients);
        for (ReturnStatus status : ReturnStatus.values()) {
            Gauge.builder(RETURNS, reading, r -> r.get().byStatus().get(status))
                    .description("Returns in each state, over every client")
                    .tag("status", status.name())
                    .strongReference(true)
                    .register(registry);
        }
    }
}
