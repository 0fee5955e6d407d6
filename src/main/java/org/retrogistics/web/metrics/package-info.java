/**
 * Business metrics that span modules (ADR 0028): returns by state and the review queue, read through the returns
 * module's API, and the outbox lag of Spring Modulith's event publications. The modules' own queues register theirs.
 */
package org.retrogistics.web.metrics;
