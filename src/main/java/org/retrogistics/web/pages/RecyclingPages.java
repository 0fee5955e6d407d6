package org.retrogistics.web.pages;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.recycling.BatchPurpose;
import org.retrogistics.recycling.BatchStatus;
import org.retrogistics.recycling.BatchTrigger;
import org.retrogistics.recycling.BatchingUnits;
import org.retrogistics.recycling.CertificationScheme;
import org.retrogistics.recycling.ClosingBatches;
import org.retrogistics.recycling.LandfillDiversion;
import org.retrogistics.recycling.ProcessingMethod;
import org.retrogistics.recycling.RecyclerSnapshot;
import org.retrogistics.recycling.RecyclingBatch;
import org.retrogistics.recycling.RecyclingBatchLifecycle;
import org.retrogistics.recycling.RecyclingBatchSnapshot;
import org.retrogistics.recycling.RecyclingManagement;
import org.retrogistics.recycling.RegisteringRecyclers;
import org.retrogistics.recycling.RegisteringRecyclers.CertificationDraft;
import org.retrogistics.shared.DomainException;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recycling's pages: the batches with a form to open one, a batch with its units, weights (estimates marked), the
 * steps its state allows and its certificate, and the landfill-diversion report with a bar chart.
 */
@Controller
@RequestMapping("/console/recycling")
@PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
class RecyclingPages {

    private final RecyclingManagement recycling;
    private final RegisteringRecyclers registering;
    private final BatchingUnits batching;
    private final ClosingBatches closing;
    private final LandfillDiversion diversion;

    RecyclingPages(
            RecyclingManagement recycling,
            RegisteringRecyclers registering,
            BatchingUnits batching,
            ClosingBatches closing,
            LandfillDiversion diversion) {
        this.recycling = recycling;
        this.registering = registering;
        this.batching = batching;
        this.closing = closing;
        this.diversion = diversion;
    }

    @GetMapping
    String batches(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) BatchStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute(
                "page", recycling.batchSnapshots(actor.clientId(), status, PageRequest.of(Math.max(0, page), 50)));
        Map<UUID, RecyclerSnapshot> recyclers = new LinkedHashMap<>();
        recycling.recyclerSnapshots(actor.clientId()).forEach(r -> recyclers.put(r.id(), r));
        model.addAttribute("recyclers", recyclers);
        model.addAttribute("statuses", BatchStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("purposes", BatchPurpose.values());
        model.addAttribute("schemes", CertificationScheme.values());
        model.addAttribute("today", today());
        model.addAttribute("manager", actor.has(Role.MANAGER) || actor.has(Role.ADMIN));
        return "console/recycling-batches";
    }

    @PostMapping("/batches")
    String open(
            @AuthenticationPrincipal Actor actor,
            @RequestParam UUID recyclerId,
            @RequestParam BatchPurpose purpose,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate batchDate,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        try {
            RecyclingBatchSnapshot b = batching.opened(actor, recyclerId, purpose, batchDate, note);
            flash.addFlashAttribute("notice", "Batch " + b.number() + " opened.");
            return redirect(b.id());
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/console/recycling";
        }
    }

    /** The add-recycler form: the recycler's site and the one certification it starts with. */
    record RecyclerForm(
            @NotNull String code,
            @NotNull String name,
            String address,
            @NotNull CertificationScheme scheme,
            @NotNull String number,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil) {}

    @PostMapping("/recyclers")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    String addRecycler(
            @AuthenticationPrincipal Actor actor, @Valid @ModelAttribute RecyclerForm form, RedirectAttributes flash) {
        try {
            RecyclerSnapshot r = registering.registered(
                    actor,
                    null,
                    form.code(),
                    form.name(),
                    PageActions.blankToNull(form.address()),
                    java.util.List.of(
                            new CertificationDraft(form.scheme(), form.number(), form.validFrom(), form.validUntil())));
            flash.addFlashAttribute("notice", "Recycler " + r.name() + " added.");
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/recycling";
    }

    @GetMapping("/batches/{id}")
    String batch(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        RecyclingBatchSnapshot b = recycling.batchSnapshot(actor.clientId(), id);
        RecyclerSnapshot r = recycling.recyclerSnapshot(actor.clientId(), b.recyclerId());
        boolean manager = actor.has(Role.MANAGER) || actor.has(Role.ADMIN);
        model.addAttribute("batch", b);
        model.addAttribute("recycler", r);
        model.addAttribute("certifications", r.validOn(b.batchDate()));
        model.addAttribute("canAdd", allows(b, BatchTrigger.ADD_UNIT));
        model.addAttribute("canShip", allows(b, BatchTrigger.SHIP) && !b.units().isEmpty());
        model.addAttribute("canClose", manager && allows(b, BatchTrigger.CLOSE));
        model.addAttribute("canCancel", manager && allows(b, BatchTrigger.CANCEL));
        model.addAttribute("methods", ProcessingMethod.values());
        model.addAttribute("today", today());
        return "console/recycling-batch";
    }

    private static boolean allows(RecyclingBatchSnapshot b, BatchTrigger trigger) {
        return RecyclingBatchLifecycle.TABLE.allows(b.status(), trigger);
    }

    /** The add-a-unit form: the override reason only for a unit decided for another option. */
    record AddUnitForm(Long version, String identity, Long weightGrams, String overrideReason) {}

    @PostMapping("/batches/{id}/units")
    String addUnit(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @ModelAttribute AddUnitForm form,
            RedirectAttributes flash) {
        String identity = form.identity() == null ? "" : form.identity().strip();
        String reason = form.overrideReason() == null || form.overrideReason().isBlank() ? null : form.overrideReason();
        return act(
                flash,
                id,
                () -> batching.addUnit(
                        actor,
                        id,
                        form.version(),
                        new BatchingUnits.Addition(null, identity, form.weightGrams(), reason)),
                () -> identity + " added.");
    }

    @PostMapping("/batches/{id}/ship")
    String ship(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Long version,
            RedirectAttributes flash) {
        return act(flash, id, () -> batching.ship(actor, id, version), () -> "Shipped to the recycler.");
    }

    /** The close form: what the recycler reports, at the version of the batch the page showed. */
    record CloseForm(
            @NotNull Long version,
            @NotNull ProcessingMethod method,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate processedOn,
            String certificateNumber,
            BigDecimal cost,
            BigDecimal rebate) {}

    @PostMapping("/batches/{id}/close")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    String close(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute CloseForm form,
            RedirectAttributes flash) {
        return act(
                flash,
                id,
                () -> closing.close(
                        actor,
                        id,
                        form.version(),
                        new RecyclingBatch.Closing(
                                form.method(),
                                form.processedOn(),
                                PageActions.blankToNull(form.certificateNumber()),
                                form.cost(),
                                form.rebate())),
                () -> "Closed; certificate "
                        + recycling.batchSnapshot(actor.clientId(), id).certificateNumber() + " issued.");
    }

    @PostMapping("/batches/{id}/cancel")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    String cancel(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Long version,
            RedirectAttributes flash) {
        return act(flash, id, () -> batching.cancel(actor, id, version), () -> "Batch cancelled.");
    }

    /** The certificate, for the session-signed-in console (the API's needs a token). */
    @GetMapping(value = "/batches/{id}/certificate.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        byte[] pdf = recycling.certificate(actor.clientId(), id);
        String number = recycling.batchSnapshot(actor.clientId(), id).certificateNumber();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"certificate-" + number + ".pdf\"")
                .body(pdf);
    }

    @GetMapping("/diversion")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    String diversion(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "CATEGORY") LandfillDiversion.GroupBy groupBy,
            Model model) {
        LocalDate end = to == null ? today() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        LandfillDiversion.Report report = diversion.report(actor.clientId(), start, end, groupBy);
        model.addAttribute("report", report);
        model.addAttribute("chart", DiversionChart.of(report.groups()));
        model.addAttribute("totalKg", DiversionChart.kg(report.total().totalGrams()));
        model.addAttribute("divertedKg", DiversionChart.kg(report.total().divertedGrams()));
        model.addAttribute("landfillKg", DiversionChart.kg(report.total().landfillGrams()));
        model.addAttribute("estimatedKg", DiversionChart.kg(report.total().estimatedGrams()));
        model.addAttribute("rate", DiversionChart.percent(report.total().diversionRate()));
        model.addAttribute("groupings", LandfillDiversion.GroupBy.values());
        model.addAttribute("fates", org.retrogistics.shared.UnitFateReached.Fate.values());
        return "console/recycling-diversion";
    }

    /** Runs a step on the batch, then says what it did (reading the batch again if the message needs it). */
    private static String act(RedirectAttributes flash, UUID id, Runnable action, Supplier<String> done) {
        try {
            action.run();
            flash.addFlashAttribute("notice", done.get());
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return redirect(id);
    }

    private static String redirect(UUID id) {
        return "redirect:/console/recycling/batches/" + id;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
