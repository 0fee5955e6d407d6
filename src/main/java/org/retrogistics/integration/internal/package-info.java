/** Storage of subscriptions and deliveries, the event listeners that write deliveries, and the dispatcher. */
package org.retrogistics.integration.internal;
