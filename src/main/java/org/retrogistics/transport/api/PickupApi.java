package org.retrogistics.transport.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.transport.CollectingPickups;
import org.retrogistics.transport.PickupPlanning;
import org.retrogistics.transport.PickupPlanning.Item;
import org.retrogistics.transport.PickupPlanning.NewPickup;
import org.retrogistics.transport.PickupPlanning.NewVehicle;
import org.retrogistics.transport.PickupPlanning.PickupView;
import org.retrogistics.transport.PickupPlanning.PlanView;
import org.retrogistics.transport.PickupPlanning.VehicleView;
import org.retrogistics.transport.PlanningPickups;
import org.retrogistics.transport.RequestingPickups;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The fleet, pickup requests, the day's plan (milk runs) and proof of pickup. */
@RestController
class PickupApi {

    private final PickupPlanning planning;
    private final RequestingPickups requests;
    private final PlanningPickups planner;
    private final CollectingPickups collecting;

    PickupApi(
            PickupPlanning planning,
            RequestingPickups requests,
            PlanningPickups planner,
            CollectingPickups collecting) {
        this.planning = planning;
        this.requests = requests;
        this.planner = planner;
        this.collecting = collecting;
    }

    record VehicleBody(
            @NotBlank @Size(max = 40) String code,
            @NotNull Integer capacityKg,
            @NotNull Integer capacityLitres,
            @NotNull LocalTime shiftStart,
            @NotNull LocalTime shiftEnd,
            @NotNull Double depotLat,
            @NotNull Double depotLon) {}

    record ItemBody(@NotBlank @Size(max = 64) String sku, @NotNull Integer quantity) {}

    record PickupBody(
            @NotBlank @Size(max = 60) String reference,
            @NotBlank @Size(max = 200) String siteName,
            @NotNull Double latitude,
            @NotNull Double longitude,
            @NotNull Instant windowStart,
            @NotNull Instant windowEnd,
            @NotNull Integer weightKg,
            @NotNull Integer volumeLitres,
            Boolean hazardous,
            @Size(max = 200) List<@Valid ItemBody> items) {}

    record PlanBody(@NotNull LocalDate day, @Max(60) Integer seconds) {}

    @PostMapping("/api/vehicles")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    VehicleView addVehicle(@AuthenticationPrincipal Actor actor, @Valid @RequestBody VehicleBody b) {
        return planning.addVehicle(
                actor,
                new NewVehicle(
                        b.code(),
                        b.capacityKg(),
                        b.capacityLitres(),
                        b.shiftStart(),
                        b.shiftEnd(),
                        b.depotLat(),
                        b.depotLon()));
    }

    @GetMapping("/api/vehicles")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    List<VehicleView> vehicles(@AuthenticationPrincipal Actor actor) {
        return planning.vehicles(actor.clientId());
    }

    /** A business site asks for a pickup: where, when, how heavy and bulky, and what it hands over. */
    @PostMapping("/api/pickups")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CUSTOMER','AGENT','MANAGER','ADMIN')")
    PickupView request(@AuthenticationPrincipal Actor actor, @Valid @RequestBody PickupBody b) {
        return requests.request(
                actor,
                new NewPickup(
                        b.reference(),
                        b.siteName(),
                        b.latitude(),
                        b.longitude(),
                        b.windowStart(),
                        b.windowEnd(),
                        b.weightKg(),
                        b.volumeLitres(),
                        Boolean.TRUE.equals(b.hazardous()),
                        b.items() == null
                                ? List.of()
                                : b.items().stream()
                                        .map(i -> new Item(i.sku(), i.quantity()))
                                        .toList()));
    }

    @GetMapping("/api/pickups")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    List<PickupView> pickups(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) LocalDate day) {
        return planning.pickups(actor.clientId(), day);
    }

    @GetMapping("/api/pickups/{id}")
    @PreAuthorize("hasAnyRole('CUSTOMER','AGENT','WAREHOUSE','MANAGER','ADMIN')")
    PickupView pickup(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return planning.pickup(actor.clientId(), id);
    }

    /** Plans the day (again); stops already collected stay where they were. */
    @PostMapping("/api/pickup-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    PlanView plan(@AuthenticationPrincipal Actor actor, @Valid @RequestBody PlanBody b) {
        int seconds = b.seconds() == null ? 5 : Math.max(1, b.seconds());
        return planner.plan(actor, b.day(), Duration.ofSeconds(seconds));
    }

    @GetMapping("/api/pickup-plans/{id}")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    PlanView planView(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return planning.planView(actor.clientId(), id);
    }

    /** The plan's route sheets as a PDF: one per vehicle, or the named vehicle's only. */
    @GetMapping(
            value = "/api/pickup-plans/{id}/route-sheets.pdf",
            produces = org.springframework.http.MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    org.springframework.http.ResponseEntity<byte[]> routeSheets(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) @Size(max = 40) String vehicle) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"route-sheets-" + id + ".pdf\"")
                .body(planning.routeSheetsPdf(actor.clientId(), id, vehicle));
    }

    /** Proof of pickup at the stop: what was collected starts its custody, in transit with the driver. */
    @PostMapping("/api/pickups/{id}/collected")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    List<UnitSnapshot> collected(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return collecting.collect(actor, id);
    }
}
