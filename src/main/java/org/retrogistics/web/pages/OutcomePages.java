package org.retrogistics.web.pages;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.retrogistics.access.Actor;
import org.retrogistics.workshop.Outcomes;
import org.retrogistics.workshop.UnitOutcome;
import org.retrogistics.workshop.WorkshopManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The units whose work is done, each with the one outcome its disposition decided: restock, return to its customer or
 * vendor, donate, recorded here in one click (with who holds it now and a note); units decided for resale, a lot or a
 * recycler end on those pages instead, and the row says where.
 */
@Controller
@RequestMapping("/console/outcomes")
@PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
class OutcomePages {

    /** The outcome that carries out each decided option, for the options that end here. */
    private static final Map<Object, UnitOutcome> BY_OPTION =
            Arrays.stream(UnitOutcome.values()).collect(Collectors.toMap(UnitOutcome::option, Function.identity()));

    private final WorkshopManagement workshop;
    private final Outcomes outcomes;

    OutcomePages(WorkshopManagement workshop, Outcomes outcomes) {
        this.workshop = workshop;
        this.outcomes = outcomes;
    }

    @GetMapping
    String queue(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("ready", workshop.outcomeQueue(actor.clientId(), 100));
        model.addAttribute("outcomeOf", BY_OPTION);
        return "console/outcomes";
    }

    @PostMapping("/{unitId}")
    String record(
            @AuthenticationPrincipal Actor actor,
            @org.springframework.web.bind.annotation.PathVariable UUID unitId,
            @RequestParam UnitOutcome outcome,
            @RequestParam(required = false) String holder,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        return PageActions.act(
                flash,
                "redirect:/console/outcomes",
                () -> outcomes.record(
                        actor, unitId, outcome, PageActions.blankToNull(holder), PageActions.blankToNull(note)),
                "Outcome recorded: "
                        + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".");
    }
}
