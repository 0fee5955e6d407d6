package org.retrogistics.inspection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.inspection.internal.ChecklistRepository;
import org.retrogistics.inspection.internal.InspectionRepository;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inspection and grading, as recorded: the queue, each unit's checklist and gradings, the client's checklists.
 * Receiving queues each unit it takes in (by event, {@link InspectionQueue}); an inspector answers the checklist the
 * unit's product family and reason call for ({@link InspectingUnits}); work orders regrade ({@link RegradingUnits}),
 * so every grade of a unit is in one history.
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

    private final ChecklistRepository checklists;
    private final InspectionRepository inspections;
    private final CustodyLedger custody;
    private final CatalogManagement catalog;
    private final InspectionQueue queue;
    private final JsonMapper json = JsonMapper.builder().build();

    InspectionManagement(
            ChecklistRepository checklists,
            InspectionRepository inspections,
            CustodyLedger custody,
            CatalogManagement catalog,
            InspectionQueue queue) {
        this.checklists = checklists;
        this.inspections = inspections;
        this.custody = custody;
        this.catalog = catalog;
        this.queue = queue;
    }

    public List<QueuedUnit> queue(ClientId client, int limit) {
        return queue.queue(client, limit);
    }

    /** What an inspection of a unit works from: its product, its task in the queue (if any) and its checklist. */
    record Subject(ProductFacts product, Optional<InspectionQueue.Task> task, ChecklistDefinition checklist) {}

    Subject subject(ClientId client, UnitSnapshot unit) {
        ProductFacts product = catalog.product(client, unit.productId());
        Optional<InspectionQueue.Task> task = queue.task(unit.id());
        return new Subject(
                product,
                task,
                checklistFor(
                        client, product, task.map(InspectionQueue.Task::path).orElse(defaultPath(product))));
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

    /** The unit's latest inspection, as other modules read it. */
    public Optional<InspectionSnapshot> latest(ClientId client, UUID unitId) {
        return last(client, unitId).map(this::snapshot);
    }

    Optional<Inspection> last(ClientId client, UUID unitId) {
        return inspections.findFirstByClientIdAndUnitIdOrderByInspectedAtDesc(client.value(), unitId);
    }

    private InspectionSnapshot snapshot(Inspection i) {
        return new InspectionSnapshot(
                i.getId(),
                i.getUnitId(),
                i.getFunctionalGrade(),
                i.getCosmeticGrade(),
                i.isDataBearing(),
                i.isSanitised(),
                i.getBatteryState(),
                i.isAuthenticityHold(),
                findings(i),
                i.getInspector(),
                i.getInspectedAt());
    }

    public List<Inspection> history(ClientId client, UUID unitId) {
        custody.unit(client, unitId);
        return inspections.findByClientIdAndUnitIdOrderByInspectedAtDesc(client.value(), unitId);
    }

    /** The unit's inspections, newest first, as values. */
    public List<InspectionHistorySnapshot> historySnapshots(ClientId client, UUID unitId) {
        return history(client, unitId).stream()
                .map(i -> new InspectionHistorySnapshot(snapshot(i), i.getSource(), i.isLocked(), answers(i)))
                .toList();
    }

    public List<String> findings(Inspection i) {
        return json.readValue(i.getFindings(), new TypeReference<List<String>>() {});
    }

    public Map<String, String> answers(Inspection i) {
        return json.readValue(i.getAnswers(), new TypeReference<Map<String, String>>() {});
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

    ChecklistDefinition definition(Checklist c) {
        return new ChecklistDefinition(
                c.getId(),
                c.getFamily(),
                c.getPath(),
                c.getVersion(),
                c.getName(),
                json.readValue(c.getItems(), new TypeReference<List<ChecklistItem>>() {}));
    }
}
