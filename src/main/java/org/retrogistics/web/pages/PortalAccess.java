package org.retrogistics.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.returns.ReturnDetailSnapshot;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.shared.NotFound;
import org.retrogistics.web.support.SignInThrottle;
import org.springframework.stereotype.Component;

/**
 * Who may see a return in the portal: the session bound to its shopper, or a signed, expiring link for that return
 * only ({@link PortalLinks}). Failed link checks are throttled per source address. The status page and the label and
 * QR code it offers all ask here, with the same query.
 */
@Component
class PortalAccess {

    /** What a portal page about one return is asked: an RMA number, and the expiry and signature of a link. */
    record Query(String rma, Long exp, String sig) {

        boolean byLink() {
            return sig != null || exp != null;
        }

        /** The query string that reaches the same return the same way, for the page's own links and forms. */
        String asParams() {
            String q = "rma=" + URLEncoder.encode(rma.strip(), StandardCharsets.UTF_8);
            return byLink()
                    ? q + "&exp=" + exp + "&sig=" + URLEncoder.encode(sig == null ? "" : sig, StandardCharsets.UTF_8)
                    : q;
        }
    }

    /** The answer: the return and the shopper it is shown to, or why not ({@code retryAfter} when throttled). */
    record Answer(ReturnDetailSnapshot ret, Actor shopper, String error, Duration retryAfter) {

        static Answer refused(String error) {
            return new Answer(null, null, error, null);
        }

        boolean granted() {
            return ret != null;
        }
    }

    private final ReturnManagement returns;
    private final SignInThrottle throttle;
    private final PortalLinks links;

    PortalAccess(ReturnManagement returns, SignInThrottle throttle, PortalLinks links) {
        this.returns = returns;
        this.throttle = throttle;
        this.links = links;
    }

    /** A signed link to the return's status page, for the bound shopper to keep. */
    String linkFor(ClientFacts client, String rmaNumber) {
        return links.statusPath(client.code(), rmaNumber);
    }

    /** Anything but the bound shopper's own return or a valid link, a wrong or expired signature included, is refused. */
    Answer find(ClientFacts client, Query query, HttpSession session, HttpServletRequest request) {
        String number = query.rma() == null ? "" : query.rma().strip();
        Optional<Actor> shopper = PortalController.boundShopper(session, client);
        try {
            if (query.byLink()) {
                String address = PortalController.portalAddress(request);
                Optional<Duration> wait = throttle.retryAfter(null, address);
                if (wait.isPresent()) {
                    return new Answer(null, null, null, wait.get());
                }
                if (query.exp() == null || !links.valid(client.code(), number, query.exp(), query.sig())) {
                    throttle.failed(null, address);
                    return Answer.refused("This link is not valid or has expired: find your order again.");
                }
                ReturnDetailSnapshot r = returns.detailByRma(client.clientId(), number);
                // the link speaks for the return's own shopper, and for that return only
                Actor by = r.customerEmail() == null || r.customerEmail().isBlank()
                        ? Actor.system(client.clientId(), "portal link")
                        : Actor.shopper(client.clientId(), "portal:" + r.customerEmail(), r.customerEmail());
                return new Answer(r, by, null, null);
            }
            if (shopper.isPresent()) {
                return new Answer(returns.detailByRma(shopper.get(), number), shopper.get(), null, null);
            }
            return Answer.refused("Find your order first, or follow the link we sent you.");
        } catch (NotFound e) {
            return Answer.refused("We could not find return " + number + " among yours.");
        }
    }
}
