package org.retrogistics.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Optional;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.refunds.RefundManagement;
import org.retrogistics.returns.CustomerReason;
import org.retrogistics.returns.ReturnDetailSnapshot;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.shared.NotFound;
import org.retrogistics.web.support.SignInThrottle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The portal's return status page: for the session bound to a shopper (that shopper's returns only), or through a
 * signed, expiring link ({@link PortalLinks}, that return only). Failed link checks are throttled per source address.
 */
@Controller
@RequestMapping("/portal/{clientCode}")
class PortalStatusPage {

    private final CatalogManagement catalog;
    private final ReturnManagement returns;
    private final RefundManagement refunds;
    private final SignInThrottle throttle;
    private final PortalLinks links;

    PortalStatusPage(
            CatalogManagement catalog,
            ReturnManagement returns,
            RefundManagement refunds,
            SignInThrottle throttle,
            PortalLinks links) {
        this.catalog = catalog;
        this.returns = returns;
        this.refunds = refunds;
        this.throttle = throttle;
        this.links = links;
    }

    @ModelAttribute("client")
    ClientFacts client(@PathVariable String clientCode) {
        return catalog.findClientByCode(clientCode).orElseThrow(() -> new NotFound("shop", clientCode));
    }

    /** What the status page is asked: an RMA number, and the expiry and signature of a link if it came by one. */
    record StatusQuery(String rma, Long exp, String sig) {}

    /**
     * A return's status, for the bound session (its shopper's returns only) or through a signed link (that return
     * only). Anything else, a wrong or expired signature included, shows nothing about any return.
     */
    @GetMapping("/status")
    String status(
            @ModelAttribute("client") ClientFacts client,
            @ModelAttribute("statusQuery") StatusQuery query,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String rma = query.rma();
        Long exp = query.exp();
        String sig = query.sig();
        model.addAttribute("ret", null);
        Optional<Actor> shopper = PortalController.boundShopper(session, client);
        model.addAttribute("bound", shopper.isPresent());
        if (rma == null || rma.isBlank()) {
            return "portal/status";
        }
        String number = rma.strip();
        try {
            ReturnDetailSnapshot r;
            if (sig != null || exp != null) {
                String address = PortalController.portalAddress(request);
                Optional<Duration> wait = throttle.retryAfter(null, address);
                if (wait.isPresent()) {
                    PortalController.throttled(response, wait.get(), model);
                    return "portal/status";
                }
                if (exp == null || !links.valid(client.code(), number, exp, sig)) {
                    throttle.failed(null, address);
                    model.addAttribute("error", "This link is not valid or has expired: find your order again.");
                    return "portal/status";
                }
                r = returns.detailByRma(client.clientId(), number);
            } else if (shopper.isPresent()) {
                r = returns.detailByRma(shopper.get(), number);
            } else {
                model.addAttribute("error", "Find your order first, or follow the link we sent you.");
                return "portal/status";
            }
            model.addAttribute("ret", r);
            model.addAttribute("rejectedBecause", CustomerReason.of(r));
            model.addAttribute("money", refunds.outcomesOf(client.clientId(), r.id()));
            if (sig == null && exp == null) {
                // the bound shopper may keep a link; a link is not renewed by following it, so it still expires
                model.addAttribute("link", links.statusPath(client.code(), r.rmaNumber()));
            }
        } catch (NotFound e) {
            model.addAttribute("error", "We could not find return " + number + " among yours.");
        }
        return "portal/status";
    }
}
