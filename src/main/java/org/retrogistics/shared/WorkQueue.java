package org.retrogistics.shared;

/**
 * A module's work queue, read the same way for the console's home page (one client's items) and for the metrics (every
 * client's, ADR 0028): how many wait and since when the oldest. Each module that keeps a queue offers one bean; the web
 * module finds them all, so a new queue needs no change there beyond its label.
 */
public interface WorkQueue {

    /** The queue's name: the metrics' {@code queue} tag and the key the console labels it by. */
    String name();

    /** One client's items. */
    QueueMetrics.Reading read(ClientId client);

    /** Every client's items, for the metrics, which name no client. */
    QueueMetrics.Reading readAll();
}
