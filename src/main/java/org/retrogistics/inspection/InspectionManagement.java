package org.retrogistics.inspection;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.Unit;
import org.retrogistics.custody.UnitNotInCustody;
import org.retrogistics.custody.UnitState;
import org.retrogistics.custody.WarehouseLocation;
import org.retrogistics.inspection.internal.ChecklistRepository;
import org.retrogistics.inspection.internal.InspectionRepository;
import org.retrogistics.receiving.UnitReceived;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.FunctionalGrade;
import org.retrogistics.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inspection and grading. Receiving queues each unit it takes in (by event); an inspector answers the checklist the
 * unit's product family and reason call for; the answers give the grades, and the grades go to disposition by event.
 * Work orders regrade through here too, so every grade of a unit is in one history.
 */
@Service
@Transactional(readOnly = true)
public class InspectionManagement {

    /** A unit waiting for inspection. */
    public record QueuedUnit(
            UUID unitId,
            String licencePlate,
            String sku,
            String path,
            String reason,
            String outcome,
            String rmaNumber,
            Instant queuedAt) {}

    /** Grades set again after a work order; null keeps what the last grading said. */
    public record Regrade(
            FunctionalGrade functional,
            CosmeticGrade cosmetic,
            Boolean sanitised,
            Boolean locked,
            BatteryState batteryState,
            String source,
            String note) {}

    private final ChecklistRepository checklists;
    private final InspectionRepository inspections;
    private final CustodyLedger custody;
    private final CatalogManagement catalog;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InspectionManagement(
            ChecklistRepository checklists,
            InspectionRepository inspections,
            CustodyLedger custody,
            CatalogManagement catalog,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.checklists = checklists;
        this.inspections = inspections;
        this.custody = custody;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Receiving took a unit in: queue it on the path its reason or the dock's finding implies. Should the unit have
     * been inspected before this event arrived, its task is recorded as done.
     */
    @ApplicationModuleListener
    void on(UnitReceived received) {
        jdbc.sql(
                        """
                        insert into inspection_task (unit_id, client_id, path, reason, resolution, outcome, rma_number,
                          queued_at, done_at)
                        values (:unit, :client, :path, :reason, :resolution, :outcome, :rma, :at,
                          (select max(inspected_at) from inspection where unit_id = :unit))
                        on conflict (unit_id) do nothing
                        """)
                .param("unit", received.unitId())
                .param("client", received.clientId())
                .param("path", received.inspectionPath())
                .param("reason", received.reason())
                .param("resolution", received.resolution())
                .param("outcome", received.outcome().name())
                .param("rma", received.rmaNumber())
                .param("at", java.sql.Timestamp.from(received.occurredAt()))
                .update();
    }

    public List<QueuedUnit> queue(ClientId client, int limit) {
        return jdbc.sql(
                        """
                        select t.unit_id, u.licence_plate, u.sku, t.path, t.reason, t.outcome, t.rma_number, t.queued_at
                        from inspection_task t join unit u on u.id = t.unit_id
                        where t.client_id = :client and t.done_at is null
                        order by t.queued_at limit :limit
                        """)
                .param("client", client.value())
                .param("limit", limit)
                .query((rs, i) -> new QueuedUnit(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** The checklist this unit is inspected with: the client's for its family and path, else the default. */
    public ChecklistDefinition checklistFor(ClientId client, UUID unitId) {
        Unit unit = custody.unit(client, unitId);
        ProductFacts product = catalog.product(client, unit.getProductId());
        return checklistFor(client, product, task(unitId).map(Task::path).orElse(defaultPath(product)));
    }

    private ChecklistDefinition checklistFor(ClientId client, ProductFacts product, String path) {
        String family = product.family() == null ? "*" : product.family();
        return checklists
                .findFirstByClientIdAndFamilyAndPathAndActiveTrue(client.value(), family, path)
                .or(() -> checklists.findFirstByClientIdAndFamilyAndPathAndActiveTrue(client.value(), "*", path))
                .map(this::definition)
                .orElseGet(() -> DefaultChecklists.forPath(path));
    }

    private static String defaultPath(ProductFacts product) {
        return (product.dataBearing() || product.battery() != null
                        ? ReturnReason.InspectionPath.FUNCTIONAL_TEST
                        : ReturnReason.InspectionPath.COSMETIC_CHECK)
                .name();
    }

    /** Records an inspection: grades from the answers, the unit held if its authenticity is in doubt. */
    @Transactional
    public Inspection inspect(Actor actor, UUID unitId, InspectionFacts facts) {
        ClientId client = actor.clientId();
        Unit unit = custody.unit(client, unitId);
        if (unit.getState() != UnitState.IN_CUSTODY) {
            throw new UnitNotInCustody(unit, "inspected");
        }
        ProductFacts product = catalog.product(client, unit.getProductId());
        Optional<Task> task = task(unitId);
        ChecklistDefinition checklist =
                checklistFor(client, product, task.map(Task::path).orElse(defaultPath(product)));
        Grading.Result grades = Grading.grade(checklist, facts.answers(), facts.cosmeticGrade());
        BatteryState battery = facts.batteryState();
        if (battery == null) {
            if (product.battery() != null) {
                throw new BatteryStateRequired(product.sku());
            }
            battery = BatteryState.NONE;
        }
        boolean dataBearing = facts.dataBearing() == null ? product.dataBearing() : facts.dataBearing();
        List<String> hold = AuthenticityCheck.reasonsToHold(
                unit.getSerial(), facts.serialSeen(), facts.counterfeitSigns(), facts.answers());
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
        Instant now = clock.instant();
        Inspection inspection = inspections.save(new Inspection(
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
                json.writeValueAsString(findings),
                actor.name(),
                now));
        WarehouseLocation next =
                !hold.isEmpty() || battery.hazardous() ? WarehouseLocation.QUARANTINE : WarehouseLocation.INSPECTION;
        custody.record(
                client,
                unitId,
                new CustodyMove(
                        CustodyEventType.MOVED,
                        next.name(),
                        null,
                        now,
                        actor.name(),
                        "inspection:" + inspection.getId(),
                        "graded " + grades.functional() + "/" + grades.cosmetic()
                                + (hold.isEmpty() ? "" : "; held: " + String.join("; ", hold))));
        jdbc.sql("update inspection_task set done_at = :at where unit_id = :unit and done_at is null")
                .param("at", java.sql.Timestamp.from(now))
                .param("unit", unitId)
                .update();
        if (!hold.isEmpty()) {
            events.publishEvent(new UnitHeld(
                    unitId, client.value(), task.map(Task::rma).orElse(null), String.join("; ", hold), now));
        }
        events.publishEvent(graded(inspection, unit, task, "inspection"));
        return inspection;
    }

    /** Grades a unit again after a work order: the new grading joins the unit's history and goes to disposition. */
    @Transactional
    public Inspection regrade(Actor actor, UUID unitId, Regrade regrade) {
        ClientId client = actor.clientId();
        Unit unit = custody.unit(client, unitId);
        Inspection last = latest(client, unitId).orElseThrow(() -> new NotInspected(unit));
        Instant now = clock.instant();
        List<String> findings = new ArrayList<>();
        if (regrade.note() != null && !regrade.note().isBlank()) {
            findings.add(regrade.note().strip());
        }
        Inspection inspection = inspections.save(new Inspection(
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
                now));
        events.publishEvent(graded(inspection, unit, task(unitId), regrade.source()));
        return inspection;
    }

    private UnitGraded graded(Inspection i, Unit unit, Optional<Task> task, String source) {
        return new UnitGraded(
                unit.getId(),
                i.getClientId(),
                unit.getProductId(),
                i.getId(),
                i.getFunctionalGrade(),
                i.getCosmeticGrade(),
                i.isDataBearing(),
                i.isSanitised(),
                i.isLocked(),
                i.getBatteryState(),
                i.isAuthenticityHold(),
                task.map(Task::reason).orElse(null),
                task.map(Task::resolution).orElse(null),
                source,
                i.getInspectedAt());
    }

    public Optional<Inspection> latest(ClientId client, UUID unitId) {
        return inspections.findFirstByClientIdAndUnitIdOrderByInspectedAtDesc(client.value(), unitId);
    }

    public List<Inspection> history(ClientId client, UUID unitId) {
        custody.unit(client, unitId);
        return inspections.findByClientIdAndUnitIdOrderByInspectedAtDesc(client.value(), unitId);
    }

    public List<String> findings(Inspection i) {
        return json.readValue(i.getFindings(), new TypeReference<List<String>>() {});
    }

    public Map<String, String> answers(Inspection i) {
        return json.readValue(i.getAnswers(), new TypeReference<Map<String, String>>() {});
    }

    /** Publishes a new version of a client's checklist for a family and path; the previous version retires. */
    @Transactional
    public ChecklistDefinition publishChecklist(
            Actor actor, String family, String path, String name, List<ChecklistItem> items) {
        if (!DefaultChecklists.knownPath(path)) {
            DefaultChecklists.forPath(path);
        }
        String fam = family == null || family.isBlank() ? "*" : family.strip();
        ChecklistDefinition checked = new ChecklistDefinition(null, fam, path, 1, name, items);
        Optional<Checklist> previous = checklists.findFirstByClientIdAndFamilyAndPathOrderByVersionDesc(
                actor.clientId().value(), fam, path);
        previous.ifPresent(Checklist::retire);
        checklists.flush();
        Checklist saved = checklists.save(new Checklist(
                actor.clientId().value(),
                fam,
                path,
                previous.map(p -> p.getVersion() + 1).orElse(1),
                name,
                json.writeValueAsString(checked.items()),
                actor.name()));
        return definition(saved);
    }

    public List<ChecklistDefinition> checklists(ClientId client) {
        return checklists.findByClientIdOrderByFamilyAscPathAscVersionDesc(client.value()).stream()
                .map(this::definition)
                .toList();
    }

    public ChecklistDefinition checklist(ClientId client, UUID id) {
        return checklists
                .findByIdAndClientId(id, client.value())
                .map(this::definition)
                .orElseThrow(() -> new NotFound("checklist", id));
    }

    private ChecklistDefinition definition(Checklist c) {
        return new ChecklistDefinition(
                c.getId(),
                c.getFamily(),
                c.getPath(),
                c.getVersion(),
                c.getName(),
                json.readValue(c.getItems(), new TypeReference<List<ChecklistItem>>() {}));
    }

    private record Task(String path, String reason, String resolution, String rma) {}

    private Optional<Task> task(UUID unitId) {
        return jdbc.sql("select path, reason, resolution, rma_number from inspection_task where unit_id = :unit")
                .param("unit", unitId)
                .query((rs, i) -> new Task(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** A product with a battery needs its battery state recorded. */
    public static class BatteryStateRequired extends DomainException {
        BatteryStateRequired(String sku) {
            super(
                    Kind.INVALID,
                    "battery-state-required",
                    sku + " carries a lithium battery: record its state (OK, DAMAGED_DEFECTIVE or CRITICAL)");
        }
    }

    /** Regrading needs a first grading. */
    public static class NotInspected extends DomainException {
        NotInspected(Unit unit) {
            super(Kind.CONFLICT, "not-inspected", "unit " + unit.getLicencePlate() + " has not been inspected yet");
        }
    }
}
