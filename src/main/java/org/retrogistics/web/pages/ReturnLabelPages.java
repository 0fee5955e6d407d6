package org.retrogistics.web.pages;

import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.shared.DomainException;
import org.retrogistics.transport.LabellingReturns;
import org.retrogistics.transport.ShipmentManagement;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A return's label from its console page: made by an agent (for a customer who called), printed as a PDF. */
@Controller
@RequestMapping("/console/returns/{id}")
class ReturnLabelPages {

    private final LabellingReturns labelling;
    private final ShipmentManagement shipments;

    ReturnLabelPages(LabellingReturns labelling, ShipmentManagement shipments) {
        this.labelling = labelling;
        this.shipments = shipments;
    }

    /** Makes the return's label; asking again shows the same one. */
    @PostMapping("/label")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    String label(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute(
                    "notice",
                    "Label made: tracking " + labelling.labelFor(actor, id).trackingNumber() + ".");
        } catch (DataIntegrityViolationException twoAtOnce) {
            flash.addFlashAttribute("notice", "The label was made by another request at the same moment.");
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/returns/" + id + "#label";
    }

    @GetMapping("/label.pdf")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<byte[]> labelPdf(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return shipments
                .forReturn(actor.clientId(), id)
                .map(s -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .cacheControl(CacheControl.noStore())
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                "inline; filename=\"return-label-" + s.rmaNumber() + ".pdf\"")
                        .body(shipments.labelPdf(actor.clientId(), s.trackingNumber())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
