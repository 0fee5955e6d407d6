/**
 * Value types shared by every module (money, GS1 identifiers, typed ids, the domain exception, the recovery facts that
 * modules publish for the recovery ledger), the lifecycle engine and the If-Match check; no beans. Only {@link
 * org.retrogistics.shared.LabelPage} renders (PDF and barcodes); the value types know no rendering library.
 */
package org.retrogistics.shared;
