/** Receiving persistence. */
package org.retrogistics.receiving.internal;
