/** REST endpoints of webhook subscriptions, their deliveries and replays. */
package org.retrogistics.integration.api;
