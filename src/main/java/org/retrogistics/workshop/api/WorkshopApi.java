package org.retrogistics.workshop.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.FunctionalGrade;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.shared.PageOf;
import org.retrogistics.workshop.CarryingOutWork;
import org.retrogistics.workshop.CompletingWorkOrders;
import org.retrogistics.workshop.OpeningWorkOrders;
import org.retrogistics.workshop.QualifyingTechnicians;
import org.retrogistics.workshop.WorkOrder;
import org.retrogistics.workshop.WorkOrderRecords.Completion;
import org.retrogistics.workshop.WorkOrderRecords.HarvestedPart;
import org.retrogistics.workshop.WorkOrderRecords.PartUsed;
import org.retrogistics.workshop.WorkOrderRecords.SanitisationMethod;
import org.retrogistics.workshop.WorkOrderRecords.SanitisationRecord;
import org.retrogistics.workshop.WorkOrderRecords.TestResult;
import org.retrogistics.workshop.WorkOrderStatus;
import org.retrogistics.workshop.WorkshopManagement;
import org.retrogistics.workshop.WorkshopManagement.ReadyUnit;
import org.retrogistics.workshop.WorkshopManagement.TimelineEntry;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Work orders, their steps and labels; technicians' qualifications; the queue of units ready for their outcome. */
@RestController
class WorkshopApi {

    private final WorkshopManagement workshop;
    private final OpeningWorkOrders opening;
    private final CarryingOutWork work;
    private final CompletingWorkOrders completing;
    private final QualifyingTechnicians technicians;

    WorkshopApi(
            WorkshopManagement workshop,
            OpeningWorkOrders opening,
            CarryingOutWork work,
            CompletingWorkOrders completing,
            QualifyingTechnicians technicians) {
        this.workshop = workshop;
        this.opening = opening;
        this.work = work;
        this.completing = completing;
        this.technicians = technicians;
    }

    record WorkOrderView(
            UUID id,
            String number,
            UUID unitId,
            WorkKind kind,
            WorkOrderStatus status,
            String family,
            String technician,
            List<String> requiredTests,
            List<TestResult> testResults,
            List<PartUsed> parts,
            BigDecimal partsCost,
            int labourMinutes,
            Completion result,
            SanitisationRecord sanitisation,
            String sourceRef,
            Instant createdAt,
            Instant updatedAt,
            Long version) {
        static WorkOrderView of(WorkOrder w) {
            return new WorkOrderView(
                    w.getId(),
                    w.getNumber(),
                    w.getUnitId(),
                    w.getKind(),
                    w.getStatus(),
                    w.getFamily(),
                    w.getTechnician(),
                    w.getRequiredTests(),
                    w.getTestResults(),
                    w.getParts(),
                    w.partsCost(),
                    w.getLabourMinutes(),
                    w.getResult(),
                    w.getSanitisation(),
                    w.getSourceRef(),
                    w.getCreatedAt(),
                    w.getUpdatedAt(),
                    w.getVersion());
        }
    }

    record NewWorkOrder(@NotNull UUID unitId, @NotNull WorkKind kind, @Size(max = 500) String note) {}

    record Assign(@NotBlank @Size(max = 100) String technician) {}

    record Note(@Size(max = 1000) String note) {}

    record Reason(@NotBlank @Size(max = 1000) String reason) {}

    record Test(
            @NotBlank @Size(max = 40) String name,
            @NotNull Boolean passed,
            @Size(max = 100) String value,
            @Size(max = 1000) String note) {}

    record Part(
            @NotBlank @Size(max = 64) String sku,
            @Size(max = 200) String description,
            @NotNull Integer quantity,
            BigDecimal unitCost) {}

    record Labour(@NotNull Integer minutes) {}

    record Sanitisation(
            @NotNull SanitisationMethod method,
            @NotBlank @Size(max = 100) String tool,
            @NotNull Boolean passed,
            @NotBlank @Size(max = 100) String operator,
            Instant at,
            @NotBlank @Size(max = 100) String certificateId) {}

    record Part2(
            @NotBlank @Size(max = 64) String sku,
            @Size(max = 100) String serial,
            @Size(max = 200) String description) {}

    record Complete(
            @Size(max = 3) String functionalGrade,
            @Size(max = 2) String cosmeticGrade,
            @Size(max = 64) String newSku,
            @Size(max = 200) List<@Valid Part2> harvested,
            @Valid Sanitisation sanitisation,
            @Size(max = 1000) String note) {}

    record Qualifications(@NotNull @Size(max = 100) List<@NotBlank @Size(max = 100) String> families) {}

    private static ResponseEntity<WorkOrderView> ok(WorkOrder w) {
        return ResponseEntity.ok().eTag(IfMatch.etag(w.getVersion())).body(WorkOrderView.of(w));
    }

    @GetMapping("/api/work-orders")
    @PreAuthorize("hasAnyRole('TECHNICIAN','WAREHOUSE','MANAGER','ADMIN')")
    PageOf<WorkOrderView> search(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) WorkOrderStatus status,
            @RequestParam(required = false) WorkKind kind,
            @RequestParam(required = false) @Size(max = 100) String technician,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") @Max(500) int size) {
        int p = Math.max(0, page);
        int n = Math.max(1, size);
        var result =
                workshop.search(actor.clientId(), status, kind, technician, PageRequest.of(p, n, Sort.by("createdAt")));
        return PageOf.of(result.getContent().stream().map(WorkOrderView::of).toList(), p, n, result.getTotalElements());
    }

    @PostMapping("/api/work-orders")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<WorkOrderView> open(@AuthenticationPrincipal Actor actor, @Valid @RequestBody NewWorkOrder body) {
        WorkOrder w = opening.open(actor, body.unitId(), body.kind(), body.note());
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(IfMatch.etag(w.getVersion()))
                .body(WorkOrderView.of(w));
    }

    @GetMapping("/api/work-orders/{id}")
    @PreAuthorize("hasAnyRole('TECHNICIAN','WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<WorkOrderView> get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ok(workshop.get(actor.clientId(), id));
    }

    @GetMapping("/api/work-orders/{id}/timeline")
    @PreAuthorize("hasAnyRole('TECHNICIAN','WAREHOUSE','MANAGER','ADMIN')")
    List<TimelineEntry> timeline(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return workshop.timeline(actor.clientId(), id);
    }

    /** A manager assigns any qualified technician; a technician may take an order for themself. */
    @PostMapping("/api/work-orders/{id}/assign")
    @PreAuthorize("hasAnyRole('TECHNICIAN','MANAGER','ADMIN')")
    ResponseEntity<WorkOrderView> assign(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Assign body) {
        if (!actor.has(Role.MANAGER)
                && !actor.has(Role.ADMIN)
                && !body.technician().strip().equals(actor.name())) {
            throw new OnlyForYourself();
        }
        return ok(work.assign(actor, id, IfMatch.version(ifMatch), body.technician()));
    }

    @PostMapping("/api/work-orders/{id}/start")
    @PreAuthorize("hasRole('TECHNICIAN')")
    ResponseEntity<WorkOrderView> start(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(work.start(actor, id, IfMatch.version(ifMatch)));
    }

    @PostMapping("/api/work-orders/{id}/pause")
    @PreAuthorize("hasRole('TECHNICIAN')")
    ResponseEntity<WorkOrderView> pause(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) Note body) {
        return ok(work.pause(actor, id, IfMatch.version(ifMatch), body == null ? null : body.note()));
    }

    @PostMapping("/api/work-orders/{id}/tests")
    @PreAuthorize("hasRole('TECHNICIAN')")
    ResponseEntity<WorkOrderView> test(
            @AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @RequestBody Test body) {
        return ok(work.recordTest(actor, id, body.name(), body.passed(), body.value(), body.note()));
    }

    @PostMapping("/api/work-orders/{id}/parts")
    @PreAuthorize("hasRole('TECHNICIAN')")
    ResponseEntity<WorkOrderView> part(
            @AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @RequestBody Part body) {
        return ok(work.usePart(actor, id, body.sku(), body.description(), body.quantity(), body.unitCost()));
    }

    @PostMapping("/api/work-orders/{id}/labour")
    @PreAuthorize("hasRole('TECHNICIAN')")
    ResponseEntity<WorkOrderView> labour(
            @AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @RequestBody Labour body) {
        return ok(work.addLabour(actor, id, body.minutes()));
    }

    @PostMapping("/api/work-orders/{id}/complete")
    @PreAuthorize("hasRole('TECHNICIAN')")
    ResponseEntity<WorkOrderView> complete(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Complete body) {
        Sanitisation s = body.sanitisation();
        Completion completion = new Completion(
                body.functionalGrade() == null ? null : FunctionalGrade.parse(body.functionalGrade()),
                body.cosmeticGrade() == null ? null : CosmeticGrade.parse(body.cosmeticGrade()),
                body.newSku(),
                body.harvested() == null
                        ? List.of()
                        : body.harvested().stream()
                                .map(p -> new HarvestedPart(p.sku(), p.serial(), p.description()))
                                .toList(),
                s == null
                        ? null
                        : new SanitisationRecord(
                                s.method(),
                                s.tool(),
                                s.passed(),
                                s.operator(),
                                s.at() == null ? Instant.now() : s.at(),
                                s.certificateId()),
                List.of(),
                body.note());
        return ok(completing.complete(actor, id, IfMatch.version(ifMatch), completion));
    }

    @PostMapping("/api/work-orders/{id}/cancel")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    ResponseEntity<WorkOrderView> cancel(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Reason body) {
        return ok(work.cancel(actor, id, IfMatch.version(ifMatch), body.reason()));
    }

    /** The unit's label for a relabel or repackage: 4×6 inch PDF with a GS1-128 or Code 128 barcode. */
    @GetMapping(value = "/api/work-orders/{id}/label.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('TECHNICIAN','WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<byte[]> label(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"label-" + id + ".pdf\"")
                .body(workshop.label(actor.clientId(), id));
    }

    @PutMapping("/api/technicians/{name}/qualifications")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    List<String> qualify(
            @AuthenticationPrincipal Actor actor,
            @PathVariable @Size(max = 100) String name,
            @Valid @RequestBody Qualifications body) {
        return technicians.qualify(actor, name, body.families());
    }

    @GetMapping("/api/technicians/{name}/qualifications")
    @PreAuthorize("hasAnyRole('TECHNICIAN','MANAGER','ADMIN')")
    List<String> qualifications(@AuthenticationPrincipal Actor actor, @PathVariable @Size(max = 100) String name) {
        return technicians.qualifications(actor.clientId(), name);
    }

    /** Units whose disposition needs no more work: ready to be restocked, listed, lotted or sent to a recycler. */
    @GetMapping("/api/workshop/outcome-queue")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    List<ReadyUnit> outcomeQueue(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "50") @jakarta.validation.constraints.Min(1) @Max(500) int limit) {
        return workshop.outcomeQueue(actor.clientId(), Math.max(1, limit));
    }

    /** A technician assigns work only to themself. */
    static class OnlyForYourself extends DomainException {
        OnlyForYourself() {
            super(
                    Kind.REJECTED,
                    "assign-yourself-only",
                    "a technician takes work orders for themself; a manager assigns others");
        }
    }
}
