package org.retrogistics.resale.api;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.disposition.GradeBand;
import org.retrogistics.resale.AssemblingLots;
import org.retrogistics.resale.Lot;
import org.retrogistics.resale.LotManagement;
import org.retrogistics.resale.LotManagement.LotUnit;
import org.retrogistics.resale.LotSnapshot;
import org.retrogistics.resale.LotStatus;
import org.retrogistics.resale.SellingLots;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.PageOf;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
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

/** Lots with their units and manifests. */
@RestController
class LotsApi {

    private final LotManagement lots;
    private final AssemblingLots assembling;
    private final SellingLots selling;

    LotsApi(LotManagement lots, AssemblingLots assembling, SellingLots selling) {
        this.lots = lots;
        this.assembling = assembling;
        this.selling = selling;
    }

    record LotView(
            UUID id,
            String number,
            String title,
            LotStatus status,
            String category,
            GradeBand gradeBand,
            String site,
            int units,
            String currency,
            UUID channelId,
            Money salePrice,
            Money fee,
            String buyer,
            Instant createdAt,
            String createdBy,
            Instant closedAt,
            Instant soldAt,
            Long version) {}

    record NewLot(
            @Size(max = 200) String title,
            @Size(max = 10_000) List<@NotNull UUID> unitIds,
            @Size(max = 100) String category,
            GradeBand gradeBand,
            @Size(max = 40) String site) {}

    record Units(@NotNull @Size(min = 1, max = 10_000) List<@NotNull UUID> unitIds) {}

    record LotSale(BigDecimal price, @Size(max = 200) String buyer, UUID channelId) {}

    private LotView view(Lot lot) {
        LotSnapshot l = LotSnapshot.of(lot);
        return new LotView(
                l.id(),
                l.number(),
                l.title(),
                l.status(),
                l.category(),
                l.gradeBand(),
                l.site(),
                lots.unitCount(l.id()),
                l.currency(),
                l.channelId(),
                l.salePrice(),
                l.fee(),
                l.buyer(),
                l.createdAt(),
                l.createdBy(),
                l.closedAt(),
                l.soldAt(),
                l.version());
    }

    private ResponseEntity<LotView> ok(Lot l) {
        return ResponseEntity.ok().eTag(IfMatch.etag(l.getVersion())).body(view(l));
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : Money.of(amount, currency);
    }

    // ---- lots

    @GetMapping("/api/lots")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    PageOf<LotView> lots(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) LotStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") @Max(500) int size) {
        int p = Math.max(0, page);
        int n = Math.max(1, size);
        var result = lots.search(actor.clientId(), status, PageRequest.of(p, n, Sort.by("createdAt")));
        return PageOf.of(result.getContent().stream().map(this::view).toList(), p, n, result.getTotalElements());
    }

    /** A lot of named units, or by rule: every free unit decided for a lot in a category and grade band. */
    @PostMapping("/api/lots")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<LotView> create(@AuthenticationPrincipal Actor actor, @Valid @RequestBody NewLot body) {
        Lot l = assembling.create(
                actor,
                new AssemblingLots.LotRequest(
                        body.title(), body.unitIds(), body.category(), body.gradeBand(), body.site()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(IfMatch.etag(l.getVersion()))
                .body(view(l));
    }

    @GetMapping("/api/lots/{id}")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<LotView> lot(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ok(lots.get(actor.clientId(), id));
    }

    @GetMapping("/api/lots/{id}/units")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    PageOf<LotUnit> units(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") @Max(1000) int size) {
        return lots.units(actor.clientId(), id, Math.max(0, page), Math.max(1, size));
    }

    @PostMapping("/api/lots/{id}/units")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<LotView> addUnits(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Units body) {
        return ok(assembling.addUnits(actor, id, IfMatch.version(ifMatch), body.unitIds()));
    }

    @PostMapping("/api/lots/{id}/close")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<LotView> close(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(lots.close(actor, id, IfMatch.version(ifMatch)));
    }

    @PostMapping("/api/lots/{id}/reopen")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<LotView> reopen(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(lots.reopen(actor, id, IfMatch.version(ifMatch)));
    }

    @PostMapping("/api/lots/{id}/cancel")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    ResponseEntity<LotView> cancel(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(lots.cancel(actor, id, IfMatch.version(ifMatch)));
    }

    @PostMapping("/api/lots/{id}/sell")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    ResponseEntity<LotView> sell(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LotSale body) {
        Lot current = lots.get(actor.clientId(), id);
        return ok(selling.sell(
                actor,
                id,
                IfMatch.version(ifMatch),
                money(body.price(), current.getCurrency()),
                body.buyer(),
                body.channelId()));
    }

    /** The manifest as CSV, streamed: item, description, quantity, unit and extended retail, brand, GTIN/UPC, ... */
    @GetMapping(value = "/api/lots/{id}/manifest.csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    void manifest(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        Lot lot = lots.get(actor.clientId(), id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"manifest-" + lot.getNumber() + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        lots.writeManifest(actor.clientId(), id, new java.io.BufferedWriter(out, 64 * 1024));
    }
}
