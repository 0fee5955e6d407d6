package org.retrogistics.resale.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.resale.ChannelKind;
import org.retrogistics.resale.Listing;
import org.retrogistics.resale.ListingSnapshot;
import org.retrogistics.resale.ListingStatus;
import org.retrogistics.resale.ListingUnits;
import org.retrogistics.resale.ResaleManagement;
import org.retrogistics.resale.SalesChannel;
import org.retrogistics.resale.SalesChannelSnapshot;
import org.retrogistics.resale.SalesChannels;
import org.retrogistics.resale.SellingListings;
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

/** Sales channels and listings. */
@RestController
class ResaleApi {

    private final ResaleManagement resale;
    private final SalesChannels channels;
    private final ListingUnits listingUnits;
    private final SellingListings selling;

    ResaleApi(ResaleManagement resale, SalesChannels channels, ListingUnits listingUnits, SellingListings selling) {
        this.resale = resale;
        this.channels = channels;
        this.listingUnits = listingUnits;
        this.selling = selling;
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
        static ChannelView of(SalesChannelSnapshot c) {
            return new ChannelView(
                    c.id(), c.code(), c.name(), c.kind(), c.feePercent(), c.fixedFee(), c.currency(), c.source());
        }

        static ChannelView of(SalesChannel c) {
            return of(SalesChannelSnapshot.of(c));
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
        static ListingView of(ListingSnapshot l) {
            return new ListingView(
                    l.id(),
                    l.number(),
                    l.unitId(),
                    l.channelId(),
                    l.status(),
                    l.option(),
                    l.sku(),
                    l.title(),
                    l.condition(),
                    l.askingPrice(),
                    l.priceSource(),
                    l.salePrice(),
                    l.fee(),
                    l.buyer(),
                    l.note(),
                    l.createdAt(),
                    l.listedAt(),
                    l.closedAt(),
                    l.version());
        }

        static ListingView of(Listing l) {
            return of(ListingSnapshot.of(l));
        }
    }

    record NewListing(@NotNull UUID unitId, UUID channelId, BigDecimal price) {}

    record Sale(BigDecimal price, @Size(max = 200) String buyer) {}

    record Reason(@Size(max = 1000) String reason) {}

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
        return channels.channels(actor.clientId()).stream().map(ChannelView::of).toList();
    }

    @PostMapping("/api/channels")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ChannelView> addChannel(@AuthenticationPrincipal Actor actor, @Valid @RequestBody NewChannel body) {
        SalesChannel c =
                channels.addChannel(actor, body.code(), body.name(), body.kind(), body.feePercent(), body.fixedFee());
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
        String currency = channels.currencyOf(actor.clientId());
        Listing l = listingUnits.list(actor, body.unitId(), body.channelId(), money(body.price(), currency));
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
        return ok(selling.sell(actor, id, IfMatch.version(ifMatch), price, body == null ? null : body.buyer()));
    }

    @PostMapping("/api/listings/{id}/withdraw")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    ResponseEntity<ListingView> withdraw(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody(required = false) Reason body) {
        return ok(listingUnits.withdraw(actor, id, IfMatch.version(ifMatch), body == null ? null : body.reason()));
    }
}
