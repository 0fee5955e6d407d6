package org.retrogistics.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.refunds.RefundEstimate;
import org.retrogistics.refunds.RefundManagement;
import org.retrogistics.returns.CustomerReason;
import org.retrogistics.returns.MoneyMoment;
import org.retrogistics.returns.ReturnDetailSnapshot;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.shared.NotFound;
import org.retrogistics.transport.ShipmentManagement;
import org.retrogistics.transport.ShipmentSnapshot;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The portal's return status page: for the session bound to a shopper (that shopper's returns only), or through a
 * signed, expiring link ({@link PortalLinks}, that return only), as {@link PortalAccess} decides. An approved return
 * shows what to send it with ({@link PortalReturnKit}): the label, its QR code, the ship-by date and the refund to
 * expect.
 */
@Controller
@RequestMapping("/portal/{clientCode}")
class PortalStatusPage {

    private final CatalogManagement catalog;
    private final RefundManagement refunds;
    private final RefundEstimate estimates;
    private final ShipmentManagement shipments;
    private final PortalAccess access;
    private final PortalTimeline timeline;

    PortalStatusPage(
            CatalogManagement catalog,
            RefundManagement refunds,
            RefundEstimate estimates,
            ShipmentManagement shipments,
            PortalAccess access,
            PortalTimeline timeline) {
        this.catalog = catalog;
        this.refunds = refunds;
        this.estimates = estimates;
        this.shipments = shipments;
        this.access = access;
        this.timeline = timeline;
    }

    @ModelAttribute("client")
    ClientFacts client(@PathVariable String clientCode) {
        return catalog.findClientByCode(clientCode).orElseThrow(() -> new NotFound("shop", clientCode));
    }

    /**
     * A return's status, for the bound session (its shopper's returns only) or through a signed link (that return
     * only). Anything else, a wrong or expired signature included, shows nothing about any return.
     */
    @GetMapping("/status")
    String status(
            @ModelAttribute("client") ClientFacts client,
            @ModelAttribute("statusQuery") PortalAccess.Query query,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("ret", null);
        model.addAttribute(
                "bound", PortalController.boundShopper(session, client).isPresent());
        if (query.rma() == null || query.rma().isBlank()) {
            return "portal/status";
        }
        PortalAccess.Answer a = access.find(client, query, session, request);
        if (a.retryAfter() != null) {
            PortalController.throttled(response, a.retryAfter(), model);
            return "portal/status";
        }
        if (!a.granted()) {
            model.addAttribute("error", a.error());
            return "portal/status";
        }
        ReturnDetailSnapshot r = a.ret();
        model.addAttribute("ret", r);
        model.addAttribute("rejectedBecause", CustomerReason.of(r));
        List<RefundManagement.OutcomeSnapshot> money = refunds.outcomesOf(client.clientId(), r.id());
        model.addAttribute("money", money);
        if (!query.byLink()) {
            // the bound shopper may keep a link; a link is not renewed by following it, so it still expires
            model.addAttribute("link", access.linkFor(client, r.rmaNumber()));
        }
        model.addAttribute("names", productNames(client, r));
        model.addAttribute("goodsNames", goodsNames(client, money));
        Optional<ShipmentSnapshot> label = shipments.forReturn(client.clientId(), r.id());
        model.addAttribute("timeline", timeline.of(client.clientId(), r, label, money));
        kit(client, query, r, label, model);
        return "portal/status";
    }

    /** What an approved return is sent with, and the refund to expect while no money has moved. */
    private void kit(
            ClientFacts client,
            PortalAccess.Query query,
            ReturnDetailSnapshot r,
            Optional<ShipmentSnapshot> shipment,
            Model model) {
        String params = query.asParams();
        model.addAttribute("kitParams", params);
        model.addAttribute("awaitingParcel", r.status() == ReturnStatus.AUTHORIZED);
        shipment.ifPresent(label -> {
            model.addAttribute("label", label);
            model.addAttribute("labelPdf", "/portal/" + client.code() + "/label.pdf?" + params);
            model.addAttribute("labelQr", "/portal/" + client.code() + "/qr.png?" + params);
        });
        if (r.status() == ReturnStatus.AUTHORIZED && r.expiresAt() != null) {
            model.addAttribute("shipBy", r.expiresAt());
        }
        if (r.status() != ReturnStatus.REJECTED && r.status() != ReturnStatus.CANCELLED) {
            RefundEstimate.Estimate estimate = estimates.of(client.clientId(), r.id());
            model.addAttribute("estimate", estimate);
            model.addAttribute("moneyMoves", moneyMoves(estimate.moneyMoves()));
        }
    }

    /** Each line's product name, by line number; its SKU when the catalogue has no name for it. */
    private Map<Integer, String> productNames(ClientFacts client, ReturnDetailSnapshot r) {
        var products = catalog.productsBySku(
                client.clientId(),
                r.lines().stream().map(ReturnDetailSnapshot.Line::sku).toList());
        return r.lines().stream().collect(Collectors.toMap(ReturnDetailSnapshot.Line::lineNo, l -> {
            var p = products.get(l.sku());
            return p == null || p.name() == null || p.name().isBlank() ? l.sku() : p.name();
        }));
    }

    /** The names of the goods an exchange sends, by SKU. */
    private Map<String, String> goodsNames(ClientFacts client, List<RefundManagement.OutcomeSnapshot> money) {
        List<String> skus = money.stream()
                .map(RefundManagement.OutcomeSnapshot::goodsSku)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<String, String> names = new HashMap<>();
        catalog.productsBySku(client.clientId(), skus).forEach((sku, p) -> names.put(sku, p.name()));
        return names;
    }

    /** When the money moves, in the shopper's words. */
    static String moneyMoves(MoneyMoment moment) {
        if (moment == null) {
            return "once our team has decided on your return";
        }
        return switch (moment) {
            case ON_REQUEST -> "as soon as your return is approved";
            case ON_CARRIER_SCAN -> "as soon as the carrier scans your parcel";
            case ON_RECEIPT -> "as soon as your parcel arrives at our warehouse";
            case AFTER_INSPECTION -> "once we have received and checked your items";
        };
    }
}
