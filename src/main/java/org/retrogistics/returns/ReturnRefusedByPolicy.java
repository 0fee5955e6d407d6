package org.retrogistics.returns;

import java.util.List;
import java.util.stream.Collectors;
import org.retrogistics.shared.DomainException;

/** The return policy rejects at least one line; nothing is recorded, and each rejected line says why. */
public class ReturnRefusedByPolicy extends DomainException {

    private final List<LineVerdict> verdicts;

    public ReturnRefusedByPolicy(List<LineVerdict> verdicts) {
        super(
                Kind.REJECTED,
                "return-refused-by-policy",
                verdicts.stream()
                        .filter(v -> v.verdict().outcome() == PolicyOutcome.REJECT)
                        .map(v -> "line " + v.lineNo() + ": " + v.verdict().reason())
                        .collect(Collectors.joining("; ")));
        this.verdicts = List.copyOf(verdicts);
    }

    public List<LineVerdict> verdicts() {
        return verdicts;
    }
}
