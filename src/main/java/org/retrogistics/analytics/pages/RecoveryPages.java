package org.retrogistics.analytics.pages;

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
import org.retrogistics.analytics.UnitRecovery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The recovery pages: a unit's recovery ledger, a return's units with their totals, and expected against actual per
 * disposition option.
 */
@Controller
@RequestMapping("/console")
class RecoveryPages {

    private final RecoveryLedger ledger;

    RecoveryPages(RecoveryLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/units/{id}/recovery")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    String unit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        UnitRecovery r = ledger.unit(actor.clientId(), id);
        model.addAttribute("r", r);
        model.addAttribute("charts", RecoveryBars.waterfall(r.entries(), r.totals(), r.expected()));
        return "console/recovery-unit";
    }

    @GetMapping("/returns/{id}/recovery")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    String forReturn(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("r", ledger.forReturn(actor.clientId(), id));
        return "console/recovery-return";
    }

    @GetMapping("/recovery")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    String summary(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) String basis,
            @RequestParam(defaultValue = "false") boolean settledOnly,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        Basis b = Basis.parse(basis);
        Instant start = date("from", from);
        Instant end = date("to", to);
        RecoverySummary byOption = ledger.summary(actor.clientId(), GroupBy.OPTION, b, settledOnly, start, end);
        RecoverySummary byMonth = ledger.summary(actor.clientId(), GroupBy.MONTH, b, false, start, end);
        model.addAttribute("byOption", byOption.byOption());
        model.addAttribute("byMonth", byMonth.byPeriod());
        model.addAttribute("charts", RecoveryBars.expectedAgainstActual(byOption.byOption()));
        model.addAttribute("basis", b);
        model.addAttribute("settledOnly", settledOnly);
        model.addAttribute("bases", Basis.values());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "console/recovery";
    }

    private static Instant date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRecoveryQuery(name + " is a date such as 2026-01-31, not '" + text.strip() + "'");
        }
    }
}
