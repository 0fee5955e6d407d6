/** Disposition persistence. */
package org.retrogistics.disposition.internal;
