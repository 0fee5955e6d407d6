package org.retrogistics.returns.api;

import static org.retrogistics.returns.api.ReturnsApi.version;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.returns.ClosingReturns;
import org.retrogistics.returns.ReceivingReturns;
import org.retrogistics.returns.ReturnRequest;
import org.retrogistics.returns.ReturnSettlement;
import org.retrogistics.returns.ReviewingReturns;
import org.retrogistics.returns.ShippingReturns;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moves a return through its lifecycle: review, cancel, ship, receive, close, lost. Each accepts {@code If-Match} with
 * the version from the ETag; a stale one gets 409.
 */
@RestController
@RequestMapping("/api/returns")
class ReturnLifecycleApi {

    private static final String CREATORS = "hasAnyRole('CUSTOMER','AGENT','MANAGER','ADMIN')";
    private static final String REVIEWERS = "hasAnyRole('AGENT','MANAGER','ADMIN')";
    private static final String HANDLERS = "hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')";
    private static final String RECEIVERS = "hasAnyRole('WAREHOUSE','MANAGER','ADMIN')";

    private final ReviewingReturns reviewing;
    private final ClosingReturns closing;
    private final ShippingReturns shipping;
    private final ReceivingReturns receiving;
    private final ReturnSettlement settlement;

    ReturnLifecycleApi(
            ReviewingReturns reviewing,
            ClosingReturns closing,
            ShippingReturns shipping,
            ReceivingReturns receiving,
            ReturnSettlement settlement) {
        this.reviewing = reviewing;
        this.closing = closing;
        this.shipping = shipping;
        this.receiving = receiving;
        this.settlement = settlement;
    }

    record Note(@Size(max = 1000) String note) {}

    /** A close: an optional note, and the reason required while lines still wait for their resolution. */
    record Closing(@Size(max = 1000) String note, @Size(max = 1000) String reason) {}

    record Reason(@NotBlank @Size(max = 1000) String reason) {}

    @PostMapping("/{id}/authorize")
    @PreAuthorize(REVIEWERS)
    ResponseEntity<ReturnView> authorize(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) Note body) {
        return ok(reviewing.authorize(actor, id, version(ifMatch), body == null ? null : body.note()));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize(REVIEWERS)
    ResponseEntity<ReturnView> reject(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Reason body) {
        return ok(reviewing.reject(actor, id, version(ifMatch), body.reason()));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(CREATORS)
    ResponseEntity<ReturnView> cancel(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Reason body) {
        return ok(closing.cancel(actor, id, version(ifMatch), body.reason()));
    }

    record Shipment(@NotBlank @Size(max = 60) String carrier, @NotBlank @Size(max = 60) String trackingNumber) {}

    @PostMapping("/{id}/ship")
    @PreAuthorize(HANDLERS)
    ResponseEntity<ReturnView> ship(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Shipment body) {
        return ok(shipping.ship(actor, id, version(ifMatch), body.carrier(), body.trackingNumber()));
    }

    record Receipt(
            @NotNull @Positive Integer lineNo,
            @NotNull @Positive @Max(100_000) Integer quantity,
            @Size(max = 60) String location) {}

    @PostMapping("/{id}/receipts")
    @PreAuthorize(RECEIVERS)
    ResponseEntity<ReturnView> receive(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Receipt body) {
        return ok(receiving.receive(
                actor,
                id,
                version(ifMatch),
                body.lineNo(),
                body.quantity(),
                body.location() == null ? "dock" : body.location()));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(HANDLERS)
    ResponseEntity<ReturnView> close(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) Closing body) {
        return ok(closing.close(
                actor, id, version(ifMatch), body == null ? null : body.note(), body == null ? null : body.reason()));
    }

    /** The shipped parcel is lost (the carrier said so); the policy says what money that moves. */
    @PostMapping("/{id}/lost")
    @PreAuthorize(HANDLERS)
    ResponseEntity<ReturnView> lost(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Reason body) {
        return ok(settlement.lose(actor, id, version(ifMatch), body.reason()));
    }

    private static ResponseEntity<ReturnView> ok(ReturnRequest r) {
        return ResponseEntity.ok()
                .eTag(org.retrogistics.shared.IfMatch.etag(r.getVersion()))
                .body(ReturnView.of(r));
    }
}
