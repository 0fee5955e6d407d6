package org.retrogistics.disposition;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager overrides the engine's choice; the reason is required and the change is audited in the change trail. */
@Service
@Transactional(readOnly = true)
public class OverridingDispositions {

    private final DispositionManagement dispositions;
    private final DecisionStore store;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OverridingDispositions(
            DispositionManagement dispositions,
            DecisionStore store,
            Optional<Clock> clock,
            ApplicationEventPublisher events) {
        this.dispositions = dispositions;
        this.store = store;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Overrides the option in force; a revision, when given, must be the current one. */
    @Transactional
    public StoredDecision override(
            Actor actor, UUID unitId, DispositionOption option, String reason, Integer revision) {
        StoredDecision stored =
                dispositions.current(actor.clientId(), unitId).orElseThrow(() -> new NotFound("disposition", unitId));
        IfMatch.requireCurrent(
                revision, stored.revision(), () -> new StaleDecision(unitId, revision, stored.revision()));
        DispositionOption before = stored.decision().option();
        DispositionDecision next = stored.decision().override(option, reason, actor.name(), clock.instant());
        int rev = stored.revision() + 1;
        store.write(next, rev, true);
        store.change(next, rev, before, "override", actor.name(), reason.strip());
        store.announce(next, before, rev, "override");
        events.publishEvent(new DispositionOverridden(
                unitId, actor.clientId().value(), before, option, rev, actor.name(), reason.strip(), clock.instant()));
        return dispositions.current(actor.clientId(), unitId).orElseThrow();
    }
}
