package org.retrogistics.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.shared.NotFound;
import org.retrogistics.transport.LabellingReturns;
import org.retrogistics.transport.ShipmentManagement;
import org.retrogistics.transport.ShipmentSnapshot;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the shopper sends an approved return with: its label, made when first asked for (the same one after), as a PDF
 * to print, and the label's QR code to show at a drop-off point that prints it (no box or printer needed). Access is
 * the status page's ({@link PortalAccess}): the bound session or the return's signed link.
 */
@Controller
@RequestMapping("/portal/{clientCode}")
class PortalReturnKit {

    private final CatalogManagement catalog;
    private final PortalAccess access;
    private final LabellingReturns labelling;
    private final ShipmentManagement shipments;

    PortalReturnKit(
            CatalogManagement catalog, PortalAccess access, LabellingReturns labelling, ShipmentManagement shipments) {
        this.catalog = catalog;
        this.access = access;
        this.labelling = labelling;
        this.shipments = shipments;
    }

    @ModelAttribute("client")
    ClientFacts client(@PathVariable String clientCode) {
        return catalog.findClientByCode(clientCode).orElseThrow(() -> new NotFound("shop", clientCode));
    }

    /** Makes the return's label if it has none (asking twice makes one), then shows the status page with it. */
    @PostMapping("/label")
    String makeLabel(
            @ModelAttribute("client") ClientFacts client,
            @ModelAttribute PortalAccess.Query query,
            HttpSession session,
            HttpServletRequest request) {
        PortalAccess.Answer a = access.find(client, query, session, request);
        if (a.granted() && a.ret().status() == ReturnStatus.AUTHORIZED) {
            try {
                labelling.labelFor(a.shopper(), a.ret().id());
            } catch (DataIntegrityViolationException twoAtOnce) {
                // the same shopper asked twice at once: the other request made the label
            }
        }
        return "redirect:/portal/" + client.code() + "/status?" + query.asParams() + "#label";
    }

    @GetMapping("/label.pdf")
    ResponseEntity<byte[]> labelPdf(
            @ModelAttribute("client") ClientFacts client,
            @ModelAttribute PortalAccess.Query query,
            HttpSession session,
            HttpServletRequest request) {
        Optional<ShipmentSnapshot> label = label(client, query, session, request);
        if (label.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"return-label-" + label.get().rmaNumber() + ".pdf\"")
                .body(shipments.labelPdf(client.clientId(), label.get().trackingNumber()));
    }

    /** The label's QR code: the same code the printed label carries. */
    @GetMapping("/qr.png")
    ResponseEntity<byte[]> qr(
            @ModelAttribute("client") ClientFacts client,
            @ModelAttribute PortalAccess.Query query,
            HttpSession session,
            HttpServletRequest request) {
        return label(client, query, session, request)
                .map(s -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.noStore())
                        .body(QrImage.png(s.dropOffCode())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    private Optional<ShipmentSnapshot> label(
            ClientFacts client, PortalAccess.Query query, HttpSession session, HttpServletRequest request) {
        PortalAccess.Answer a = access.find(client, query, session, request);
        return a.granted() ? shipments.forReturn(client.clientId(), a.ret().id()) : Optional.empty();
    }
}
