/** Orders REST API. */
package org.retrogistics.orders.api;
