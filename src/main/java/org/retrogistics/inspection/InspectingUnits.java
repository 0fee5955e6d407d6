package org.retrogistics.inspection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.UnitNotInCustody;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.custody.UnitState;
import org.retrogistics.custody.WarehouseLocation;
import org.retrogistics.inspection.InspectionManagement.QueuedUnit;
import org.retrogistics.inspection.InspectionManagement.Subject;
import org.retrogistics.inspection.InspectionQueue.Task;
import org.retrogistics.inspection.internal.InspectionRepository;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.ClientId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * An inspector answers the checklist the unit's product family and reason call for; the answers give the grades, the
 * unit is held if its authenticity is in doubt, and the grades go to disposition by event.
 */
@Service
@Transactional(readOnly = true)
public class InspectingUnits {

    private final InspectionManagement inspection;
    private final InspectionQueue queue;
    private final CustodyLedger custody;
    private final InspectionRepository inspections;
    private final ApplicationEventPublisher events;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;

    InspectingUnits(
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

    /** The checklist this unit is inspected with: the client's for its family and path, else the default. */
    public ChecklistDefinition checklistFor(ClientId client, UUID unitId) {
        return inspection.subject(client, custody.unit(client, unitId)).checklist();
    }

    /**
     * What the inspection form shows for a unit: the unit, the checklist it is inspected with, whether its inspection
     * must record a battery state (its product carries a battery), and its task while it waits in the queue (else
     * null).
     */
    public record Form(UnitSnapshot unit, ChecklistDefinition checklist, boolean batteryRequired, QueuedUnit task) {}

    /** The inspection form's facts, read together: the unit and its product once. */
    public Form form(ClientId client, UUID unitId) {
        UnitSnapshot unit = custody.unit(client, unitId);
        Subject subject = inspection.subject(client, unit);
        return new Form(
                unit,
                subject.checklist(),
                subject.product().battery() != null,
                queue.waiting(client, unitId).orElse(null));
    }

    /** Records an inspection: grades from the answers, the unit held if its authenticity is in doubt. */
    @Transactional
    public Inspection inspect(Actor actor, UUID unitId, InspectionFacts facts) {
        ClientId client = actor.clientId();
        UnitSnapshot unit = custody.unit(client, unitId);
        if (unit.state() != UnitState.IN_CUSTODY) {
            throw new UnitNotInCustody(unit, "inspected");
        }
        Subject subject = inspection.subject(client, unit);
        ProductFacts product = subject.product();
        ChecklistDefinition checklist = subject.checklist();
        Grading.Result grades = Grading.grade(checklist, facts.answers(), facts.cosmeticGrade());
        BatteryState battery = batteryState(facts, product);
        boolean dataBearing = facts.dataBearing() == null ? product.dataBearing() : facts.dataBearing();
        List<String> hold = AuthenticityCheck.reasonsToHold(
                unit.serial(), facts.serialSeen(), facts.counterfeitSigns(), facts.answers());
        Instant now = clock.instant();
        Inspection saved = inspections.save(new Inspection(new InspectionDraft(
                client.value(),
                unitId,
                checklist.id(),
                checklist.builtIn()
                        ? "checklist:" + checklist.name()
                        : "checklist:" + checklist.name() + " v" + checklist.version(),
                json.writeValueAsString(facts.answers()),
                grades.functional(),
                grades.cosmetic(),
                dataBearing,
                false,
                facts.locked(),
                battery,
                !hold.isEmpty(),
                json.writeValueAsString(findings(grades, facts, battery, hold)),
                actor.name(),
                now)));
        moveOn(actor, saved, grades, hold);
        queue.done(unitId, now);
        Optional<Task> task = subject.task();
        if (!hold.isEmpty()) {
            events.publishEvent(new UnitHeld(
                    unitId, client.value(), task.map(Task::rma).orElse(null), String.join("; ", hold), now));
        }
        events.publishEvent(UnitGraded.of(
                saved,
                unit,
                task.map(Task::reason).orElse(null),
                task.map(Task::resolution).orElse(null),
                "inspection"));
        return saved;
    }

    /** A product with a battery needs its state recorded; one without has none. */
    private static BatteryState batteryState(InspectionFacts facts, ProductFacts product) {
        if (facts.batteryState() != null) {
            return facts.batteryState();
        }
        if (product.battery() != null) {
            throw new BatteryStateRequired(product.sku());
        }
        return BatteryState.NONE;
    }

    /** What a person reads to see why: the checklist's findings, then locks, hazards, holds and the inspector's note. */
    private static List<String> findings(
            Grading.Result grades, InspectionFacts facts, BatteryState battery, List<String> hold) {
        List<String> findings = new ArrayList<>(grades.findings());
        if (facts.locked()) {
            findings.add("account or carrier lock on");
        }
        if (battery.hazardous()) {
            findings.add("battery " + battery.name().toLowerCase(Locale.ROOT).replace('_', '/')
                    + ": hazardous handling, no air");
        }
        hold.forEach(h -> findings.add("held: " + h));
        if (facts.notes() != null && !facts.notes().isBlank()) {
            findings.add("note: " + facts.notes().strip());
        }
        return findings;
    }

    /** The unit goes to quarantine when held or hazardous, else on along the inspection area. */
    private void moveOn(Actor actor, Inspection saved, Grading.Result grades, List<String> hold) {
        WarehouseLocation next = !hold.isEmpty() || saved.getBatteryState().hazardous()
                ? WarehouseLocation.QUARANTINE
                : WarehouseLocation.INSPECTION;
        custody.record(
                actor.clientId(),
                saved.getUnitId(),
                new CustodyMove(
                        CustodyEventType.MOVED,
                        next.name(),
                        null,
                        saved.getInspectedAt(),
                        actor.name(),
                        "inspection:" + saved.getId(),
                        "graded " + grades.functional() + "/" + grades.cosmetic()
                                + (hold.isEmpty() ? "" : "; held: " + String.join("; ", hold))));
    }
}
