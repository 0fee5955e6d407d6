/** The audit trail over HTTP: a paged, filtered read and a CSV export, for managers and administrators. */
package org.retrogistics.audit.api;
