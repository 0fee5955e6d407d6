/** The workshop API: work-order queues and steps, technicians' qualifications, labels, the outcome queue. */
package org.retrogistics.workshop.api;
