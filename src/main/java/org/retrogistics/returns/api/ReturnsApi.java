package org.retrogistics.returns.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.returns.LineVerdict;
import org.retrogistics.returns.NewReturn;
import org.retrogistics.returns.PolicyOutcome;
import org.retrogistics.returns.RequestingReturns;
import org.retrogistics.returns.ReturnKind;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnRequest;
import org.retrogistics.returns.ReturnSearch;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.returns.ReturningToSender;
import org.retrogistics.shared.PageOf;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Returns (RMA): ask the policy, create, find, and move a return through its lifecycle. State changes accept
 * {@code If-Match} with the version from the ETag; a stale one gets 409.
 */
@RestController
@RequestMapping("/api/returns")
class ReturnsApi {

    private static final String CREATORS = "hasAnyRole('CUSTOMER','AGENT','MANAGER','ADMIN')";
    private static final String READERS = "hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')";
    /** Customers read their own shopper's returns only (ReturnManagement applies ShopperScope). */
    private static final String OWN_READERS = "hasAnyRole('CUSTOMER','AGENT','WAREHOUSE','MANAGER','ADMIN')";

    private static final String HANDLERS = "hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')";

    private final ReturnManagement returns;
    private final RequestingReturns requesting;
    private final ReturningToSender returningToSender;

    ReturnsApi(ReturnManagement returns, RequestingReturns requesting, ReturningToSender returningToSender) {
        this.returns = returns;
        this.requesting = requesting;
        this.returningToSender = returningToSender;
    }

    record Eligibility(String outcome, List<LineVerdict> lines) {}

    /** "Can I return this?": the policy's answer per line; records nothing. */
    @PostMapping("/eligibility")
    @PreAuthorize(CREATORS)
    Eligibility eligibility(@AuthenticationPrincipal Actor actor, @Valid @RequestBody NewReturn request) {
        List<LineVerdict> verdicts = requesting.evaluate(actor, request);
        PolicyOutcome outcome =
                verdicts.stream().map(v -> v.verdict().outcome()).reduce(PolicyOutcome.ALLOW, PolicyOutcome::and);
        return new Eligibility(outcome.name(), verdicts);
    }

    @PostMapping
    @PreAuthorize(CREATORS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ReturnView> create(@AuthenticationPrincipal Actor actor, @Valid @RequestBody NewReturn request) {
        return created(requesting.request(actor, request));
    }

    record ReturnToSender(
            @NotBlank @Size(max = 64) String orderNumber,
            @NotBlank @Size(max = 60) String carrier,
            @NotBlank @Size(max = 60) String trackingNumber,
            @Size(max = 500) String note) {}

    /** A carrier's delivery failure: the parcel comes back with no customer request. */
    @PostMapping("/return-to-sender")
    @PreAuthorize(HANDLERS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ReturnView> returnToSender(
            @AuthenticationPrincipal Actor actor, @Valid @RequestBody ReturnToSender request) {
        return created(returningToSender.returnToSender(
                actor, request.orderNumber(), request.carrier(), request.trackingNumber(), request.note()));
    }

    private static ResponseEntity<ReturnView> created(ReturnRequest r) {
        return ResponseEntity.created(URI.create("/api/returns/" + r.getId()))
                .eTag(etag(r))
                .body(ReturnView.of(r));
    }

    record Summary(
            UUID id,
            String rmaNumber,
            String kind,
            String status,
            String customerEmail,
            int lines,
            int units,
            Instant requestedAt,
            Instant updatedAt) {
        static Summary of(ReturnRequest r) {
            return new Summary(
                    r.getId(),
                    r.getRmaNumber(),
                    r.getKind().name(),
                    r.getStatus().name(),
                    r.getCustomerEmail(),
                    r.getLines().size(),
                    r.getLines().stream().mapToInt(l -> l.getQuantity()).sum(),
                    r.getRequestedAt(),
                    r.getUpdatedAt());
        }
    }

    /**
     * The text filters of the list and the page asked for, as query parameters. Status, kind and the period stay plain
     * parameters, so that a value of the wrong type is still answered as an invalid parameter.
     */
    record ListQuery(
            @Size(max = 254) String email,
            @Size(max = 40) String rma,
            @Min(0) Integer page,
            @Min(1) @Max(200) Integer size) {

        ListQuery {
            page = page == null ? 0 : page;
            size = size == null ? 20 : size;
        }
    }

    @GetMapping
    @PreAuthorize(OWN_READERS)
    PageOf<Summary> search(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) ReturnStatus status,
            @RequestParam(required = false) ReturnKind kind,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @Valid @ModelAttribute @ParameterObject ListQuery query) {
        Page<ReturnRequest> result = returns.search(
                actor,
                new ReturnSearch(status, kind, query.email(), query.rma(), from, to),
                PageRequest.of(query.page(), query.size(), Sort.by(Sort.Direction.DESC, "requestedAt")));
        return PageOf.of(
                result.getContent().stream().map(Summary::of).toList(),
                query.page(),
                query.size(),
                result.getTotalElements());
    }

    @GetMapping("/{id}")
    @PreAuthorize(OWN_READERS)
    ResponseEntity<ReturnView> get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        ReturnRequest r = returns.get(actor, id);
        return ResponseEntity.ok().eTag(etag(r)).body(ReturnView.of(r));
    }

    @GetMapping("/by-rma/{rmaNumber}")
    @PreAuthorize(OWN_READERS)
    ResponseEntity<ReturnView> byRma(@AuthenticationPrincipal Actor actor, @PathVariable String rmaNumber) {
        ReturnRequest r = returns.byRma(actor, rmaNumber);
        return ResponseEntity.ok().eTag(etag(r)).body(ReturnView.of(r));
    }

    @GetMapping("/{id}/units")
    @PreAuthorize(READERS)
    List<UnitSnapshot> units(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return returns.units(actor.clientId(), returns.get(actor, id));
    }

    private static String etag(ReturnRequest r) {
        return org.retrogistics.shared.IfMatch.etag(r.getVersion());
    }

    static Long version(String ifMatch) {
        return org.retrogistics.shared.IfMatch.version(ifMatch);
    }
}
