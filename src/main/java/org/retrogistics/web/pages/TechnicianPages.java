package org.retrogistics.web.pages;

import java.util.Arrays;
import java.util.List;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.workshop.QualifyingTechnicians;
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

/**
 * Which product families each technician may work on: work orders go only to a qualified technician. A manager ticks
 * the families (or "all") per technician; the page shows every technician, so none is left out by mistake.
 */
@Controller
@RequestMapping("/console/technicians")
@PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
class TechnicianPages {

    private final QualifyingTechnicians technicians;
    private final CatalogManagement catalog;

    TechnicianPages(QualifyingTechnicians technicians, CatalogManagement catalog) {
        this.technicians = technicians;
        this.catalog = catalog;
    }

    @GetMapping
    String list(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("technicians", technicians.technicians(actor.clientId()));
        model.addAttribute("families", catalog.families(actor.clientId()));
        return "console/technicians";
    }

    /** Replaces a technician's families with the ones ticked; "all" qualifies them for every family. */
    @PostMapping("/{name}")
    String qualify(
            @AuthenticationPrincipal Actor actor,
            @PathVariable String name,
            @RequestParam(required = false) String[] families,
            @RequestParam(defaultValue = "false") boolean all,
            RedirectAttributes flash) {
        List<String> chosen = all ? List.of("*") : families == null ? List.of() : Arrays.asList(families);
        return PageActions.act(
                flash,
                "redirect:/console/technicians",
                () -> technicians.qualify(actor, name, chosen),
                name
                        + (chosen.isEmpty()
                                ? " is qualified for no family."
                                : " is qualified for " + words(chosen) + "."));
    }

    private static String words(List<String> families) {
        return families.contains("*") ? "every family" : String.join(", ", families);
    }
}
