/**
 * History: a client's past sales, returns, fees and stock adjustments imported from CSV (ADR 0032). Kept apart from
 * live orders and returns: no money moves and no unit enters custody for them; the analytics read them.
 */
package org.retrogistics.history;
