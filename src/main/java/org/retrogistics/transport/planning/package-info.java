/** Pickup route planning (milk runs): a capacitated vehicle-routing solver with time windows, in plain Java. */
package org.retrogistics.transport.planning;
