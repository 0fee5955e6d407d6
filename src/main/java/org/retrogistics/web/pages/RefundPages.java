package org.retrogistics.web.pages;

import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.refunds.MovementStatus;
import org.retrogistics.refunds.RefundManagement;
import org.retrogistics.refunds.SettlingMovements;
import org.retrogistics.shared.DomainException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The money movements of the client's returns: filter by state, retry a failed payout, release a held one. */
@Controller
@RequestMapping("/console/refunds")
@PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
class RefundPages {

    private final RefundManagement refunds;
    private final SettlingMovements settling;

    RefundPages(RefundManagement refunds, SettlingMovements settling) {
        this.refunds = refunds;
        this.settling = settling;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) MovementStatus status,
            @RequestParam(required = false) String rma,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        String r = rma == null || rma.isBlank() ? null : rma.strip();
        model.addAttribute(
                "page",
                refunds.searchSnapshots(
                        actor.clientId(),
                        status,
                        r,
                        PageRequest.of(Math.max(0, page), 50, Sort.by(Sort.Direction.DESC, "createdAt"))));
        model.addAttribute("statuses", MovementStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("rma", r);
        model.addAttribute("manager", actor.has(Role.MANAGER) || actor.has(Role.ADMIN));
        return htmx != null ? "console/refunds :: results" : "console/refunds";
    }

    @PostMapping("/{id}/retry")
    String retry(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) Long version,
            RedirectAttributes flash) {
        return act(
                flash,
                () -> {
                    settling.retry(actor, id, version);
                    return refunds.snapshot(actor.clientId(), id).status();
                },
                "Retried: ");
    }

    @PostMapping("/{id}/release")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    String release(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) Long version,
            RedirectAttributes flash) {
        return act(
                flash,
                () -> {
                    settling.release(actor, id, version);
                    return refunds.snapshot(actor.clientId(), id).status();
                },
                "Released: ");
    }

    private static String act(RedirectAttributes flash, java.util.function.Supplier<MovementStatus> step, String done) {
        try {
            flash.addFlashAttribute("message", done + step.get());
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/refunds";
    }
}
