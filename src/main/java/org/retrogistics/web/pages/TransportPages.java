package org.retrogistics.web.pages;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.shared.DomainException;
import org.retrogistics.transport.LegManagement;
import org.retrogistics.transport.PickupPlanning;
import org.retrogistics.transport.PickupPlanning.Item;
import org.retrogistics.transport.PickupPlanning.NewPickup;
import org.retrogistics.transport.PickupPlanning.PlanView;
import org.retrogistics.transport.PlanningPickups;
import org.retrogistics.transport.RequestingPickups;
import org.retrogistics.transport.ShipmentManagement;
import org.retrogistics.transport.ShipmentSnapshot;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Transport pages: a shipment's tracking timeline, pickup requests with a booking form, the day's planning with its
 * routes drawn as a map and the route sheets, and the consolidation legs with their manifests.
 */
@Controller
@RequestMapping("/console/transport")
@PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
class TransportPages {

    private final ShipmentManagement shipments;
    private final PickupPlanning pickups;
    private final LegManagement legs;
    private final RequestingPickups requests;
    private final PlanningPickups planner;
    private final org.retrogistics.catalog.CatalogManagement sites;

    TransportPages(
            ShipmentManagement shipments,
            PickupPlanning pickups,
            RequestingPickups requests,
            PlanningPickups planner,
            LegManagement legs,
            org.retrogistics.catalog.CatalogManagement sites) {
        this.requests = requests;
        this.planner = planner;
        this.sites = sites;
        this.shipments = shipments;
        this.pickups = pickups;
        this.legs = legs;
    }

    /** Tracking lookup and the legs, newest first. */
    @GetMapping
    String overview(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) String tracking,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (tracking != null && !tracking.isBlank()) {
            try {
                ShipmentSnapshot s = shipments.snapshot(actor.clientId(), tracking.strip());
                return "redirect:/console/transport/shipments/" + s.trackingNumber();
            } catch (DomainException e) {
                model.addAttribute("error", "No shipment with tracking number " + tracking.strip() + ".");
                model.addAttribute("tracking", tracking.strip());
            }
        }
        model.addAttribute("legs", legs.legs(actor.clientId(), null, page, 50));
        model.addAttribute(
                "sites",
                sites.sites(actor.clientId()).stream()
                        .collect(java.util.stream.Collectors.toMap(
                                org.retrogistics.catalog.SiteFacts::id, org.retrogistics.catalog.SiteFacts::code)));
        return "console/transport";
    }

    @GetMapping("/shipments/{tracking}")
    String shipment(@AuthenticationPrincipal Actor actor, @PathVariable String tracking, Model model) {
        model.addAttribute("shipment", shipments.snapshot(actor.clientId(), tracking));
        model.addAttribute("timeline", shipments.timeline(actor.clientId(), tracking));
        return "console/shipment";
    }

    @GetMapping("/pickups")
    String pickupList(
            @AuthenticationPrincipal Actor actor, @RequestParam(required = false) LocalDate day, Model model) {
        LocalDate d = day == null ? LocalDate.now(ZoneOffset.UTC).plusDays(1) : day;
        model.addAttribute("day", d);
        model.addAttribute("pickups", pickups.pickups(actor.clientId(), d));
        return "console/pickups";
    }

    /** The book-pickup form: the site, the window, the load, and optionally one item. */
    record PickupForm(
            @NotNull String reference,
            @NotNull String siteName,
            @NotNull Double latitude,
            @NotNull Double longitude,
            @NotNull LocalDate day,
            @NotNull LocalTime from,
            @NotNull LocalTime to,
            @NotNull Integer weightKg,
            @NotNull Integer volumeLitres,
            Boolean hazardous,
            String sku,
            Integer quantity) {}

    /** Books a pickup for a site, as the API does; a refusal shows its reason and books nothing. */
    @PostMapping("/pickups")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    String book(
            @AuthenticationPrincipal Actor actor, @Valid @ModelAttribute PickupForm form, RedirectAttributes flash) {
        String reference = form.reference();
        LocalDate day = form.day();
        String sku = form.sku();
        List<Item> items = sku == null || sku.isBlank()
                ? List.of()
                : List.of(new Item(sku.strip(), form.quantity() == null ? 1 : form.quantity()));
        try {
            requests.request(
                    actor,
                    new NewPickup(
                            reference,
                            form.siteName(),
                            form.latitude(),
                            form.longitude(),
                            day.atTime(form.from()).toInstant(ZoneOffset.UTC),
                            day.atTime(form.to()).toInstant(ZoneOffset.UTC),
                            form.weightKg(),
                            form.volumeLitres(),
                            Boolean.TRUE.equals(form.hazardous()),
                            items));
            flash.addFlashAttribute("notice", "Pickup " + reference.strip() + " booked for " + day + ".");
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/transport/pickups?day=" + day;
    }

    /** The day's latest plan with its map, or a button to plan it. */
    @GetMapping("/planning")
    String planning(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) LocalDate day,
            @RequestParam(required = false) UUID plan,
            Model model) {
        LocalDate d = day == null ? LocalDate.now(ZoneOffset.UTC).plusDays(1) : day;
        model.addAttribute("day", d);
        model.addAttribute("requests", pickups.pickups(actor.clientId(), d).size());
        model.addAttribute("fleet", pickups.vehicles(actor.clientId()));
        PlanView view = plan != null
                ? pickups.planView(actor.clientId(), plan)
                : pickups.latestPlan(actor.clientId(), d).orElse(null);
        model.addAttribute("plan", view);
        if (view != null) {
            model.addAttribute("map", RouteMap.of(view, pickups.vehicles(actor.clientId()), 760, 480));
        }
        return "console/planning";
    }

    @PostMapping("/planning")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    String plan(
            @AuthenticationPrincipal Actor actor,
            @RequestParam LocalDate day,
            @RequestParam(defaultValue = "5") int seconds,
            RedirectAttributes flash) {
        try {
            PlanView p = planner.plan(actor, day, Duration.ofSeconds(Math.max(1, Math.min(seconds, 30))));
            flash.addFlashAttribute(
                    "notice",
                    "Planned "
                            + p.routes().stream()
                                    .mapToInt(r -> r.stops().size())
                                    .sum() + " stop(s) on " + p.routes().size() + " route(s); "
                            + p.unserved().size() + " not served.");
            return "redirect:/console/transport/planning?day=" + day + "&plan=" + p.id();
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/console/transport/planning?day=" + day;
        }
    }

    @GetMapping(value = "/planning/{plan}/route-sheets.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> routeSheets(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID plan,
            @RequestParam(required = false) String vehicle) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"route-sheets-" + plan + ".pdf\"")
                .body(pickups.routeSheetsPdf(actor.clientId(), plan, vehicle));
    }

    @GetMapping(value = "/legs/{id}/manifest.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> manifestPdf(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"manifest-" + id + ".pdf\"")
                .body(legs.manifestPdf(actor.clientId(), id));
    }

    @GetMapping(value = "/legs/{id}/manifest.csv", produces = "text/csv")
    ResponseEntity<String> manifestCsv(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"manifest-" + id + ".csv\"")
                .body(legs.manifestCsv(actor.clientId(), id));
    }
}
