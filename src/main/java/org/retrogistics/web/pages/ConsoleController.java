package org.retrogistics.web.pages;

import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitHistory;
import org.retrogistics.custody.UnitState;
import org.retrogistics.returns.ClosingReturns;
import org.retrogistics.returns.ReturnDetailSnapshot;
import org.retrogistics.returns.ReturnKind;
import org.retrogistics.returns.ReturnLifecycle;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnSearch;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.returns.ReturnTrigger;
import org.retrogistics.returns.ReviewingReturns;
import org.retrogistics.shared.DomainException;
import org.retrogistics.workshop.WorkshopManagement;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agents' console: the returns list, a return's detail, the review queue and unit histories (home: ConsoleHome). */
@Controller
@RequestMapping("/console")
@PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','TECHNICIAN','MANAGER','ADMIN')")
class ConsoleController {

    private final ReturnManagement returns;
    private final ClosingReturns closing;
    private final ReviewingReturns reviewing;
    private final CustodyLedger custody;
    private final WorkshopManagement workshop;
    private final ReturnPageFacts pageFacts;

    ConsoleController(
            ReturnManagement returns,
            ClosingReturns closing,
            ReviewingReturns reviewing,
            CustodyLedger custody,
            WorkshopManagement workshop,
            ReturnPageFacts pageFacts) {
        this.returns = returns;
        this.closing = closing;
        this.reviewing = reviewing;
        this.custody = custody;
        this.workshop = workshop;
        this.pageFacts = pageFacts;
    }

    /** The returns list's filters, as the page's query string carries them. */
    record ReturnsFilter(ReturnStatus status, ReturnKind kind, String email, String rma, Integer page) {}

    @GetMapping("/returns")
    String list(
            @AuthenticationPrincipal Actor actor,
            @ModelAttribute ReturnsFilter filter,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        ReturnStatus status = filter.status();
        ReturnKind kind = filter.kind();
        String email = filter.email();
        String rma = filter.rma();
        int page = filter.page() == null ? 0 : filter.page();
        Page<ReturnDetailSnapshot> result = returns.searchDetails(
                actor.clientId(),
                new ReturnSearch(status, kind, email, rma, null, null),
                PageRequest.of(Math.max(0, page), 25, Sort.by(Sort.Direction.DESC, "requestedAt")));
        model.addAttribute("page", result);
        model.addAttribute("statuses", ReturnStatus.values());
        model.addAttribute("kinds", ReturnKind.values());
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("email", email);
        model.addAttribute("rma", rma);
        return htmx != null ? "console/returns :: results" : "console/returns";
    }

    @GetMapping("/review")
    String review(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute(
                "page",
                returns.searchDetails(
                        actor.clientId(),
                        new ReturnSearch(ReturnStatus.UNDER_REVIEW, null, null, null, null, null),
                        PageRequest.of(0, 50, Sort.by("requestedAt"))));
        return "console/review";
    }

    @GetMapping("/returns/{id}")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        ReturnDetailSnapshot r = returns.detail(actor.clientId(), id);
        model.addAttribute("ret", r);
        model.addAttribute("units", returns.units(actor.clientId(), r));
        model.addAttribute("can", ReturnLifecycle.TABLE.triggersFrom(r.status()));
        model.addAttribute("AUTHORIZE", ReturnTrigger.AUTHORIZE);
        model.addAttribute("REJECT", ReturnTrigger.REJECT);
        model.addAttribute("CANCEL", ReturnTrigger.CANCEL);
        model.addAttribute("CLOSE", ReturnTrigger.CLOSE);
        pageFacts.addTo(model, actor, r);
        return "console/return";
    }

    @PostMapping("/returns/{id}/authorize")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    String authorize(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Long version,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String back,
            RedirectAttributes flash) {
        return act(flash, id, back, () -> reviewing.authorize(actor, id, version, blankToNull(note)), "authorized");
    }

    @PostMapping("/returns/{id}/reject")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    String reject(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Long version,
            @RequestParam String reason,
            @RequestParam(required = false) String back,
            RedirectAttributes flash) {
        if (reason.isBlank()) {
            flash.addFlashAttribute("error", "Give the customer a reason for the rejection.");
            return redirect(id, back);
        }
        return act(flash, id, back, () -> reviewing.reject(actor, id, version, reason), "rejected");
    }

    @PostMapping("/returns/{id}/cancel")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    String cancel(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Long version,
            @RequestParam String reason,
            RedirectAttributes flash) {
        return act(
                flash,
                id,
                null,
                () -> closing.cancel(actor, id, version, reason.isBlank() ? "cancelled by agent" : reason),
                "cancelled");
    }

    @PostMapping("/returns/{id}/close")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    String close(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Long version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        // a return whose money is not settled closes only with the agent's reason (the domain refuses it otherwise)
        return act(
                flash,
                id,
                null,
                () -> closing.close(actor, id, version, "closed in the console", reason.isBlank() ? null : reason),
                "closed");
    }

    private String act(RedirectAttributes flash, UUID id, String back, Runnable action, String done) {
        try {
            action.run();
            flash.addFlashAttribute("notice", "Return " + done + ".");
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return redirect(id, back);
    }

    private static String redirect(UUID id, String back) {
        return "review".equals(back) ? "redirect:/console/review" : "redirect:/console/returns/" + id;
    }

    @GetMapping("/units/{id}")
    String unit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        UnitHistory history = custody.history(actor.clientId(), id);
        model.addAttribute("history", history);
        model.addAttribute("chain", custody.verifyChain(actor.clientId(), id));
        model.addAttribute("workOrders", workshop.forUnit(actor.clientId(), id));
        model.addAttribute("inspectable", history.unit().state() == UnitState.IN_CUSTODY);
        return "console/unit";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
