/** The recovery ledger's JSON API: a unit's and a return's recovery, and summaries by option, client or month. */
package org.retrogistics.analytics.api;
