package org.retrogistics.recycling.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.recycling.Certification;
import org.retrogistics.recycling.CertificationScheme;
import org.retrogistics.recycling.Recycler;
import org.retrogistics.recycling.RecyclingManagement;
import org.retrogistics.recycling.RegisteringRecyclers;
import org.retrogistics.recycling.RegisteringRecyclers.CertificationDraft;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Recyclers with their certifications. */
@RestController
class RecyclersApi {

    private final RecyclingManagement recycling;
    private final RegisteringRecyclers registering;

    RecyclersApi(RecyclingManagement recycling, RegisteringRecyclers registering) {
        this.recycling = recycling;
        this.registering = registering;
    }

    record CertificationBody(
            @NotNull CertificationScheme scheme,
            @NotBlank @Size(max = 100) String number,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validUntil) {

        CertificationDraft draft() {
            return new CertificationDraft(scheme, number, validFrom, validUntil);
        }
    }

    record NewRecycler(
            UUID siteId,
            @Size(max = 40) String code,
            @Size(max = 200) String name,
            @Size(max = 400) String address,
            @Size(max = 20) List<@Valid CertificationBody> certifications) {}

    record CertificationView(
            CertificationScheme scheme, String number, LocalDate validFrom, LocalDate validUntil, boolean validToday) {

        static CertificationView of(Certification c) {
            return new CertificationView(
                    c.getScheme(),
                    c.getNumber(),
                    c.getValidFrom(),
                    c.getValidUntil(),
                    c.validOn(LocalDate.now(java.time.ZoneOffset.UTC)));
        }
    }

    record RecyclerView(
            UUID id, UUID siteId, String code, String name, Instant createdAt, List<CertificationView> certifications) {

        static RecyclerView of(Recycler r) {
            return new RecyclerView(
                    r.getId(),
                    r.getSiteId(),
                    r.getCode(),
                    r.getName(),
                    r.getCreatedAt(),
                    r.getCertifications().stream().map(CertificationView::of).toList());
        }
    }

    // ---- recyclers

    @PostMapping("/api/recyclers")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RecyclerView> addRecycler(
            @AuthenticationPrincipal Actor actor, @Valid @RequestBody NewRecycler body) {
        Recycler r = registering.addRecycler(
                actor,
                body.siteId(),
                body.code(),
                body.name(),
                body.address(),
                body.certifications() == null
                        ? List.of()
                        : body.certifications().stream()
                                .map(CertificationBody::draft)
                                .toList());
        return ResponseEntity.status(HttpStatus.CREATED).body(RecyclerView.of(r));
    }

    @GetMapping("/api/recyclers")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    List<RecyclerView> recyclers(@AuthenticationPrincipal Actor actor) {
        return recycling.recyclers(actor.clientId()).stream()
                .map(RecyclerView::of)
                .toList();
    }

    @GetMapping("/api/recyclers/{id}")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    RecyclerView recycler(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return RecyclerView.of(recycling.recycler(actor.clientId(), id));
    }

    @PostMapping("/api/recyclers/{id}/certifications")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RecyclerView> certify(
            @AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @RequestBody CertificationBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(RecyclerView.of(registering.certify(actor, id, body.draft())));
    }
}
