/** Recycling and destruction: certified recyclers, weighed batches with certificates, disposals, landfill diversion. */
package org.retrogistics.recycling;
