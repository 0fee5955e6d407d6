package org.retrogistics.custody.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.custody.CustodyChain;
import org.retrogistics.custody.CustodyEntry;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitHistory;
import org.retrogistics.custody.UnitSnapshot;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Units and their chain of custody. */
@RestController
@RequestMapping("/api/units")
@PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','TECHNICIAN','MANAGER','ADMIN')")
class CustodyApi {

    private final CustodyLedger custody;

    CustodyApi(CustodyLedger custody) {
        this.custody = custody;
    }

    record HistoryView(UnitSnapshot unit, List<CustodyEntry> custody) {}

    /** Finds units by licence plate or serial, as a scanner reads either. */
    @GetMapping
    List<UnitSnapshot> find(
            @AuthenticationPrincipal Actor actor, @RequestParam @NotBlank @Size(max = 100) String identity) {
        return custody.find(actor.clientId(), identity.strip()).stream().toList();
    }

    @GetMapping("/{id}")
    UnitSnapshot get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return custody.history(actor.clientId(), id).unit();
    }

    /** The unit's whole chain of custody, oldest first. */
    @GetMapping("/{id}/history")
    HistoryView history(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        UnitHistory h = custody.history(actor.clientId(), id);
        return new HistoryView(h.unit(), h.events());
    }

    /**
     * Recomputes the unit's custody hash chain: {@code valid}, or the first entry ({@code brokenAt}, its sequence
     * number) whose content or link no longer matches what was written (ADR 0031).
     */
    @GetMapping("/{id}/custody/verify")
    CustodyChain.Verification verify(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return custody.verifyChain(actor.clientId(), id);
    }
}
