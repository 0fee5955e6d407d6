package org.retrogistics.inspection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.inspection.InspectionQueue.Task;
import org.retrogistics.inspection.internal.InspectionRepository;
import org.retrogistics.shared.ClientId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Grades a unit again after a work order: the new grading joins the unit's history and goes to disposition. */
@Service
@Transactional(readOnly = true)
public class RegradingUnits {

    private final InspectionManagement inspection;
    private final InspectionQueue queue;
    private final CustodyLedger custody;
    private final InspectionRepository inspections;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;

    RegradingUnits(
            InspectionManagement inspection,
            InspectionQueue queue,
            CustodyLedger custody,
            InspectionRepository inspections,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.inspection = inspection;
        this.queue = queue;
        this.custody = custody;
        this.inspections = inspections;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Regrades a unit that was graded before: the grades not given stay as the last grading had them. */
    @Transactional
    public Inspection regrade(Actor actor, UUID unitId, Regrade regrade) {
        ClientId client = actor.clientId();
        UnitSnapshot unit = custody.unit(client, unitId);
        Inspection last = inspection.last(client, unitId).orElseThrow(() -> new NotInspected(unit));
        Instant now = clock.instant();
        List<String> findings = new ArrayList<>();
        if (regrade.note() != null && !regrade.note().isBlank()) {
            findings.add(regrade.note().strip());
        }
        Inspection saved = inspections.save(new Inspection(new InspectionDraft(
                client.value(),
                unitId,
                null,
                regrade.source(),
                "{}",
                regrade.functional() == null ? last.getFunctionalGrade() : regrade.functional(),
                regrade.cosmetic() == null ? last.getCosmeticGrade() : regrade.cosmetic(),
                last.isDataBearing(),
                regrade.sanitised() == null ? last.isSanitised() : regrade.sanitised(),
                regrade.locked() == null ? last.isLocked() : regrade.locked(),
                regrade.batteryState() == null ? last.getBatteryState() : regrade.batteryState(),
                last.isAuthenticityHold(),
                json.writeValueAsString(findings),
                actor.name(),
                now)));
        Optional<Task> task = queue.task(unitId);
        events.publishEvent(UnitGraded.of(
                saved,
                unit,
                task.map(Task::reason).orElse(null),
                task.map(Task::resolution).orElse(null),
                regrade.source()));
        return saved;
    }

    /** Regrades the unit if it was ever graded (a unit mended before its first inspection has nothing to regrade). */
    @Transactional
    public Optional<Inspection> regradeIfGraded(Actor actor, UUID unitId, Regrade regrade) {
        if (inspection.last(actor.clientId(), unitId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(regrade(actor, unitId, regrade));
    }
}
