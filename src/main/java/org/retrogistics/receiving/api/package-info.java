/** The receiving API: scans, blind receipts, recent receipts. */
package org.retrogistics.receiving.api;
