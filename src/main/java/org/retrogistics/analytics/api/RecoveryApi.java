package org.retrogistics.analytics.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.analytics.InvalidRecoveryQuery;
import org.retrogistics.analytics.RecoveryLedger;
import org.retrogistics.analytics.RecoverySummary;
import org.retrogistics.analytics.RecoverySummary.Basis;
import org.retrogistics.analytics.RecoverySummary.GroupBy;
import org.retrogistics.analytics.ReturnRecovery;
import org.retrogistics.analytics.UnitRecovery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The recovery ledger, read: a unit's, a return's, and the client's summed by option, client or month. */
@RestController
class RecoveryApi {

    private final RecoveryLedger ledger;

    RecoveryApi(RecoveryLedger ledger) {
        this.ledger = ledger;
    }

    /** Every cost and recovery of the unit, totals per currency, the disposition's expectation and the gap. */
    @GetMapping("/api/units/{id}/recovery")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    UnitRecovery unit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ledger.unit(actor.clientId(), id);
    }

    /** The return's units with their totals and expectations, and the return's totals per currency. */
    @GetMapping("/api/returns/{id}/recovery")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    ReturnRecovery forReturn(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ledger.forReturn(actor.clientId(), id);
    }

    /**
     * Net recovery summed per disposition option (expected against actual), for the client, or per month; one row
     * per currency. {@code from} and {@code to} are dates (UTC) or instants; {@code to} is exclusive. By option,
     * {@code basis=first} compares with the first option decided instead of the one in force, and {@code
     * settledOnly=true} only the units whose fate is recorded.
     */
    @GetMapping("/api/recovery/summary")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    RecoverySummary summary(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "option") String groupBy,
            @RequestParam(required = false) String basis,
            @RequestParam(defaultValue = "false") boolean settledOnly,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return ledger.summary(
                actor.clientId(),
                GroupBy.parse(groupBy),
                Basis.parse(basis),
                settledOnly,
                instant("from", from),
                instant("to", to));
    }

    static Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return t.length() == 10
                    ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidRecoveryQuery(
                    name + " is a date (2026-01-31) or an instant (2026-01-31T00:00:00Z), not '" + t + "'");
        }
    }
}
