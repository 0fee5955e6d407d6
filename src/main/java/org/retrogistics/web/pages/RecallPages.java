package org.retrogistics.web.pages;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.recalls.LaunchingRecalls;
import org.retrogistics.recalls.RecallCampaign;
import org.retrogistics.recalls.RecallDraft;
import org.retrogistics.recalls.RecallManagement;
import org.retrogistics.recalls.RecallStatus;
import org.retrogistics.returns.Resolution;
import org.retrogistics.shared.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recall campaigns in the console: the list with each campaign's progress, one campaign, and the create form. */
@Controller
@RequestMapping("/console/recalls")
@PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
class RecallPages {

    private static final String MANAGERS = "hasAnyRole('MANAGER','ADMIN')";

    private final RecallManagement recalls;
    private final LaunchingRecalls launching;

    RecallPages(RecallManagement recalls, LaunchingRecalls launching) {
        this.recalls = recalls;
        this.launching = launching;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) RecallStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("page", recalls.list(actor.clientId(), status, Math.max(0, page), 50));
        model.addAttribute("statuses", RecallStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("remedies", Resolution.values());
        return htmx != null ? "console/recalls :: results" : "console/recalls";
    }

    /** The create form's fields, as the page posts them. */
    record Form(
            String name,
            String sku,
            String lots,
            String serialFrom,
            String serialTo,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate soldFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate soldTo,
            Resolution remedy,
            String note) {
        RecallDraft draft() {
            List<String> lotList = lots == null
                    ? List.of()
                    : Arrays.stream(lots.split("[,\\s]+"))
                            .filter(s -> !s.isBlank())
                            .toList();
            return new RecallDraft(
                    name == null || name.isBlank() ? "Preview" : name,
                    sku,
                    null,
                    lotList,
                    serialFrom,
                    serialTo,
                    soldFrom,
                    soldTo,
                    remedy,
                    note);
        }
    }

    /** The create form's dry run: what the criteria would bring back (an htmx fragment). */
    @PostMapping("/preview")
    String preview(@AuthenticationPrincipal Actor actor, @ModelAttribute Form form, Model model) {
        try {
            model.addAttribute("preview", recalls.preview(actor, form.draft()));
        } catch (DomainException e) {
            model.addAttribute("previewError", e.getMessage());
        }
        return "console/recalls :: preview";
    }

    @PostMapping
    @PreAuthorize(MANAGERS)
    String create(
            @AuthenticationPrincipal Actor actor,
            @ModelAttribute Form form,
            @RequestParam(defaultValue = "false") boolean launch,
            RedirectAttributes flash) {
        if (form.name() == null || form.name().isBlank()) {
            flash.addFlashAttribute("error", "Give the campaign a name.");
            return "redirect:/console/recalls";
        }
        try {
            RecallCampaign c =
                    launch ? launching.createAndLaunch(actor, form.draft()) : launching.create(actor, form.draft());
            flash.addFlashAttribute(
                    "notice", c.getNumber() + (launch ? " launched: its returns are being created." : " created."));
            return "redirect:/console/recalls/" + c.getId();
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/console/recalls";
        }
    }

    @GetMapping("/{id}")
    String campaign(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) Boolean returned,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        RecallCampaign c = recalls.get(actor.clientId(), id);
        model.addAttribute("c", c);
        model.addAttribute("units", recalls.units(actor.clientId(), id, returned, Math.max(0, page), 100));
        model.addAttribute("returned", returned);
        return htmx != null ? "console/recall :: progress" : "console/recall";
    }

    @PostMapping("/{id}/{action:launch|close|cancel}")
    @PreAuthorize(MANAGERS)
    String act(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam Long version,
            RedirectAttributes flash) {
        try {
            RecallCampaign c =
                    switch (action) {
                        case "launch" -> launching.launch(actor, id, version);
                        case "close" -> recalls.close(actor, id, version);
                        default -> recalls.cancel(actor, id, version);
                    };
            flash.addFlashAttribute("notice", c.getNumber() + " is " + c.getStatus() + ".");
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/recalls/" + id;
    }
}
