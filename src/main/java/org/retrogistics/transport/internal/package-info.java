/** Transport persistence. */
package org.retrogistics.transport.internal;
