/** Refunds persistence and the payment-provider adapters (payout ledger, provider HTTP API). */
package org.retrogistics.refunds.internal;
