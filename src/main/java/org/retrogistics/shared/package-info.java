/**
 * Value types shared by every module (money, GS1 identifiers, typed ids, the domain exception, the recovery facts that
 * modules publish for the recovery ledger), the lifecycle engine, the If-Match check and the work queues' gauges; no beans. Only {@link
 * org.retrogistics.shared.LabelPage} renders (PDF and barcodes); the value types know no rendering library.
 */
package org.retrogistics.shared;
