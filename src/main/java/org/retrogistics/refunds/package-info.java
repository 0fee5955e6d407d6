/** Refunds: resolutions of return lines, money movements and their lifecycle, store credit, fees; the money ledger. */
package org.retrogistics.refunds;
