package org.retrogistics.receiving;

/** A dock scan: the code read, what the dock found, and optionally where the units go. */
public record Scan(String code, ReceiptOutcome outcome, String location, String container, String note) {}
