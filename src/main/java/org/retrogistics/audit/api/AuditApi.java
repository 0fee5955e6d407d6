package org.retrogistics.audit.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.retrogistics.access.Actor;
import org.retrogistics.audit.AuditEntry;
import org.retrogistics.audit.AuditQuery;
import org.retrogistics.audit.AuditTrail;
import org.retrogistics.shared.PageOf;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The client's audit trail (ADR 0031): a paged read, newest first, filtered by time ({@code from} inclusive, {@code to}
 * exclusive, ISO-8601 instants), actor and type or category; and the same as CSV, whose export is itself recorded.
 * Managers and administrators only; always the caller's own client.
 */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    /** The query string's filter: {@code ?from=&to=&actor=&type=}, each optional. */
    record Filter(Instant from, Instant to, @Size(max = 200) String actor, @Size(max = 100) String type) {
        AuditQuery query() {
            return new AuditQuery(from, to, actor, type);
        }
    }

    @GetMapping
    PageOf<AuditEntry> find(
            @AuthenticationPrincipal Actor actor,
            @Valid @ModelAttribute Filter filter,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(AuditTrail.MAX_PAGE) int size) {
        return trail.find(actor.clientId(), filter.query(), page, size);
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    ResponseEntity<String> export(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute Filter filter) {
        StringBuilder csv = new StringBuilder();
        trail.export(actor.clientId(), filter.query(), csv);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                .body(csv.toString());
    }
}
