package org.retrogistics.web.pages;

import java.math.BigDecimal;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.resale.ListingSnapshot;
import org.retrogistics.resale.ListingStatus;
import org.retrogistics.resale.ListingUnits;
import org.retrogistics.resale.ResaleManagement;
import org.retrogistics.resale.SalesChannelSnapshot;
import org.retrogistics.resale.SalesChannels;
import org.retrogistics.resale.SellingListings;
import org.retrogistics.shared.Money;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Resale pages: listings with their sale. Lots have theirs ({@link LotPages}). */
@Controller
@RequestMapping("/console/resale")
@PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
class ResalePages {

    private final ResaleManagement resale;
    private final SalesChannels salesChannels;
    private final ListingUnits listing;
    private final SellingListings selling;

    ResalePages(ResaleManagement resale, SalesChannels salesChannels, ListingUnits listing, SellingListings selling) {
        this.resale = resale;
        this.salesChannels = salesChannels;
        this.listing = listing;
        this.selling = selling;
    }

    /** A listing row with its channel's name. */
    public record ListingRow(ListingSnapshot listing, String channel) {}

    @GetMapping("/listings")
    String listings(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) ListingStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var found = resale.listingSnapshots(
                actor.clientId(), status, null, PageRequest.of(Math.max(0, page), 50, Sort.by("createdAt")));
        var channels = salesChannels.channelSnapshots(actor.clientId()).stream()
                .collect(java.util.stream.Collectors.toMap(SalesChannelSnapshot::id, SalesChannelSnapshot::name));
        model.addAttribute("page", found);
        model.addAttribute(
                "rows",
                found.getContent().stream()
                        .map(l -> new ListingRow(l, channels.getOrDefault(l.channelId(), "?")))
                        .toList());
        model.addAttribute("statuses", ListingStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("canSell", actor.has(Role.AGENT) || actor.has(Role.MANAGER) || actor.has(Role.ADMIN));
        return "console/listings";
    }

    @PostMapping("/listings/{id}/publish")
    String publish(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes flash) {
        return PageActions.act(
                flash,
                "redirect:/console/resale/listings",
                () -> listing.list(
                        actor, resale.listingSnapshot(actor.clientId(), id).unitId(), null, null),
                "Listed.");
    }

    @PostMapping("/listings/{id}/sell")
    String sell(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Long version,
            @RequestParam(required = false) BigDecimal price,
            @RequestParam(required = false) String buyer,
            RedirectAttributes flash) {
        return PageActions.act(
                flash,
                "redirect:/console/resale/listings",
                () -> {
                    String currency =
                            resale.listingSnapshot(actor.clientId(), id).currency();
                    selling.sell(actor, id, version, price == null ? null : Money.of(price, currency), buyer);
                },
                "Sold.");
    }
}
