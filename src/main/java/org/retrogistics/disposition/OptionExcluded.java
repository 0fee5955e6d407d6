package org.retrogistics.disposition;

import java.util.List;
import java.util.stream.Collectors;
import org.retrogistics.shared.DomainException;

/**
 * A disposition option that the hard rules exclude for this unit, e.g. a recalled unit to a resale channel. The
 * message carries the rules' reasons.
 */
public class OptionExcluded extends DomainException {

    private final DispositionOption option;
    private final List<Exclusion> exclusions;

    public OptionExcluded(DispositionOption option, List<Exclusion> exclusions) {
        super(
                Kind.REJECTED,
                "option-excluded",
                option + " is excluded for this unit: "
                        + exclusions.stream().map(Exclusion::reason).collect(Collectors.joining("; ")));
        this.option = option;
        this.exclusions = List.copyOf(exclusions);
    }

    public DispositionOption option() {
        return option;
    }

    public List<Exclusion> exclusions() {
        return exclusions;
    }
}
