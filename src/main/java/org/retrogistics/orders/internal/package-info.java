/** Orders persistence. */
package org.retrogistics.orders.internal;
