package org.retrogistics.web.pages;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.disposition.WorkKind;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.FunctionalGrade;
import org.retrogistics.workshop.CarryingOutWork;
import org.retrogistics.workshop.CompletingWorkOrders;
import org.retrogistics.workshop.WorkOrderLifecycle;
import org.retrogistics.workshop.WorkOrderRecords.Completion;
import org.retrogistics.workshop.WorkOrderRecords.HarvestedPart;
import org.retrogistics.workshop.WorkOrderRecords.SanitisationMethod;
import org.retrogistics.workshop.WorkOrderRecords.SanitisationRecord;
import org.retrogistics.workshop.WorkOrderSnapshot;
import org.retrogistics.workshop.WorkOrderStatus;
import org.retrogistics.workshop.WorkOrderTrigger;
import org.retrogistics.workshop.WorkshopManagement;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** The workshop's pages: the work-order queue and one order with the steps its state and the user's role allow. */
@Controller
@RequestMapping("/console/work-orders")
@PreAuthorize("hasAnyRole('TECHNICIAN','WAREHOUSE','MANAGER','ADMIN')")
class WorkshopPages {

    private final WorkshopManagement workshop;
    private final CarryingOutWork work;
    private final CompletingWorkOrders completing;
    private final CustodyLedger custody;

    WorkshopPages(
            WorkshopManagement workshop, CarryingOutWork work, CompletingWorkOrders completing, CustodyLedger custody) {
        this.workshop = workshop;
        this.work = work;
        this.completing = completing;
        this.custody = custody;
    }

    /** The queue's filters, as the page's query string carries them. */
    record QueueFilter(WorkOrderStatus status, WorkKind kind, String technician, Integer page) {}

    @GetMapping
    String queue(
            @AuthenticationPrincipal Actor actor,
            @ModelAttribute QueueFilter filter,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        WorkOrderStatus status = filter.status();
        WorkKind kind = filter.kind();
        int page = filter.page() == null ? 0 : filter.page();
        String tech = filter.technician() == null || filter.technician().isBlank()
                ? null
                : filter.technician().strip();
        model.addAttribute(
                "page",
                workshop.searchSnapshots(
                        actor.clientId(),
                        status,
                        kind,
                        tech,
                        PageRequest.of(Math.max(0, page), 50, Sort.by("createdAt"))));
        model.addAttribute("statuses", WorkOrderStatus.values());
        model.addAttribute("kinds", WorkKind.values());
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("technician", tech);
        return htmx != null ? "console/work-orders :: results" : "console/work-orders";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        WorkOrderSnapshot order = workshop.snapshot(actor.clientId(), id);
        model.addAttribute("wo", order);
        model.addAttribute("unit", custody.unit(actor.clientId(), order.unitId()));
        model.addAttribute("timeline", workshop.timeline(actor.clientId(), id));
        model.addAttribute("results", latestResults(order));
        boolean manager = actor.has(Role.MANAGER) || actor.has(Role.ADMIN);
        boolean technician = actor.has(Role.TECHNICIAN);
        boolean mine = actor.name().equals(order.technician());
        model.addAttribute("manager", manager);
        model.addAttribute("canAssign", (manager || technician) && allows(order, WorkOrderTrigger.ASSIGN));
        model.addAttribute("canStart", technician && mine && allows(order, WorkOrderTrigger.START));
        model.addAttribute("working", technician && mine && order.status() == WorkOrderStatus.IN_PROGRESS);
        model.addAttribute("canCancel", manager && allows(order, WorkOrderTrigger.CANCEL));
        model.addAttribute("functionalGrades", FunctionalGrade.values());
        model.addAttribute("cosmeticGrades", CosmeticGrade.values());
        model.addAttribute("methods", SanitisationMethod.values());
        return "console/work-order";
    }

    private static boolean allows(WorkOrderSnapshot order, WorkOrderTrigger trigger) {
        return WorkOrderLifecycle.TABLE.allows(order.status(), trigger);
    }

    /** A required test and the last result recorded for it, if any. */
    public record RequiredResult(String name, Boolean passed, String value, String by) {}

    private static List<RequiredResult> latestResults(WorkOrderSnapshot order) {
        List<RequiredResult> rows = new ArrayList<>();
        for (String test : order.requiredTests()) {
            var last = order.testResults().stream()
                    .filter(r -> r.name().equals(test))
                    .reduce((a, b) -> b);
            rows.add(new RequiredResult(
                    test,
                    last.map(r -> r.passed()).orElse(null),
                    last.map(r -> r.value()).orElse(null),
                    last.map(r -> r.by()).orElse(null)));
        }
        return rows;
    }

    /** A manager assigns any qualified technician; a technician takes an order for themself only. */
    @PostMapping("/{id}/assign")
    @PreAuthorize("hasAnyRole('TECHNICIAN','MANAGER','ADMIN')")
    String assign(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Long version,
            @RequestParam(required = false) String technician,
            RedirectAttributes flash) {
        boolean manager = actor.has(Role.MANAGER) || actor.has(Role.ADMIN);
        String who = technician == null || technician.isBlank() ? actor.name() : technician.strip();
        if (!manager && !who.equals(actor.name())) {
            flash.addFlashAttribute("error", "A technician assigns work orders to themself only.");
            return redirect(id);
        }
        return act(flash, id, () -> work.assign(actor, id, version, who), "Assigned to " + who + ".");
    }

    @PostMapping("/{id}/start")
    @PreAuthorize("hasRole('TECHNICIAN')")
    String start(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Long version,
            RedirectAttributes flash) {
        return act(flash, id, () -> work.start(actor, id, version), "Started.");
    }

    /** A test result as the work order page posts it. */
    record TestForm(@NotNull String name, @NotNull Boolean passed, String value, String note) {}

    @PostMapping("/{id}/tests")
    @PreAuthorize("hasRole('TECHNICIAN')")
    String test(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute TestForm form,
            RedirectAttributes flash) {
        String name = form.name().strip();
        boolean passed = form.passed();
        return act(
                flash,
                id,
                () -> work.recordTest(actor, id, name, passed, blankToNull(form.value()), blankToNull(form.note())),
                "Test " + name + (passed ? " passed." : " failed."));
    }

    /** A part used, as the work order page posts it; one unless a quantity is given. */
    record PartForm(@NotNull String sku, String description, Integer quantity, BigDecimal unitCost) {}

    @PostMapping("/{id}/parts")
    @PreAuthorize("hasRole('TECHNICIAN')")
    String part(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute PartForm form,
            RedirectAttributes flash) {
        String sku = form.sku().strip();
        int quantity = form.quantity() == null ? 1 : form.quantity();
        return act(
                flash,
                id,
                () -> work.usePart(actor, id, sku, blankToNull(form.description()), quantity, form.unitCost()),
                "Part " + sku + " recorded.");
    }

    @PostMapping("/{id}/labour")
    @PreAuthorize("hasRole('TECHNICIAN')")
    String labour(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam int minutes,
            RedirectAttributes flash) {
        return act(flash, id, () -> work.addLabour(actor, id, minutes), minutes + " min labour recorded.");
    }

    /** Harvested parts arrive as up to five rows of {@code harvestSku<n>}, {@code harvestSerial<n>}. */
    @PostMapping("/{id}/complete")
    @PreAuthorize("hasRole('TECHNICIAN')")
    String complete(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Long version,
            @RequestParam Map<String, String> form,
            RedirectAttributes flash) {
        return act(
                flash,
                id,
                () -> {
                    List<HarvestedPart> harvested = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        String sku = form.get("harvestSku" + i);
                        if (sku != null && !sku.isBlank()) {
                            harvested.add(new HarvestedPart(
                                    sku.strip(),
                                    blankToNull(form.get("harvestSerial" + i)),
                                    blankToNull(form.get("harvestDescription" + i))));
                        }
                    }
                    SanitisationRecord sanitisation = blankToNull(form.get("method")) == null
                            ? null
                            : new SanitisationRecord(
                                    SanitisationMethod.valueOf(form.get("method")),
                                    blankToNull(form.get("tool")),
                                    "true".equals(form.get("sanitisationPassed")),
                                    blankToNull(form.get("operator")),
                                    Instant.now(),
                                    blankToNull(form.get("certificateId")));
                    String f = blankToNull(form.get("functionalGrade"));
                    String c = blankToNull(form.get("cosmeticGrade"));
                    completing.complete(
                            actor,
                            id,
                            version,
                            new Completion(
                                    f == null ? null : FunctionalGrade.parse(f),
                                    c == null ? null : CosmeticGrade.parse(c),
                                    blankToNull(form.get("newSku")),
                                    harvested,
                                    sanitisation,
                                    List.of(),
                                    blankToNull(form.get("note"))));
                },
                "Work order completed.");
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    String cancel(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Long version,
            @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        return act(flash, id, () -> work.cancel(actor, id, version, reason), "Work order cancelled.");
    }

    /** The unit's label, for the session-signed-in console (the API's label needs a token). */
    @GetMapping(value = "/{id}/label.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> label(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"label-" + id + ".pdf\"")
                .body(workshop.label(actor.clientId(), id));
    }

    private static String act(RedirectAttributes flash, UUID id, Runnable action, String done) {
        try {
            action.run();
            flash.addFlashAttribute("notice", done);
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return redirect(id);
    }

    private static String redirect(UUID id) {
        return "redirect:/console/work-orders/" + id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
