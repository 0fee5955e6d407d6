package org.retrogistics.web.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnSearch;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.shared.CachedReading;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.QueueMetrics;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Returns by state ({@code retrogistics.returns}, tag {@code status}, every status even at 0) and the review queue
 * (returns under review, queue {@code review}), summed over the clients: no client label, so series stay few and no
 * client's figures show under another's name. Read through the returns module's API, client by client: each count is
 * an index-only read of {@code return_request_client_status}, and the oldest under review one index probe.
 */
@Component
class ReturnMetrics implements MeterBinder {

    static final String RETURNS = "retrogistics.returns";

    private final CatalogManagement catalog;
    private final ReturnManagement returns;

    ReturnMetrics(CatalogManagement catalog, ReturnManagement returns) {
        this.catalog = catalog;
        this.returns = returns;
    }

    /** Returns per status, and the longest-waiting return under review. */
    private record Reading(Map<ReturnStatus, Long> byStatus, Instant oldestUnderReview) {}

    @Override
    public void bindTo(MeterRegistry registry) {
        CachedReading<Reading> reading = CachedReading.of(this::read);
        for (ReturnStatus status : ReturnStatus.values()) {
            Gauge.builder(RETURNS, reading, r -> r.get().byStatus().get(status))
                    .description("Returns in each state, over every client")
                    .tag("status", status.name())
                    .strongReference(true)
                    .register(registry);
        }
        QueueMetrics.register(registry, "review", () -> {
            Reading r = reading.get();
            return new QueueMetrics.Reading(r.byStatus().get(ReturnStatus.UNDER_REVIEW), r.oldestUnderReview());
        });
    }

    private Reading read() {
        Map<ReturnStatus, Long> totals = new EnumMap<>(ReturnStatus.class);
        for (ReturnStatus status : ReturnStatus.values()) {
            totals.put(status, 0L);
        }
        Instant oldest = null;
        for (ClientFacts client : catalog.allClients()) {
            ClientId id = new ClientId(client.id());
            Map<ReturnStatus, Long> counts = returns.countByStatus(id);
            counts.forEach((status, n) -> totals.merge(status, n, Long::sum));
            if (counts.get(ReturnStatus.UNDER_REVIEW) > 0) {
                Instant first = returns
                        .search(
                                id,
                                new ReturnSearch(ReturnStatus.UNDER_REVIEW, null, null, null, null, null),
                                PageRequest.of(0, 1, Sort.by("requestedAt")))
                        .getContent()
                        .stream()
                        .findFirst()
                        .map(org.retrogistics.returns.ReturnRequest::getRequestedAt)
                        .orElse(null);
                if (first != null && (oldest == null || first.isBefore(oldest))) {
                    oldest = first;
                }
            }
        }
        return new Reading(totals, oldest);
    }
}
