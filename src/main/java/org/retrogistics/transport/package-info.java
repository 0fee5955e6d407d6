/** Transport: return labels, shipments and their legs, carrier tracking, and pickup route planning. */
package org.retrogistics.transport;
