package org.retrogistics.receiving;

import org.retrogistics.returns.ReturnReason;

/** A unit that arrived with nothing announcing it, or as an extra in a parcel (then with its return's RMA). */
public record BlindReceipt(String sku, String serial, String lot, ReturnReason reason, String rmaNumber, String note) {}
