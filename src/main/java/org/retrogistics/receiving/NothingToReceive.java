package org.retrogistics.receiving;

import java.util.List;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.shared.DomainException;

/** The code is known but announces nothing that can still arrive. */
public class NothingToReceive extends DomainException {
    NothingToReceive(String code, List<UnitSnapshot> units) {
        super(
                Kind.CONFLICT,
                "nothing-to-receive",
                units.isEmpty()
                        ? "'" + code + "' announces no units"
                        : "'" + code + "' announces no unit still expected (states: "
                                + units.stream()
                                        .map(u -> u.state().name())
                                        .distinct()
                                        .toList() + "); take a blind receipt if something arrived");
    }
}
