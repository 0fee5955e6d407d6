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
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.GradeBand;
import org.retrogistics.resale.ChannelKind;
import org.retrogistics.resale.Listing;
import org.retrogistics.resale.ListingStatus;
import org.retrogistics.resale.Lot;
import org.retrogistics.resale.LotManagement;
import org.retrogistics.resale.LotManagement.LotUnit;
import org.retrogistics.resale.LotStatus;
import org.retrogistics.resale.ResaleManagement;
import org.retrogistics.resale.SalesChannel;
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

/** Sales channels, listings and lots with their manifests. */
@RestController
class ResaleApi {

    private final ResaleManagement resale;
    private final LotManagement lots;

    ResaleApi(ResaleManagement resale, LotManagement lots) {
        this.resale = resale;
        this.lots = lots;
    }

    record ChannelView(
            UUID id,
            String code,
            String name,
            ChannelKind kind,
            BigDecimal feePercent,
            BigDecimal fixedFee,
            String currency,
            String source) {
        static ChannelView of(SalesChannel c) {
            return new ChannelView(
                    c.getId(),
                    c.getCode(),
                    c.getName(),
                    c.getKind(),
                    c.getFeePercent(),
                    c.getFixedFee(),
                    c.getCurrency(),
                    c.getSource());
        }
    }

    record NewChannel(
            @NotNull @Size(max = 40) String code,
            @Size(max = 100) String name,
            @NotNull ChannelKind kind,
            @NotNull BigDecimal feePercent,
            BigDecimal fixedFee) {}

    record ListingView(
            UUID id,
            String number,
            UUID unitId,
            UUID channelId,
            ListingStatus status,
            DispositionOption option,
            String sku,
            String title,
            String condition,
            Money askingPrice,
            String priceSource,
            Money salePrice,
            Money fee,
            String buyer,
            String note,
            Instant createdAt,
            Instant listedAt,
            Instant closedAt,
            Long version) {
        static ListingView of(Listing l) {
            return new ListingView(
                    l.getId(),
                    l.getNumber(),
                    l.getUnitId(),
                    l.getChannelId(),
                    l.getStatus(),
                    l.getOption(),
                    l.getSku(),
                    l.getTitle(),
                    l.getCondition(),
                    l.askingPrice(),
                    l.getPriceSource(),
                    l.salePrice(),
                    l.fee(),
                    l.getBuyer(),
                    l.getNote(),
                    l.getCreatedAt(),
                    l.getListedAt(),
                    l.getClosedAt(),
                    l.getVersion());
        }
    }

    record NewListing(@NotNull UUID unitId, UUID channelId, BigDecimal price) {}

    record Sale(BigDecimal price, @Size(max = 200) String buyer) {}

    record Reason(@Size(max = 1000) String reason) {}

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

    private LotView view(Lot l) {
        return new LotView(
                l.getId(),
                l.getNumber(),
                l.getTitle(),
                l.getStatus(),
                l.getCategory(),
                l.getGradeBand(),
                l.getSite(),
                lots.unitCount(l.getId()),
                l.getCurrency(),
                l.getChannelId(),
                l.salePrice(),
                l.fee(),
                l.getBuyer(),
                l.getCreatedAt(),
                l.getCreatedBy(),
                l.getClosedAt(),
                l.getSoldAt(),
                l.getVersion());
    }

    private ResponseEntity<LotView> ok(Lot l) {
        return ResponseEntity.ok().eTag(IfMatch.etag(l.getVersion())).body(view(l));
    }

    private static ResponseEntity<ListingView> ok(Listing l) {
        return ResponseEntity.ok().eTag(IfMatch.etag(l.getVersion())).body(ListingView.of(l));
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : Money.of(amount, currency);
    }

    // ---- channels

    @GetMapping("/api/channels")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    List<ChannelView> channels(@AuthenticationPrincipal Actor actor) {
        return resale.channels(actor.clientId()).stream().map(ChannelView::of).toList();
    }

    @PostMapping("/api/channels")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ChannelView> addChannel(@AuthenticationPrincipal Actor actor, @Valid @RequestBody NewChannel body) {
        SalesChannel c =
                resale.addChannel(actor, body.code(), body.name(), body.kind(), body.feePercent(), body.fixedFee());
        return ResponseEntity.status(HttpStatus.CREATED).body(ChannelView.of(c));
    }

    // ---- listings

    @GetMapping("/api/listings")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    PageOf<ListingView> listings(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) ListingStatus status,
            @RequestParam(required = false) UUID unitId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") @Max(500) int size) {
        int p = Math.max(0, page);
        int n = Math.max(1, size);
        var result = resale.listings(actor.clientId(), status, unitId, PageRequest.of(p, n, Sort.by("createdAt")));
        return PageOf.of(result.getContent().stream().map(ListingView::of).toList(), p, n, result.getTotalElements());
    }

    /** Lists a unit decided for resale (its draft, or a new listing), on a channel and at a price if given. */
    @PostMapping("/api/listings")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ListingView> list(@AuthenticationPrincipal Actor actor, @Valid @RequestBody NewListing body) {
        String currency = resale.currencyOf(actor.clientId());
        Listing l = resale.list(actor, body.unitId(), body.channelId(), money(body.price(), currency));
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(IfMatch.etag(l.getVersion()))
                .body(ListingView.of(l));
    }

    @GetMapping("/api/listings/{id}")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<ListingView> listing(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ok(resale.listing(actor.clientId(), id));
    }

    @PostMapping("/api/listings/{id}/sell")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    ResponseEntity<ListingView> sell(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) Sale body) {
        Listing current = resale.listing(actor.clientId(), id);
        Money price = body == null ? null : money(body.price(), current.getCurrency());
        return ok(resale.sell(actor, id, IfMatch.version(ifMatch), price, body == null ? null : body.buyer()));
    }

    @PostMapping("/api/listings/{id}/withdraw")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    ResponseEntity<ListingView> withdraw(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) Reason body) {
        return ok(resale.withdraw(actor, id, IfMatch.version(ifMatch), body == null ? null : body.reason()));
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
        Lot l = lots.create(
                actor,
                new LotManagement.LotRequest(
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
        return ok(lots.addUnits(actor, id, IfMatch.version(ifMatch), body.unitIds()));
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
        return ok(lots.sell(
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
