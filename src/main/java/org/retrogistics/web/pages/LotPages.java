package org.retrogistics.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.disposition.GradeBand;
import org.retrogistics.resale.AssemblingLots;
import org.retrogistics.resale.LotManagement;
import org.retrogistics.resale.LotSnapshot;
import org.retrogistics.resale.LotStatus;
import org.retrogistics.resale.SellingLots;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.Money;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Lot pages: lots with their units, the create-lot form, closing and selling a lot, and the manifest download. */
@Controller
@RequestMapping("/console/resale")
@PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
class LotPages {

    private final LotManagement lots;
    private final AssemblingLots assembling;
    private final SellingLots selling;
    private final CatalogManagement catalog;

    LotPages(LotManagement lots, AssemblingLots assembling, SellingLots selling, CatalogManagement catalog) {
        this.lots = lots;
        this.assembling = assembling;
        this.selling = selling;
        this.catalog = catalog;
    }

    @GetMapping("/lots")
    String lots(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) LotStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var found = lots.lotSnapshots(
                actor.clientId(), status, PageRequest.of(Math.max(0, page), 50, Sort.by("createdAt")));
        model.addAttribute("page", found);
        model.addAttribute(
                "counts",
                found.getContent().stream()
                        .collect(java.util.stream.Collectors.toMap(LotSnapshot::id, l -> lots.unitCount(l.id()))));
        model.addAttribute("statuses", LotStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("bands", GradeBand.values());
        model.addAttribute("sites", catalog.sites(actor.clientId()));
        model.addAttribute(
                "categories",
                catalog.searchProducts(actor.clientId(), null, null, PageRequest.of(0, 500)).getContent().stream()
                        .map(p -> p.category())
                        .distinct()
                        .sorted()
                        .toList());
        return "console/lots";
    }

    /** The create-lot form: every free unit decided for a lot in a category and grade band, from a site. */
    @PostMapping("/lots")
    String create(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) String title,
            @RequestParam String category,
            @RequestParam GradeBand gradeBand,
            @RequestParam(required = false) String site,
            RedirectAttributes flash) {
        try {
            LotSnapshot lot = assembling.created(
                    actor,
                    new AssemblingLots.LotRequest(
                            PageActions.blankToNull(title),
                            List.of(),
                            category,
                            gradeBand,
                            PageActions.blankToNull(site)));
            flash.addFlashAttribute("notice", "Lot " + lot.number() + " created.");
            return "redirect:/console/resale/lots/" + lot.id();
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/console/resale/lots";
        }
    }

    @GetMapping("/lots/{id}")
    String lot(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("lot", lots.lotSnapshot(actor.clientId(), id));
        model.addAttribute("units", lots.units(actor.clientId(), id, Math.max(0, page), 200));
        model.addAttribute("canSell", actor.has(Role.MANAGER) || actor.has(Role.ADMIN));
        return "console/lot";
    }

    @PostMapping("/lots/{id}/close")
    String close(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Long version,
            RedirectAttributes flash) {
        return PageActions.act(
                flash, "redirect:/console/resale/lots/" + id, () -> lots.close(actor, id, version), "Closed.");
    }

    @PostMapping("/lots/{id}/sell")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    String sellLot(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Long version,
            @RequestParam BigDecimal price,
            @RequestParam String buyer,
            RedirectAttributes flash) {
        return PageActions.act(
                flash,
                "redirect:/console/resale/lots/" + id,
                () -> selling.sell(
                        actor,
                        id,
                        version,
                        Money.of(price, lots.lotSnapshot(actor.clientId(), id).currency()),
                        buyer,
                        null),
                "Sold.");
    }

    /** The manifest for the signed-in console (the API's needs a token). */
    @GetMapping("/lots/{id}/manifest.csv")
    void manifest(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        LotSnapshot lot = lots.lotSnapshot(actor.clientId(), id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"manifest-" + lot.number() + ".csv\"");
        lots.writeManifest(
                actor.clientId(),
                id,
                new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 65536));
    }
}
