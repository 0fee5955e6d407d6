package org.retrogistics.catalog.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.catalog.ProductDraft;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.catalog.SiteDraft;
import org.retrogistics.catalog.SiteFacts;
import org.retrogistics.shared.NotFound;
import org.retrogistics.shared.PageOf;
import org.springframework.data.domain.Page;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The client's own record, its catalogue and its sites. */
@RestController
@RequestMapping("/api")
class CatalogApi {

    private static final String STAFF = "hasAnyRole('AGENT','WAREHOUSE','TECHNICIAN','MANAGER','ADMIN')";
    private static final String EDITORS = "hasAnyRole('MANAGER','ADMIN')";

    private final CatalogManagement catalog;

    CatalogApi(CatalogManagement catalog) {
        this.catalog = catalog;
    }

    record ClientView(UUID id, String code, String name, String currency, String actor, List<String> roles) {}

    @GetMapping("/client")
    ClientView me(@AuthenticationPrincipal Actor actor) {
        ClientFacts c =
                catalog.findClient(actor.clientId()).orElseThrow(() -> new NotFound("client", actor.clientId()));
        return new ClientView(
                c.id(),
                c.code(),
                c.name(),
                c.currency(),
                actor.name(),
                actor.roles().stream().map(Enum::name).toList());
    }

    @GetMapping("/products")
    @PreAuthorize(STAFF)
    PageOf<ProductFacts> products(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Page<ProductFacts> result =
                catalog.searchProducts(actor.clientId(), category, q, PageRequest.of(page, size, Sort.by("sku")));
        return PageOf.of(result.getContent(), page, size, result.getTotalElements());
    }

    @GetMapping("/products/{id}")
    @PreAuthorize(STAFF)
    ProductFacts product(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return catalog.product(actor.clientId(), id);
    }

    @PostMapping("/products")
    @PreAuthorize(EDITORS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProductFacts> addProduct(
            @AuthenticationPrincipal Actor actor, @Valid @RequestBody ProductDraft draft) {
        ProductFacts p = catalog.addProduct(actor.clientId(), draft);
        return ResponseEntity.created(URI.create("/api/products/" + p.id())).body(p);
    }

    record ProductBatch(@NotEmpty @Size(max = 5000) List<@Valid ProductDraft> products) {}

    record BatchResult(int created) {}

    @PostMapping("/products/bulk")
    @PreAuthorize(EDITORS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<BatchResult> addProducts(
            @AuthenticationPrincipal Actor actor, @Valid @RequestBody ProductBatch batch) {
        return ResponseEntity.status(201)
                .body(new BatchResult(
                        catalog.addProducts(actor.clientId(), batch.products()).size()));
    }

    record SiteView(UUID id, String code, String name, String kind, String address, Double latitude, Double longitude) {
        static SiteView of(SiteFacts s) {
            return new SiteView(s.id(), s.code(), s.name(), s.kind().name(), s.address(), s.latitude(), s.longitude());
        }
    }

    @GetMapping("/sites")
    @PreAuthorize(STAFF)
    List<SiteView> sites(@AuthenticationPrincipal Actor actor) {
        return catalog.sites(actor.clientId()).stream().map(SiteView::of).toList();
    }

    @PostMapping("/sites")
    @PreAuthorize(EDITORS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SiteView> addSite(@AuthenticationPrincipal Actor actor, @Valid @RequestBody SiteDraft draft) {
        SiteFacts s = catalog.addSite(actor.clientId(), draft);
        return ResponseEntity.created(URI.create("/api/sites/" + s.id())).body(SiteView.of(s));
    }
}
