/** Storage and matching queries of recall campaigns. */
package org.retrogistics.recalls.internal;
