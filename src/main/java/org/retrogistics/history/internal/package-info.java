/** The streaming import: reading and classifying lines, batches committed with their checkpoint, return matching. */
package org.retrogistics.history.internal;
