package org.retrogistics.web.pages;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.retrogistics.access.Actor;
import org.retrogistics.audit.AuditCategory;
import org.retrogistics.audit.AuditQuery;
import org.retrogistics.audit.AuditTrail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail in the console (ADR 0031): the client's rows, newest first, filtered by day range (UTC, both
 * inclusive), actor and type or category, a page at a time; and the same filter as a CSV download, which the trail
 * records.
 */
@Controller("auditPages")
@RequestMapping("/console/audit")
@PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
public class AuditPages {

    private static final int PAGE = 50;

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    /** The page's filter as the form sends it: days rather than instants, blanks for "any". */
    public record Filter(LocalDate from, LocalDate to, String actor, String type) {
        AuditQuery query() {
            Instant start =
                    from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant end = to == null
                    ? null
                    : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            return new AuditQuery(start, end, blankToNull(actor), blankToNull(type));
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal Actor actor,
            @ModelAttribute("filter") Filter filter,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("entries", trail.find(actor.clientId(), filter.query(), Math.max(0, page), PAGE));
        model.addAttribute("categories", AuditCategory.values());
        return "console/audit";
    }

    @GetMapping("/export.csv")
    ResponseEntity<String> export(@AuthenticationPrincipal Actor actor, @ModelAttribute Filter filter) {
        StringBuilder csv = new StringBuilder();
        trail.export(actor.clientId(), filter.query(), csv);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
                .body(csv.toString());
    }
}
