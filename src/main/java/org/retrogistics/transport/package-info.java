/** Transport: labels, shipments, tracking, consolidation and pickup route planning. */
package org.retrogistics.transport;
