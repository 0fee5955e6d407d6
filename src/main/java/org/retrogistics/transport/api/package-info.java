/** The transport API: return labels, shipments, the signed carrier-event endpoint. */
package org.retrogistics.transport.api;
