package org.retrogistics.returns;

import org.retrogistics.shared.DomainException;

/** More units received on a line than it still expects. */
public class ReceiptExceedsExpected extends DomainException {

    public ReceiptExceedsExpected(String rmaNumber, int lineNo, int arrived, int outstanding) {
        super(
                Kind.REJECTED,
                "receipt-exceeds-expected",
                "Return " + rmaNumber + " line " + lineNo + " expects " + outstanding + " more, not " + arrived);
    }
}
