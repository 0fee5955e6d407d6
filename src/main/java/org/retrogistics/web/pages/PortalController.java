package org.retrogistics.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.Client;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.orders.Order;
import org.retrogistics.orders.OrderLine;
import org.retrogistics.orders.OrderManagement;
import org.retrogistics.refunds.RefundManagement;
import org.retrogistics.returns.NewReturn;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnKind;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnPolicies;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.returns.ReturnRefusedByPolicy;
import org.retrogistics.returns.ReturnRequest;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The shopper's self-service portal. No sign-in: the order number and the e-mail together prove the order, and every
 * post carries both again, so the portal keeps no session state.
 */
@Controller
@RequestMapping("/portal/{clientCode}")
class PortalController {

    private final CatalogManagement catalog;
    private final OrderManagement orders;
    private final ReturnManagement returns;
    private final ReturnPolicies policies;
    private final RefundManagement refunds;

    PortalController(
            CatalogManagement catalog,
            OrderManagement orders,
            ReturnManagement returns,
            ReturnPolicies policies,
            RefundManagement refunds) {
        this.catalog = catalog;
        this.orders = orders;
        this.returns = returns;
        this.policies = policies;
        this.refunds = refunds;
    }

    @ModelAttribute("client")
    Client client(@PathVariable String clientCode) {
        return catalog.findClientByCode(clientCode).orElseThrow(() -> new NotFound("shop", clientCode));
    }

    @GetMapping
    String find(@ModelAttribute("client") Client client, Model model) {
        model.addAttribute("policy", policies.current(client.clientId()));
        return "portal/find";
    }

    @PostMapping("/order")
    String order(
            @ModelAttribute("client") Client client,
            @RequestParam String orderNumber,
            @RequestParam String email,
            Model model) {
        return orders.findForCustomer(client.clientId(), orderNumber, email)
                .map(order -> showOrder(client, order, email, null, model))
                .orElseGet(() -> {
                    model.addAttribute("policy", policies.current(client.clientId()));
                    model.addAttribute("orderNumber", orderNumber);
                    model.addAttribute("email", email);
                    model.addAttribute("error", "We could not find an order with that number and e-mail address.");
                    return "portal/find";
                });
    }

    private String showOrder(Client client, Order order, String email, String error, Model model) {
        Map<UUID, ProductFacts> products = catalog.productsById(
                client.clientId(),
                order.getLines().stream().map(OrderLine::getProductId).toList());
        model.addAttribute("order", order);
        model.addAttribute("email", email);
        model.addAttribute(
                "names", products.values().stream().collect(Collectors.toMap(ProductFacts::id, ProductFacts::name)));
        model.addAttribute("reasons", customerReasons());
        model.addAttribute(
                "resolutions",
                policies.current(client.clientId()).offeredResolutions().stream()
                        .filter(r -> r != Resolution.NONE)
                        .toList());
        model.addAttribute("error", error);
        return "portal/order";
    }

    /** The reasons a shopper may pick; the others (recall, delivery failure, end of life) are not theirs to give. */
    private static List<ReturnReason> customerReasons() {
        return EnumSet.complementOf(
                        EnumSet.of(ReturnReason.RECALL, ReturnReason.DELIVERY_FAILURE, ReturnReason.END_OF_LIFE))
                .stream()
                .toList();
    }

    /** "Can I return this?", answered in place (htmx) before anything is recorded. */
    @PostMapping("/check")
    String check(@ModelAttribute("client") Client client, @ModelAttribute PortalForm form, Model model) {
        try {
            NewReturn request = toRequest(client.clientId(), form);
            model.addAttribute("verdicts", returns.evaluate(shopper(client, form), request));
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("verdicts", List.of());
        }
        return "portal/verdict :: verdict";
    }

    @PostMapping("/returns")
    String submit(@ModelAttribute("client") Client client, @ModelAttribute PortalForm form, Model model) {
        Order order = orders.findForCustomer(
                        client.clientId(), nullSafe(form.getOrderNumber()), nullSafe(form.getEmail()))
                .orElseThrow(() -> new NotFound("order", form.getOrderNumber()));
        try {
            ReturnRequest r = returns.request(shopper(client, form), toRequest(client.clientId(), form));
            return "redirect:/portal/" + client.getCode() + "/status?rma=" + r.getRmaNumber() + "&email="
                    + URLEncoder.encode(form.getEmail(), StandardCharsets.UTF_8);
        } catch (ReturnRefusedByPolicy refused) {
            model.addAttribute("verdicts", refused.verdicts());
            return showOrder(
                    client, order, form.getEmail(), "We cannot accept this return: " + refused.getMessage(), model);
        } catch (DomainException e) {
            return showOrder(client, order, form.getEmail(), e.getMessage(), model);
        }
    }

    @GetMapping("/status")
    String status(
            @ModelAttribute("client") Client client,
            @RequestParam(required = false) String rma,
            @RequestParam(required = false) String email,
            Model model) {
        model.addAttribute("ret", null);
        if (rma == null || email == null) {
            return "portal/status";
        }
        try {
            ReturnRequest r = returns.byRma(client.clientId(), rma.strip());
            if (r.getCustomerEmail() == null || !r.getCustomerEmail().equalsIgnoreCase(email.strip())) {
                throw new NotFound("return", rma);
            }
            model.addAttribute("ret", r);
            model.addAttribute("money", refunds.forReturn(client.clientId(), r.getId()));
        } catch (NotFound e) {
            model.addAttribute("error", "We could not find return " + rma + " for that e-mail address.");
        }
        return "portal/status";
    }

    private static Actor shopper(Client client, PortalForm form) {
        return new Actor(client.clientId(), "portal:" + form.getEmail(), EnumSet.of(Role.CUSTOMER), null);
    }

    private static NewReturn toRequest(ClientId client, PortalForm form) {
        List<NewReturn.Line> lines = form.getLines().stream()
                .filter(r -> r.getQuantity() != null && r.getQuantity() > 0)
                .map(r -> new NewReturn.Line(
                        form.getOrderNumber(),
                        r.getLineNo(),
                        null,
                        r.getQuantity(),
                        r.getReason() == null ? ReturnReason.OTHER : r.getReason(),
                        null,
                        form.getNote() == null || form.getNote().isBlank() ? null : form.getNote(),
                        null,
                        null,
                        r.getResolution() == null ? Resolution.REFUND : r.getResolution()))
                .toList();
        if (lines.isEmpty()) {
            throw new PortalInputMissing("Choose at least one item and a quantity to return.");
        }
        return new NewReturn(ReturnKind.CUSTOMER_RETURN, form.getEmail(), null, lines);
    }

    private static String nullSafe(String s) {
        return s == null ? "" : s;
    }

    /** The shopper chose nothing to return. */
    static class PortalInputMissing extends DomainException {
        PortalInputMissing(String message) {
            super(Kind.INVALID, "nothing-chosen", message);
        }
    }
}
