package org.retrogistics.receiving;

import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.shared.DomainException;

/** The unit is in the warehouse already; the scan changed nothing. */
public class AlreadyReceived extends DomainException {
    AlreadyReceived(String code, UnitSnapshot unit, Receipt first) {
        super(
                Kind.CONFLICT,
                "already-received",
                unit.licencePlate() + " (scanned " + code + ") is already in the warehouse"
                        + (first == null
                                ? ""
                                : ": received " + first.getRecordedAt() + " by " + first.getRecordedBy() + " to "
                                        + first.getLocation())
                        + "; nothing was recorded");
    }
}
