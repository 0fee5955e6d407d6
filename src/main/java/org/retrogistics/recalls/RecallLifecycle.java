package org.retrogistics.recalls;

import static org.retrogistics.recalls.RecallStatus.CANCELLED;
import static org.retrogistics.recalls.RecallStatus.CLOSED;
import static org.retrogistics.recalls.RecallStatus.DRAFT;
import static org.retrogistics.recalls.RecallStatus.LAUNCHED;
import static org.retrogistics.recalls.RecallStatus.LAUNCHING;

import java.util.List;
import java.util.Optional;

/** The recall campaign's lifecycle as data: every allowed move, and nothing else. */
public final class RecallLifecycle {

    /** One allowed move. */
    public record Transition(RecallStatus from, RecallTrigger trigger, RecallStatus to) {}

    public static final List<Transition> TABLE = List.of(
            new Transition(DRAFT, RecallTrigger.LAUNCH, LAUNCHING),
            new Transition(DRAFT, RecallTrigger.CANCEL, CANCELLED),
            new Transition(LAUNCHING, RecallTrigger.FINISH_LAUNCH, LAUNCHED),
            new Transition(LAUNCHED, RecallTrigger.CLOSE, CLOSED));

    private RecallLifecycle() {}

    public static Optional<RecallStatus> next(RecallStatus from, RecallTrigger trigger) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.trigger() == trigger)
                .map(Transition::to)
                .findFirst();
    }

    public static List<RecallTrigger> possible(RecallStatus from) {
        return TABLE.stream()
                .filter(t -> t.from() == from)
                .map(Transition::trigger)
                .toList();
    }
}
