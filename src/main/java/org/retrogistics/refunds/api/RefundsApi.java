package org.retrogistics.refunds.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.refunds.ExchangeWithdrawal;
import org.retrogistics.refunds.LineResolution;
import org.retrogistics.refunds.MoneyMovement;
import org.retrogistics.refunds.MovementKind;
import org.retrogistics.refunds.MovementStatus;
import org.retrogistics.refunds.RefundManagement;
import org.retrogistics.refunds.RefundManagement.Outcome;
import org.retrogistics.refunds.ResolutionRequest;
import org.retrogistics.refunds.ResolvingReturnLines;
import org.retrogistics.refunds.SettlingMovements;
import org.retrogistics.refunds.StockingExchanges;
import org.retrogistics.returns.Resolution;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.PageOf;
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

/** Resolutions of a return, money movements (retry, cancel, release), exchange stock, finance export. */
@RestController
class RefundsApi {

    private final RefundManagement refunds;
    private final ResolvingReturnLines resolving;
    private final SettlingMovements settling;
    private final ExchangeWithdrawal exchanges;
    private final StockingExchanges stock;

    RefundsApi(
            RefundManagement refunds,
            ResolvingReturnLines resolving,
            SettlingMovements settling,
            ExchangeWithdrawal exchanges,
            StockingExchanges stock) {
        this.refunds = refunds;
        this.resolving = resolving;
        this.settling = settling;
        this.exchanges = exchanges;
        this.stock = stock;
    }

    record MovementView(
            UUID id,
            UUID resolutionId,
            UUID returnId,
            String rmaNumber,
            int lineNo,
            MovementKind kind,
            MovementKind.Direction direction,
            MovementStatus status,
            Money amount,
            int quantity,
            List<UUID> unitIds,
            String trigger,
            Money paid,
            Money restockingFee,
            Money shippingFee,
            Money damageDeduction,
            String explanation,
            String holdReason,
            String failureReason,
            int attempts,
            String providerRef,
            Instant createdAt,
            Instant issuedAt,
            Long version) {
        static MovementView of(MoneyMovement m) {
            return new MovementView(
                    m.getId(),
                    m.getResolutionId(),
                    m.getReturnId(),
                    m.getRmaNumber(),
                    m.getLineNo(),
                    m.getKind(),
                    m.getKind().direction(),
                    m.getStatus(),
                    m.money(),
                    m.getQuantity(),
                    m.unitIdList(),
                    m.getTriggerStep(),
                    Money.of(m.getPaid(), m.getCurrency()),
                    Money.of(m.getRestockingFee(), m.getCurrency()),
                    Money.of(m.getShippingFee(), m.getCurrency()),
                    Money.of(m.getDamageDeduction(), m.getCurrency()),
                    m.getExplanation(),
                    m.getHoldReason(),
                    m.getFailureReason(),
                    m.getAttempts(),
                    m.getProviderRef(),
                    m.getCreatedAt(),
                    m.getIssuedAt(),
                    m.getVersion());
        }
    }

    record ResolutionView(
            UUID id,
            int lineNo,
            Resolution kind,
            int quantity,
            Money allowed,
            String goodsSku,
            Money goodsValue,
            String explanation,
            String createdBy,
            Instant createdAt,
            Instant withdrawnAt,
            String withdrawnReason,
            List<MovementView> movements) {
        static ResolutionView of(Outcome o) {
            LineResolution r = o.resolution();
            return new ResolutionView(
                    r.getId(),
                    r.getLineNo(),
                    r.getKind(),
                    r.getQuantity(),
                    Money.of(r.getAllowed(), r.getCurrency()),
                    r.getGoodsSku(),
                    r.getGoodsValue() == null ? null : Money.of(r.getGoodsValue(), r.getCurrency()),
                    r.getExplanation(),
                    r.getCreatedBy(),
                    r.getCreatedAt(),
                    r.getWithdrawnAt(),
                    r.getWithdrawnReason(),
                    o.movements().stream().map(MovementView::of).toList());
        }
    }

    /** What a customer may see: what they get and where it stands, nothing of the workings. */
    record CustomerView(int lineNo, Resolution kind, int quantity, List<CustomerMovement> movements) {}

    record CustomerMovement(MovementKind kind, MovementStatus status, Money amount, Instant issuedAt) {}

    record NewResolution(
            @NotNull @Min(1) Integer lineNo,
            @NotNull Resolution kind,
            @Min(1) @Max(100000) Integer quantity,
            @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @Size(max = 64) String sku,
            @Size(max = 1000) String note) {}

    record Reason(@NotBlank @Size(max = 1000) String reason) {}

    record Stock(@NotNull @Min(0) @Max(1000000) Integer available) {}

    record StockView(String sku, int available) {}

    private static ResponseEntity<MovementView> ok(MoneyMovement m) {
        return ResponseEntity.ok().eTag(IfMatch.etag(m.getVersion())).body(MovementView.of(m));
    }

    @GetMapping("/api/returns/{id}/resolutions")
    @PreAuthorize("hasAnyRole('CUSTOMER','AGENT','MANAGER','ADMIN')")
    List<?> resolutions(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        List<Outcome> outcomes = refunds.forReturn(actor.clientId(), id);
        boolean staff = actor.has(Role.AGENT) || actor.has(Role.MANAGER) || actor.has(Role.ADMIN);
        if (staff) {
            return outcomes.stream().map(ResolutionView::of).toList();
        }
        return outcomes.stream()
                .map(o -> new CustomerView(
                        o.resolution().getLineNo(),
                        o.resolution().getKind(),
                        o.resolution().getQuantity(),
                        o.movements().stream()
                                .map(m -> new CustomerMovement(m.getKind(), m.getStatus(), m.money(), m.getIssuedAt()))
                                .toList()))
                .toList();
    }

    @PostMapping("/api/returns/{id}/resolutions")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ResolutionView> resolve(
            @AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @RequestBody NewResolution body) {
        Outcome o = resolving.resolve(
                actor,
                id,
                new ResolutionRequest(
                        body.lineNo(), body.kind(), body.quantity(), body.amount(), body.sku(), body.note()));
        return ResponseEntity.status(HttpStatus.CREATED).body(ResolutionView.of(o));
    }

    /** Withdraws an exchange or replacement whose goods have not gone out: the stock goes back. */
    @PostMapping("/api/returns/{id}/resolutions/{resolutionId}/withdraw")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    ResolutionView withdraw(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID resolutionId,
            @Valid @RequestBody Reason body) {
        exchanges.withdraw(actor, id, resolutionId, body.reason());
        return refunds.forReturn(actor.clientId(), id).stream()
                .filter(o -> o.resolution().getId().equals(resolutionId))
                .map(ResolutionView::of)
                .findFirst()
                .orElseThrow();
    }

    @GetMapping("/api/refunds")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    PageOf<MovementView> search(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) MovementStatus status,
            @RequestParam(required = false) @Size(max = 40) String rma,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") @Max(500) int size) {
        int p = Math.max(0, page);
        int n = Math.max(1, size);
        var result = refunds.search(
                actor.clientId(), status, rma, PageRequest.of(p, n, Sort.by(Sort.Direction.DESC, "createdAt")));
        return PageOf.of(result.getContent().stream().map(MovementView::of).toList(), p, n, result.getTotalElements());
    }

    @GetMapping("/api/refunds/{id}")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    ResponseEntity<MovementView> get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ok(refunds.get(actor.clientId(), id));
    }

    @PostMapping("/api/refunds/{id}/retry")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    ResponseEntity<MovementView> retry(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(settling.retry(actor, id, IfMatch.version(ifMatch)));
    }

    @PostMapping("/api/refunds/{id}/release")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    ResponseEntity<MovementView> release(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return ok(settling.release(actor, id, IfMatch.version(ifMatch)));
    }

    @PostMapping("/api/refunds/{id}/cancel")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    ResponseEntity<MovementView> cancel(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Reason body) {
        return ok(settling.cancel(actor, id, IfMatch.version(ifMatch), body.reason()));
    }

    @PutMapping("/api/exchange-stock/{sku}")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    StockView stock(
            @AuthenticationPrincipal Actor actor,
            @PathVariable @Size(max = 64) String sku,
            @Valid @RequestBody Stock body) {
        return new StockView(sku, stock.setStock(actor, sku, body.available()));
    }

    /** The payout ledger as CSV for finance: {@code from} and {@code to} are days (UTC, to inclusive). */
    @GetMapping(value = "/api/finance/payouts.csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    ResponseEntity<String> payouts(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        Instant start =
                from == null ? Instant.EPOCH : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null
                ? Instant.now().plusSeconds(1)
                : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"payouts.csv\"")
                .body(refunds.payoutsCsv(actor.clientId(), start, end));
    }
}
