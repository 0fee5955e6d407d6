/** Resale persistence. */
package org.retrogistics.resale.internal;
