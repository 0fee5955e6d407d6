package org.retrogistics.receiving;

import java.util.Locale;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.returns.ReceivableLine;
import org.retrogistics.shared.DomainException;

/** The unit's return no longer takes units in (cancelled, expired, closed). */
public class NotExpected extends DomainException {
    NotExpected(UnitSnapshot unit, ReceivableLine line) {
        super(
                Kind.CONFLICT,
                "not-expected",
                unit.licencePlate() + " belongs to " + line.rmaNumber() + ", which is "
                        + line.status().name().toLowerCase(Locale.ROOT)
                        + " and takes nothing in; take a blind receipt if it arrived anyway");
    }
}
