package org.retrogistics.receiving;

import org.retrogistics.shared.DomainException;

/** Nothing we know carries this code. */
public class UnknownLabel extends DomainException {
    UnknownLabel(String code) {
        super(
                Kind.NOT_FOUND,
                "unknown-label",
                "no unit, return or tracking number matches '" + code
                        + "'; if the parcel has no paperwork, take a blind receipt");
    }
}
