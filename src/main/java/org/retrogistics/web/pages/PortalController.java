package org.retrogistics.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.retrogistics.access.Actor;
import org.retrogistics.access.ShopperScope;
import org.retrogistics.audit.AuditCategory;
import org.retrogistics.audit.AuditRecord;
import org.retrogistics.audit.AuditTrail;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.orders.OrderFacts;
import org.retrogistics.orders.OrderLineFacts;
import org.retrogistics.orders.OrderManagement;
import org.retrogistics.returns.LineVerdict;
import org.retrogistics.returns.NewReturn;
import org.retrogistics.returns.RequestingReturns;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnPolicies;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.returns.ReturnRefusedByPolicy;
import org.retrogistics.returns.ReturnSnapshot;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.NotFound;
import org.retrogistics.web.support.SignInThrottle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The shopper's self-service portal. No sign-in: the order number and the e-mail together prove the order, and that
 * proof binds the portal session to that shopper (the session id is renewed then). Checking and requesting a return
 * act for the bound shopper only, whatever a form posts; a return's status needs the binding or a signed, expiring
 * link ({@link PortalLinks}, the status page is {@link PortalStatusPage}). No e-mail ever travels in an address. Failed lookups are throttled per order number and
 * per source address ({@link SignInThrottle}), so orders cannot be walked nor e-mails guessed.
 */
@Controller
@RequestMapping("/portal/{clientCode}")
class PortalController {

    private final CatalogManagement catalog;
    private final OrderManagement orders;
    private final RequestingReturns requesting;
    private final ReturnPolicies policies;
    private final SignInThrottle throttle;
    private final AuditTrail audit;

    PortalController(
            CatalogManagement catalog,
            OrderManagement orders,
            RequestingReturns requesting,
            ReturnPolicies policies,
            SignInThrottle throttle,
            AuditTrail audit) {
        this.audit = audit;
        this.catalog = catalog;
        this.orders = orders;
        this.requesting = requesting;
        this.policies = policies;
        this.throttle = throttle;
    }

    @ModelAttribute("client")
    ClientFacts client(@PathVariable String clientCode) {
        return catalog.findClientByCode(clientCode).orElseThrow(() -> new NotFound("shop", clientCode));
    }

    @GetMapping
    String find(@ModelAttribute("client") ClientFacts client, Model model) {
        model.addAttribute("policy", policies.currentTerms(client.clientId()));
        return "portal/find";
    }

    @PostMapping("/order")
    String order(
            @ModelAttribute("client") ClientFacts client,
            @RequestParam String orderNumber,
            @RequestParam String email,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String account = "portal:" + client.code() + ":" + orderNumber.strip();
        String address = portalAddress(request);
        Optional<Duration> wait = throttle.retryAfter(account, address);
        if (wait.isPresent()) {
            // refused unchecked: the answer is the same whether the e-mail was right or not
            throttled(response, wait.get(), model);
            model.addAttribute("policy", policies.currentTerms(client.clientId()));
            model.addAttribute("orderNumber", orderNumber);
            return "portal/find";
        }
        return orders.findForCustomer(client.clientId(), orderNumber, email)
                .map(order -> {
                    throttle.succeeded(account);
                    bind(request, client, email);
                    // the shopper's portal session starts: a sign-in, in the client's audit trail (ADR 0031)
                    audit.record(
                            new AuditRecord(
                                    client.clientId(),
                                    AuditCategory.SIGN_IN,
                                    "PORTAL_SIGNED_IN",
                                    "order " + order.orderNumber(),
                                    null,
                                    "address=" + address),
                            "portal:" + ShopperScope.normalise(email));
                    return showOrder(client, order, null, model);
                })
                .orElseGet(() -> {
                    throttle.failed(account, address);
                    model.addAttribute("policy", policies.currentTerms(client.clientId()));
                    model.addAttribute("orderNumber", orderNumber);
                    model.addAttribute("email", email);
                    model.addAttribute("error", "We could not find an order with that number and e-mail address.");
                    return "portal/find";
                });
    }

    /**
     * The portal's failures count apart from staff sign-ins from the same address: a shopper guessing behind an
     * office's address does not lock that office's staff out of the API and the console.
     */
    static String portalAddress(HttpServletRequest request) {
        return "portal " + request.getRemoteAddr();
    }

    static void throttled(HttpServletResponse response, Duration wait, Model model) {
        long minutes = SignInThrottle.minutes(wait);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(SignInThrottle.seconds(wait)));
        model.addAttribute("throttled", true);
        model.addAttribute(
                "error", "Too many attempts: try again in " + minutes + (minutes == 1 ? " minute." : " minutes."));
    }

    private String showOrder(ClientFacts client, OrderFacts order, String error, Model model) {
        Map<UUID, ProductFacts> products = catalog.productsById(
                client.clientId(),
                order.lines().stream().map(OrderLineFacts::productId).toList());
        model.addAttribute("order", order);
        model.addAttribute(
                "names", products.values().stream().collect(Collectors.toMap(ProductFacts::id, ProductFacts::name)));
        model.addAttribute("reasons", customerReasons());
        model.addAttribute(
                "resolutions",
                policies.currentTerms(client.clientId()).offeredResolutions().stream()
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
    String check(
            @ModelAttribute("client") ClientFacts client,
            @ModelAttribute PortalForm form,
            HttpSession session,
            Model model) {
        try {
            Actor shopper = boundShopper(session, client).orElseThrow(PortalSessionEnded::new);
            NewReturn request = form.toRequest(null, null);
            List<LineVerdict> verdicts = requesting.evaluate(shopper, request);
            model.addAttribute("verdicts", verdicts);
            // the product's name, not its SKU
            model.addAttribute(
                    "skuNames",
                    catalog
                            .productsBySku(
                                    client.clientId(),
                                    verdicts.stream().map(LineVerdict::sku).toList())
                            .entrySet()
                            .stream()
                            .collect(Collectors.toMap(
                                    Map.Entry::getKey, e -> e.getValue().name())));
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("verdicts", List.of());
        }
        return "portal/verdict :: verdict";
    }

    @PostMapping("/returns")
    String submit(
            @ModelAttribute("client") ClientFacts client,
            @ModelAttribute PortalForm form,
            HttpSession session,
            Model model) {
        Optional<Actor> shopper = boundShopper(session, client);
        if (shopper.isEmpty()) {
            model.addAttribute("policy", policies.currentTerms(client.clientId()));
            model.addAttribute("orderNumber", form.getOrderNumber());
            model.addAttribute("error", new PortalSessionEnded().getMessage());
            return "portal/find";
        }
        // the bound shopper's order only: another's is as unknown as a mistyped number
        OrderFacts order = orders.findForCustomer(
                        client.clientId(),
                        nullSafe(form.getOrderNumber()),
                        shopper.get().boundEmail().orElseThrow())
                .orElseThrow(() -> new NotFound("order", form.getOrderNumber()));
        try {
            ReturnSnapshot r = requesting.requestSnapshot(shopper.get(), form.toRequest(null, null));
            return "redirect:/portal/" + client.code() + "/status?rma="
                    + URLEncoder.encode(r.rmaNumber(), StandardCharsets.UTF_8);
        } catch (ReturnRefusedByPolicy refused) {
            model.addAttribute("verdicts", refused.verdicts());
            return showOrder(client, order, "We cannot accept this return: " + refused.getMessage(), model);
        } catch (DomainException e) {
            return showOrder(client, order, e.getMessage(), model);
        }
    }

    private static String sessionKey(ClientFacts client) {
        return "portal.shopper." + client.code();
    }

    /** Binds the session to the shopper who proved an order; a new session id, so a planted one is worth nothing. */
    private static void bind(HttpServletRequest request, ClientFacts client, String email) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(sessionKey(client), ShopperScope.normalise(email));
    }

    /** The shopper this portal session proved an order for, as the customer every call acts as. */
    static Optional<Actor> boundShopper(HttpSession session, ClientFacts client) {
        return Optional.ofNullable(session.getAttribute(sessionKey(client)))
                .map(email -> Actor.shopper(client.clientId(), "portal:" + email, (String) email));
    }

    private static String nullSafe(String s) {
        return s == null ? "" : s;
    }

    /** The session proves no order (it expired, or it never did): the shopper finds the order again. */
    static class PortalSessionEnded extends DomainException {
        PortalSessionEnded() {
            super(Kind.REJECTED, "portal-session-ended", "Your session has ended: find your order again to continue.");
        }
    }

    /** The shopper chose nothing to return. */
    static class PortalInputMissing extends DomainException {
        PortalInputMissing(String message) {
            super(Kind.INVALID, "nothing-chosen", message);
        }
    }
}
