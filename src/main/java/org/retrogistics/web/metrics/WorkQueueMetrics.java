package org.retrogistics.web.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.retrogistics.shared.QueueMetrics;
import org.retrogistics.shared.WorkQueue;
import org.springframework.stereotype.Component;

/** Every module's work queue as two gauges tagged with its name (ADR 0028), over every client. */
@Component
class WorkQueueMetrics implements MeterBinder {

    private final List<WorkQueue> queues;

    WorkQueueMetrics(List<WorkQueue> queues) {
        this.queues = queues;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (WorkQueue queue : queues) {
            QueueMetrics.register(registry, queue.name(), queue::readAll);
        }
    }
}
