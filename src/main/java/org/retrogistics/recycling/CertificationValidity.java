package org.retrogistics.recycling;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A batch goes to a recycler only while the recycler holds a valid certification (R2, e-Stewards or ISO 14001) on the
 * batch's date: a unit released to an uncertified party is a compliance breach and, for data-bearing units, a risk.
 */
public final class CertificationValidity {

    private CertificationValidity() {}

    public static Verdict check(Recycler recycler, LocalDate on) {
        List<Certification> valid = recycler.validOn(on);
        if (!valid.isEmpty()) {
            return Verdict.allow(recycler.getName() + " is certified on " + on + ": "
                    + valid.stream().map(Certification::toString).collect(Collectors.joining(", ")));
        }
        if (recycler.getCertifications().isEmpty()) {
            return Verdict.reject(recycler.getName() + " holds no certification on record");
        }
        return Verdict.reject(recycler.lastEnded(on)
                .map(c -> recycler.getName() + "'s certification lapsed: "
                        + c.getScheme().label() + " " + c.getNumber() + " was valid until " + c.getValidUntil()
                        + ", the batch date is " + on)
                .orElseGet(() -> recycler.getName() + "'s certification is not yet valid on " + on + ": "
                        + recycler.getCertifications().stream()
                                .map(Certification::toString)
                                .collect(Collectors.joining(", "))));
    }
}
