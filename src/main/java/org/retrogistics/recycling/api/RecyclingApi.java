package org.retrogistics.recycling.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.recycling.BatchPurpose;
import org.retrogistics.recycling.BatchStatus;
import org.retrogistics.recycling.BatchingUnits;
import org.retrogistics.recycling.ClosingBatches;
import org.retrogistics.recycling.DisposingToLandfill;
import org.retrogistics.recycling.DisposingToLandfill.Disposal;
import org.retrogistics.recycling.LandfillDiversion;
import org.retrogistics.recycling.ProcessingMethod;
import org.retrogistics.recycling.RecyclingBatch;
import org.retrogistics.recycling.RecyclingBatchSnapshot;
import org.retrogistics.recycling.RecyclingManagement;
import org.retrogistics.recycling.WeightSource;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.shared.PageOf;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Recycling and destruction batches with certificates, disposals, diversion; recyclers are {@link RecyclersApi}. */
@RestController
class RecyclingApi {

    private final RecyclingManagement recycling;
    private final BatchingUnits batching;
    private final ClosingBatches closing;
    private final DisposingToLandfill disposing;
    private final LandfillDiversion diversion;

    RecyclingApi(
            RecyclingManagement recycling,
            BatchingUnits batching,
            ClosingBatches closing,
            DisposingToLandfill disposing,
            LandfillDiversion diversion) {
        this.batching = batching;
        this.closing = closing;
        this.disposing = disposing;
        this.recycling = recycling;
        this.diversion = diversion;
    }

    record NewBatch(
            @NotNull UUID recyclerId,
            @NotNull BatchPurpose purpose,
            LocalDate batchDate,
            @Size(max = 1000) String note) {}

    /** A unit to add; {@code overrideReason} when its disposition sends it elsewhere (recorded on the decision). */
    record AddUnit(
            UUID unitId,
            @Size(max = 100) String identity,
            @PositiveOrZero @Max(100_000_000) Long weightGrams,
            @Size(max = 1000) String overrideReason) {}

    record Close(
            @NotNull ProcessingMethod method,
            LocalDate processedOn,
            @Size(max = 100) String certificateNumber,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal cost,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal rebate) {}

    record BatchUnitView(
            UUID unitId,
            String licencePlate,
            String serial,
            String sku,
            String category,
            long weightGrams,
            WeightSource weightSource,
            boolean estimated,
            boolean dataBearing,
            String sanitisationCertificate,
            Instant addedAt,
            String addedBy) {

        static BatchUnitView of(RecyclingBatchSnapshot.Unit u) {
            return new BatchUnitView(
                    u.unitId(),
                    u.licencePlate(),
                    u.serial(),
                    u.sku(),
                    u.category(),
                    u.weightGrams(),
                    u.weightSource(),
                    u.estimated(),
                    u.dataBearing(),
                    u.sanitisationCertificate(),
                    u.addedAt(),
                    u.addedBy());
        }
    }

    record BatchView(
            UUID id,
            String number,
            UUID recyclerId,
            BatchPurpose purpose,
            BatchStatus status,
            LocalDate batchDate,
            ProcessingMethod method,
            LocalDate processedOn,
            String certificateNumber,
            BigDecimal cost,
            BigDecimal rebate,
            String currency,
            String note,
            long totalGrams,
            long estimatedGrams,
            int unitCount,
            Instant createdAt,
            String createdBy,
            Instant shippedAt,
            Instant closedAt,
            List<BatchUnitView> units) {

        /** Built from the batch's snapshot, so the entity has one mapping (the snapshot's). */
        static BatchView of(RecyclingBatchSnapshot b, boolean withUnits) {
            return new BatchView(
                    b.id(),
                    b.number(),
                    b.recyclerId(),
                    b.purpose(),
                    b.status(),
                    b.batchDate(),
                    b.method(),
                    b.processedOn(),
                    b.certificateNumber(),
                    b.cost(),
                    b.rebate(),
                    b.currency(),
                    b.note(),
                    b.totalGrams(),
                    b.estimatedGrams(),
                    b.units().size(),
                    b.createdAt(),
                    b.createdBy(),
                    b.shippedAt(),
                    b.closedAt(),
                    withUnits ? b.units().stream().map(BatchUnitView::of).toList() : null);
        }

        static BatchView of(RecyclingBatch b, boolean withUnits) {
            return of(RecyclingBatchSnapshot.of(b), withUnits);
        }
    }

    record NewDisposal(
            UUID unitId,
            @Size(max = 100) String identity,
            @PositiveOrZero @Max(100_000_000) Long weightGrams,
            @Size(max = 1000) String note) {}

    record DisposalView(
            UUID id,
            UUID unitId,
            String licencePlate,
            long weightGrams,
            WeightSource weightSource,
            boolean estimated,
            String note,
            Instant disposedAt,
            String disposedBy) {

        static DisposalView of(Disposal d) {
            return new DisposalView(
                    d.id(),
                    d.unitId(),
                    d.licencePlate(),
                    d.weight().grams(),
                    d.weight().source(),
                    d.weight().estimated(),
                    d.note(),
                    d.at(),
                    d.by());
        }
    }

    private static ResponseEntity<BatchView> ok(RecyclingBatch b) {
        return ResponseEntity.ok().eTag(IfMatch.etag(b.getVersion())).body(BatchView.of(b, true));
    }

    // ---- batches

    @PostMapping("/api/recycling/batches")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<BatchView> open(@AuthenticationPrincipal Actor actor, @Valid @RequestBody NewBatch body) {
        RecyclingBatch b = batching.open(actor, body.recyclerId(), body.purpose(), body.batchDate(), body.note());
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(IfMatch.etag(b.getVersion()))
                .body(BatchView.of(b, true));
    }

    @GetMapping("/api/recycling/batches")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    PageOf<BatchView> batches(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) BatchStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") @Max(500) int size) {
        int p = Math.max(0, page);
        int n = Math.max(1, size);
        var result = recycling.batchSnapshots(actor.clientId(), status, PageRequest.of(p, n));
        return PageOf.of(
                result.getContent().stream().map(b -> BatchView.of(b, false)).toList(),
                p,
                n,
                result.getTotalElements());
    }

    @GetMapping("/api/recycling/batches/{id}")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<BatchView> batch(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ok(recycling.batch(actor.clientId(), id));
    }

    /** Adds a unit or part by id or by licence plate / serial ({@code identity}), with its scale reading if weighed. */
    @PostMapping("/api/recycling/batches/{id}/units")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<BatchView> addUnit(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AddUnit body) {
        return ok(batching.addUnit(
                actor,
                id,
                IfMatch.version(ifMatch),
                new BatchingUnits.Addition(body.unitId(), body.identity(), body.weightGrams(), body.overrideReason())));
    }

    @PostMapping("/api/recycling/batches/{id}/ship")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<BatchView> ship(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(batching.ship(actor, id, IfMatch.version(ifMatch)));
    }

    @PostMapping("/api/recycling/batches/{id}/close")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    ResponseEntity<BatchView> close(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Close body) {
        return ok(closing.close(
                actor,
                id,
                IfMatch.version(ifMatch),
                new RecyclingBatch.Closing(
                        body.method(), body.processedOn(), body.certificateNumber(), body.cost(), body.rebate())));
    }

    @PostMapping("/api/recycling/batches/{id}/cancel")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    ResponseEntity<BatchView> cancel(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(batching.cancel(actor, id, IfMatch.version(ifMatch)));
    }

    /** The certificate of recycling or destruction issued when the batch closed. */
    @GetMapping(value = "/api/recycling/batches/{id}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        byte[] pdf = recycling.certificate(actor.clientId(), id);
        String number = recycling.batch(actor.clientId(), id).getCertificateNumber();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"certificate-" + number + ".pdf\"")
                .body(pdf);
    }

    // ---- disposal and diversion

    /** A unit decided DISPOSE goes to landfill with its weight. */
    @PostMapping("/api/recycling/disposals")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DisposalView> dispose(@AuthenticationPrincipal Actor actor, @Valid @RequestBody NewDisposal body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(DisposalView.of(
                        disposing.dispose(actor, body.unitId(), body.identity(), body.weightGrams(), body.note())));
    }

    /** Share of weight not sent to landfill, per category or month, over [from, to] (UTC days, both included). */
    @GetMapping("/api/recycling/diversion")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    LandfillDiversion.Report diversion(
            @AuthenticationPrincipal Actor actor,
            @RequestParam LocalDate from,
            @RequestParam LocalDate to,
            @RequestParam(defaultValue = "category") String groupBy) {
        return diversion.report(actor.clientId(), from, to, parse(groupBy));
    }

    static LandfillDiversion.GroupBy parse(String groupBy) {
        return switch (groupBy.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "month" -> LandfillDiversion.GroupBy.MONTH;
            case "category" -> LandfillDiversion.GroupBy.CATEGORY;
            default -> throw new BadGroupBy(groupBy);
        };
    }

    /** A grouping the report does not know. */
    static class BadGroupBy extends org.retrogistics.shared.DomainException {
        BadGroupBy(String groupBy) {
            super(Kind.INVALID, "invalid-group-by", "groupBy is category or month, not '" + groupBy + "'");
        }
    }
}
