/** Receiving: dock scans that take units in against their returns, blind receipts, and the outcome of each. */
package org.retrogistics.receiving;
