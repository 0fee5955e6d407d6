package org.retrogistics.transport.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.SiteFacts;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.PageOf;
import org.retrogistics.transport.DispatchingLegs;
import org.retrogistics.transport.Leg;
import org.retrogistics.transport.LegManagement;
import org.retrogistics.transport.LegManagement.LoadedContainer;
import org.retrogistics.transport.LegManagement.Manifest;
import org.retrogistics.transport.LegManagement.NewLeg;
import org.retrogistics.transport.LegStatus;
import org.retrogistics.transport.LoadingLegs;
import org.retrogistics.transport.PlanningLegs;
import org.retrogistics.transport.ReceivingLegs;
import org.retrogistics.transport.TransportMode;
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

/** Consolidation legs between sites: plan, load containers, dispatch, arrive; the manifest as CSV and PDF. */
@RestController
class LegApi {

    private final LegManagement legs;
    private final PlanningLegs planning;
    private final LoadingLegs loading;
    private final DispatchingLegs dispatching;
    private final ReceivingLegs receiving;

    LegApi(
            LegManagement legs,
            PlanningLegs planning,
            LoadingLegs loading,
            DispatchingLegs dispatching,
            ReceivingLegs receiving) {
        this.legs = legs;
        this.planning = planning;
        this.loading = loading;
        this.dispatching = dispatching;
        this.receiving = receiving;
    }

    record LegBody(
            @NotBlank @Size(max = 40) String origin,
            @NotBlank @Size(max = 40) String destination,
            @NotNull TransportMode mode,
            BigDecimal distanceKm,
            BigDecimal price) {}

    record LoadBody(@NotBlank @Size(max = 40) String sscc) {}

    record SiteRef(String code, String name, String address) {
        static SiteRef of(SiteFacts s) {
            return new SiteRef(s.code(), s.name(), s.address());
        }
    }

    record LegView(
            UUID id,
            String number,
            LegStatus status,
            SiteRef origin,
            SiteRef destination,
            TransportMode mode,
            BigDecimal distanceKm,
            String distanceBasis,
            Money cost,
            BigDecimal weightKg,
            BigDecimal co2eKg,
            boolean co2eFixed,
            int units,
            List<LoadedContainer> containers,
            Instant createdAt,
            Instant dispatchedAt,
            Instant arrivedAt,
            Instant cancelledAt,
            Long version) {}

    record LegSummary(
            UUID id,
            String number,
            LegStatus status,
            TransportMode mode,
            BigDecimal distanceKm,
            Money cost,
            BigDecimal co2eKg,
            Instant createdAt) {}

    private LegView view(Actor actor, Leg leg) {
        Manifest m = legs.manifest(actor.clientId(), leg.getId());
        return new LegView(
                leg.getId(),
                leg.getNumber(),
                leg.getStatus(),
                SiteRef.of(m.origin()),
                SiteRef.of(m.destination()),
                leg.getMode(),
                leg.getDistanceKm(),
                leg.getDistanceBasis(),
                leg.cost(),
                BigDecimal.valueOf(m.weightGrams(), 3),
                m.co2eKg(),
                leg.getCo2eKg() != null,
                m.units().size(),
                m.containers(),
                leg.getCreatedAt(),
                leg.getDispatchedAt(),
                leg.getArrivedAt(),
                leg.getCancelledAt(),
                leg.getVersion());
    }

    private ResponseEntity<LegView> answer(Actor actor, Leg leg, HttpStatus status) {
        return ResponseEntity.status(status)
                .eTag(IfMatch.etag(leg.getVersion()))
                .body(view(actor, leg));
    }

    /** Plans a leg between two sites (codes); distance from the sites' coordinates unless given. */
    @PostMapping("/api/legs")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<LegView> create(@AuthenticationPrincipal Actor actor, @Valid @RequestBody LegBody b) {
        Leg leg = planning.create(actor, new NewLeg(b.origin(), b.destination(), b.mode(), b.distanceKm(), b.price()));
        return answer(actor, leg, HttpStatus.CREATED);
    }

    @GetMapping("/api/legs")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    PageOf<LegSummary> list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) LegStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return legs.legs(actor.clientId(), status, page, size)
                .map(l -> new LegSummary(
                        l.getId(),
                        l.getNumber(),
                        l.getStatus(),
                        l.getMode(),
                        l.getDistanceKm(),
                        l.cost(),
                        l.getCo2eKg(),
                        l.getCreatedAt()));
    }

    @GetMapping("/api/legs/{id}")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<LegView> get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return answer(actor, legs.get(actor.clientId(), id), HttpStatus.OK);
    }

    /** Loads a container (tote, pallet, gaylord) by SSCC, with everything nested in it. */
    @PostMapping("/api/legs/{id}/load")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<LegView> load(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody LoadBody b) {
        return answer(actor, loading.load(actor, id, b.sscc(), IfMatch.version(ifMatch)), HttpStatus.OK);
    }

    @PostMapping("/api/legs/{id}/dispatch")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<LegView> dispatch(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(actor, dispatching.dispatch(actor, id, IfMatch.version(ifMatch)), HttpStatus.OK);
    }

    @PostMapping("/api/legs/{id}/arrive")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<LegView> arrive(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(actor, receiving.arrive(actor, id, IfMatch.version(ifMatch)), HttpStatus.OK);
    }

    @PostMapping("/api/legs/{id}/cancel")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    ResponseEntity<LegView> cancel(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return answer(actor, planning.cancel(actor, id, IfMatch.version(ifMatch)), HttpStatus.OK);
    }

    @GetMapping(value = "/api/legs/{id}/manifest.csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<String> manifestCsv(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"manifest-" + id + ".csv\"")
                .body(legs.manifestCsv(actor.clientId(), id));
    }

    @GetMapping(value = "/api/legs/{id}/manifest.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<byte[]> manifestPdf(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"manifest-" + id + ".pdf\"")
                .body(legs.manifestPdf(actor.clientId(), id));
    }
}
