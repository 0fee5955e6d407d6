/** Persistence and document rendering of the recycling module. */
package org.retrogistics.recycling.internal;
