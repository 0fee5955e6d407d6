/** Analytics: read models fed by events (the recovery ledger of every unit's costs and recoveries); nothing depends on it. */
package org.retrogistics.analytics;
