package org.retrogistics.recalls;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.recalls.RecallManagement.StaleRecall;
import org.retrogistics.recalls.internal.RecallMatching;
import org.retrogistics.recalls.internal.RecallStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a recall campaign from criteria (refused, writing nothing, when it matches nothing) and launches it: the
 * units already known are announced as recalled, and the returns are left to the background job.
 */
@Service
@Transactional(readOnly = true)
public class LaunchingRecalls {

    private static final int UNITS_PER_EVENT = 5000;

    private final RecallManagement management;
    private final RecallStore store;
    private final RecallMatching matching;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LaunchingRecalls(
            RecallManagement management,
            RecallStore store,
            RecallMatching matching,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.management = management;
        this.store = store;
        this.matching = matching;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Records a campaign in DRAFT; refused (and nothing recorded) when its criteria match no item at all. */
    @Transactional
    public RecallCampaign create(Actor actor, RecallDraft draft) {
        RecallCriteria criteria = management.criteria(actor.clientId(), draft);
        RecallPreview preview = matching.preview(actor.clientId().value(), criteria);
        if (preview.expected() == 0) {
            throw new RecallMatchesNothing(criteria.describe());
        }
        RecallCampaign c = draft(actor, criteria, draft);
        store.insert(c);
        return management.get(actor.clientId(), c.getId());
    }

    /**
     * Launches a campaign: records the matched order lines and the units already known (those with us count as
     * returned at once; every one of them is announced as recalled so that disposition decides it again), and hands
     * the creation of the returns to the background job. Refused, writing nothing, if nothing matches any more.
     */
    @Transactional
    public RecallCampaign launch(Actor actor, UUID id, Long expectedVersion) {
        RecallCampaign c = management.load(actor.clientId(), id, expectedVersion);
        Instant now = clock.instant();
        c.launch(actor.name(), now);
        int[] lines = matching.snapshotLines(c.getId(), c.getClientId(), c.getCriteria());
        Map<UUID, Boolean> existing = matching.addExistingUnits(c.getId(), c.getClientId(), c.getCriteria(), now);
        if (lines[1] + existing.size() == 0) {
            throw new RecallMatchesNothing(c.getCriteria().describe());
        }
        matching.launchTotals(c.getId(), lines[0], lines[1] + existing.size());
        if (!store.update(c)) {
            throw new StaleRecall(c.getNumber());
        }
        List<UUID> ids = new ArrayList<>(existing.keySet());
        for (int i = 0; i < ids.size(); i += UNITS_PER_EVENT) {
            events.publishEvent(new UnitsRecalled(
                    c.getClientId(),
                    c.getId(),
                    c.getNumber(),
                    List.copyOf(ids.subList(i, Math.min(ids.size(), i + UNITS_PER_EVENT))),
                    now));
        }
        events.publishEvent(new RecallLaunched(c.getId(), c.getClientId(), c.getNumber(), actor.name(), now));
        return management.get(actor.clientId(), id);
    }

    /**
     * Creates and launches at once: one call for a campaign that needs no second look. The launch's own match stands
     * in for the draft's count; when nothing matches, the whole call is refused and nothing is recorded.
     */
    @Transactional
    public RecallCampaign createAndLaunch(Actor actor, RecallDraft draft) {
        RecallCampaign c = draft(actor, management.criteria(actor.clientId(), draft), draft);
        store.insert(c);
        return launch(actor, c.getId(), c.getVersion());
    }

    private RecallCampaign draft(Actor actor, RecallCriteria criteria, RecallDraft draft) {
        return RecallCampaign.draft(
                new RecallCampaign.Definition(
                        actor.clientId().value(),
                        "RC-%06d".formatted(store.nextNumber()),
                        draft.name().strip(),
                        criteria,
                        draft.remedy(),
                        draft.note()),
                actor.name(),
                clock.instant());
    }
}
