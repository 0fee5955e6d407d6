package org.retrogistics.web.pages;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.orders.OrderFacts;
import org.retrogistics.orders.OrderLineFacts;
import org.retrogistics.orders.OrderManagement;
import org.retrogistics.refunds.ExchangeWithdrawal;
import org.retrogistics.refunds.ResolutionRequest;
import org.retrogistics.refunds.ResolvingReturnLines;
import org.retrogistics.returns.RequestingReturns;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnPolicies;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.returns.ReturnRefusedByPolicy;
import org.retrogistics.returns.ReturnSnapshot;
import org.retrogistics.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agent's desk for a whole return without the API: take a return for a customer on the phone (find the order,
 * choose items), resolve its lines (refund, store credit, exchange, replacement, repair) and withdraw an
 * exchange whose goods have not gone. Each action is one form on the return's page, answered on that page.
 */
@Controller
@RequestMapping("/console/returns")
@PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
class ReturnDeskPages {

    private final OrderManagement orders;
    private final CatalogManagement catalog;
    private final ReturnPolicies policies;
    private final RequestingReturns requesting;
    private final ReturnDeskMoney money;

    ReturnDeskPages(
            OrderManagement orders,
            CatalogManagement catalog,
            ReturnPolicies policies,
            RequestingReturns requesting,
            ReturnDeskMoney money) {
        this.orders = orders;
        this.catalog = catalog;
        this.policies = policies;
        this.requesting = requesting;
        this.money = money;
    }

    /** The resolving use cases, kept together so the desk's constructor stays short. */
    @org.springframework.stereotype.Component
    static class ReturnDeskMoney {
        final ResolvingReturnLines resolving;
        final ExchangeWithdrawal exchanges;

        ReturnDeskMoney(ResolvingReturnLines resolving, ExchangeWithdrawal exchanges) {
            this.resolving = resolving;
            this.exchanges = exchanges;
        }
    }

    /** Step one: the order number the customer reads out; step two, on the same page: its lines to choose from. */
    @GetMapping("/new")
    String newReturn(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String order, Model model) {
        if (order == null || order.isBlank()) {
            return "console/return-new";
        }
        try {
            return showOrder(actor, orders.orderByNumber(actor.clientId(), order.strip()), null, model);
        } catch (DomainException notFound) {
            model.addAttribute("order", null);
            model.addAttribute("orderNumber", order);
            model.addAttribute("error", "No order " + order.strip() + " for this client.");
            return "console/return-new";
        }
    }

    @PostMapping("/new")
    String create(
            @AuthenticationPrincipal Actor actor,
            @ModelAttribute PortalForm form,
            Model model,
            RedirectAttributes flash) {
        OrderFacts order = orders.orderByNumber(actor.clientId(), form.getOrderNumber());
        try {
            ReturnSnapshot r =
                    requesting.requestSnapshot(actor, form.toRequest(order.customerEmail(), order.customerName()));
            flash.addFlashAttribute(
                    "notice",
                    "Return " + r.rmaNumber() + " taken for " + order.customerEmail() + ": " + r.status() + ".");
            return "redirect:/console/returns/" + r.id();
        } catch (ReturnRefusedByPolicy refused) {
            model.addAttribute("verdicts", refused.verdicts());
            return showOrder(actor, order, "The policy refuses this return: " + refused.getMessage(), model);
        } catch (DomainException e) {
            return showOrder(actor, order, e.getMessage(), model);
        }
    }

    private String showOrder(Actor actor, OrderFacts order, String error, Model model) {
        Map<UUID, ProductFacts> products = catalog.productsById(
                actor.clientId(),
                order.lines().stream().map(OrderLineFacts::productId).toList());
        model.addAttribute("order", order);
        model.addAttribute(
                "names", products.values().stream().collect(Collectors.toMap(ProductFacts::id, ProductFacts::name)));
        // recalls and carrier failures have their own paths; an agent takes every other reason a customer gives
        model.addAttribute(
                "reasons",
                EnumSet.complementOf(EnumSet.of(ReturnReason.RECALL, ReturnReason.DELIVERY_FAILURE)).stream()
                        .toList());
        model.addAttribute(
                "resolutions",
                policies.currentTerms(actor.clientId()).offeredResolutions().stream()
                        .filter(r -> r != Resolution.NONE)
                        .toList());
        model.addAttribute("error", error);
        return "console/return-new";
    }

    /** The resolution form's fields: the line, what its units get, how many, and for an exchange the item sent. */
    record ResolutionForm(
            Integer lineNo, Resolution kind, Integer quantity, BigDecimal amount, String sku, String note) {}

    /** What a line's units get: the agent's resolution, paid or sent as the allowance rules say. */
    @PostMapping("/{id}/resolutions")
    String resolve(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute ResolutionForm form,
            RedirectAttributes flash) {
        try {
            var o = money.resolving.resolveSnapshot(
                    actor,
                    id,
                    new ResolutionRequest(
                            form.lineNo() == null ? 0 : form.lineNo(),
                            form.kind(),
                            form.quantity(),
                            form.amount(),
                            blankToNull(form.sku()),
                            blankToNull(form.note())));
            flash.addFlashAttribute(
                    "notice",
                    "Line " + o.lineNo() + ": " + o.quantity() + " × " + o.kind() + " recorded"
                            + (o.movements().isEmpty()
                                    ? "."
                                    : ", " + o.movements().size() + " money movement(s)."));
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/returns/" + id + "#money";
    }

    /** Withdraws an exchange or replacement whose goods have not gone: the stock goes back. */
    @PostMapping("/{id}/resolutions/{resolutionId}/withdraw")
    String withdraw(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID resolutionId,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        try {
            money.exchanges.withdrawOnly(actor, id, resolutionId, reason);
            flash.addFlashAttribute("notice", "Exchange withdrawn.");
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/returns/" + id + "#money";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
