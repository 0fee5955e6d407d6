/** Workshop: work orders (repair, refurbish, teardown, repackage, relabel, re-kit, sanitise), technicians, labels. */
package org.retrogistics.workshop;
