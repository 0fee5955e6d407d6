package org.retrogistics.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.OverridingDispositions;
import org.retrogistics.inspection.InspectingUnits;
import org.retrogistics.inspection.InspectionFacts;
import org.retrogistics.inspection.InspectionManagement;
import org.retrogistics.receiving.BlindReceipt;
import org.retrogistics.receiving.ReceiptOutcome;
import org.retrogistics.receiving.ReceivingManagement;
import org.retrogistics.receiving.Scan;
import org.retrogistics.receiving.ScanningAtDock;
import org.retrogistics.receiving.TakingBlindReceipts;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.DomainException;
import org.retrogistics.workshop.WorkshopManagement;
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

/** The warehouse floor: the receiving station, the inspection queue and form, and a unit's disposition. */
@Controller
@RequestMapping("/console")
@PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','TECHNICIAN','MANAGER','ADMIN')")
class WarehousePages {

    /** Scanning outcomes the station offers, with the key that selects each (documented on the page). */
    static final Map<ReceiptOutcome, String> SCAN_OUTCOMES = scanOutcomes();

    private final ReceivingManagement receiving;
    private final ScanningAtDock scanning;
    private final TakingBlindReceipts blindReceipts;
    private final InspectionManagement inspection;
    private final InspectingUnits inspecting;
    private final DispositionManagement disposition;
    private final OverridingDispositions overriding;
    private final WorkshopManagement workshop;
    private final CustodyLedger custody;

    WarehousePages(
            WarehouseDesks.Dock dock,
            WarehouseDesks.Inspection inspection,
            WarehouseDesks.Disposition disposition,
            WorkshopManagement workshop,
            CustodyLedger custody) {
        this.receiving = dock.receiving();
        this.scanning = dock.scanning();
        this.blindReceipts = dock.blindReceipts();
        this.inspection = inspection.queries();
        this.inspecting = inspection.inspecting();
        this.disposition = disposition.queries();
        this.overriding = disposition.overriding();
        this.workshop = workshop;
        this.custody = custody;
    }

    private static Map<ReceiptOutcome, String> scanOutcomes() {
        Map<ReceiptOutcome, String> m = new LinkedHashMap<>();
        m.put(ReceiptOutcome.RECEIVED, "F2");
        m.put(ReceiptOutcome.DAMAGED_IN_TRANSIT, "F3");
        m.put(ReceiptOutcome.WRONG_ITEM, "F4");
        m.put(ReceiptOutcome.SHORT, "F8");
        return m;
    }

    // --- receiving -------------------------------------------------------------------------------------------------

    @GetMapping("/receiving")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    String receivingStation(@AuthenticationPrincipal Actor actor, Model model) {
        station(actor, model);
        return "console/receiving";
    }

    @PostMapping("/receiving/scan")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    String scan(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "RECEIVED") ReceiptOutcome outcome,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        try {
            model.addAttribute("result", scanning.scan(actor, new Scan(code, outcome, null, null, null)));
            model.addAttribute("tone", outcome == ReceiptOutcome.RECEIVED ? "ok" : "warn");
        } catch (DomainException e) {
            // a refusal keeps its status; the station swaps it in all the same (hx-on::before-swap on its body)
            response.setStatus(PageErrors.status(e));
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problemCode", e.code());
            model.addAttribute("tone", e.kind() == DomainException.Kind.NOT_FOUND ? "bad" : "warn");
        }
        model.addAttribute("scanned", code.strip());
        station(actor, model);
        return htmx != null ? "console/receiving :: feedback" : "console/receiving";
    }

    /** A unit received without a return, as the receiving station posts it. */
    record BlindForm(@NotNull String sku, String serial, ReturnReason reason, String rma, String note) {}

    @PostMapping("/receiving/blind")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    String blind(
            @AuthenticationPrincipal Actor actor,
            @Valid @ModelAttribute BlindForm form,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        String sku = form.sku();
        try {
            model.addAttribute(
                    "result",
                    blindReceipts.blind(
                            actor, new BlindReceipt(sku, form.serial(), null, form.reason(), form.rma(), form.note())));
            model.addAttribute("tone", "warn");
        } catch (DomainException e) {
            response.setStatus(PageErrors.status(e));
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("problemCode", e.code());
            model.addAttribute("tone", "bad");
        }
        model.addAttribute("scanned", sku);
        station(actor, model);
        return htmx != null ? "console/receiving :: feedback" : "console/receiving";
    }

    private void station(Actor actor, Model model) {
        model.addAttribute("recent", receiving.recent(actor, 15));
        model.addAttribute("outcomes", SCAN_OUTCOMES);
        model.addAttribute("reasons", ReturnReason.values());
    }

    // --- inspection ------------------------------------------------------------------------------------------------

    @GetMapping("/inspection")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    String inspectionQueue(@AuthenticationPrincipal Actor actor, Model model) {
        Instant now = Instant.now();
        model.addAttribute(
                "queue",
                inspection.queue(actor.clientId(), 200).stream()
                        .map(q -> new QueueRow(q, age(q.queuedAt(), now)))
                        .toList());
        return "console/inspection";
    }

    /** A queued unit with how long it has waited. */
    public record QueueRow(InspectionManagement.QueuedUnit unit, String age) {}

    @GetMapping("/units/{id}/inspect")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    String inspectForm(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        inspectModel(actor, id, model, Map.of(), new LinkedHashMap<>());
        return "console/inspect";
    }

    /** The checks every unit gets, whatever its checklist; the flags are off unless posted. */
    record EveryUnitChecks(
            Boolean dataBearing,
            Boolean locked,
            BatteryState batteryState,
            String serialSeen,
            Boolean counterfeitSigns,
            String cosmeticGrade,
            String notes) {}

    /** Checklist answers arrive as {@code answer.<item key>}; the every-unit checks under their own names. */
    @PostMapping("/units/{id}/inspect")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    String inspect(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            @ModelAttribute("checks") EveryUnitChecks checks,
            HttpServletResponse response,
            Model model) {
        String serialSeen = checks.serialSeen();
        String cosmeticGrade = checks.cosmeticGrade();
        Map<String, String> answers = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("answer.") && v != null && !v.isBlank()) {
                answers.put(k.substring("answer.".length()), v);
            }
        });
        try {
            inspecting.inspect(
                    actor,
                    id,
                    new InspectionFacts(
                            answers,
                            checks.dataBearing(),
                            Boolean.TRUE.equals(checks.locked()),
                            checks.batteryState(),
                            blank(serialSeen) ? null : serialSeen.strip(),
                            Boolean.TRUE.equals(checks.counterfeitSigns()),
                            blank(cosmeticGrade) ? null : CosmeticGrade.parse(cosmeticGrade),
                            checks.notes()));
            return "redirect:/console/units/" + id + "/disposition";
        } catch (DomainException e) {
            // the form comes back with the reason and every answer as it was given
            response.setStatus(PageErrors.status(e));
            model.addAttribute("error", e.getMessage());
            inspectModel(actor, id, model, answers, form);
            return "console/inspect";
        }
    }

    private void inspectModel(
            Actor actor, UUID id, Model model, Map<String, String> answers, Map<String, String> form) {
        InspectingUnits.Form facts = inspecting.form(actor.clientId(), id);
        model.addAttribute("unit", facts.unit());
        model.addAttribute("checklist", facts.checklist());
        model.addAttribute("task", facts.task());
        model.addAttribute("answers", answers);
        model.addAttribute("form", form);
        model.addAttribute("grades", CosmeticGrade.values());
        model.addAttribute("batteryStates", BatteryState.values());
        // a product with a battery: the inspector picks its state (no "no battery" to submit by mistake)
        model.addAttribute("batteryRequired", facts.batteryRequired());
    }

    @GetMapping("/units/{id}/inspections")
    String inspections(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        model.addAttribute("unit", custody.unit(actor.clientId(), id));
        model.addAttribute("inspections", inspection.historySnapshots(actor.clientId(), id));
        return "console/inspections";
    }

    // --- disposition -----------------------------------------------------------------------------------------------

    @GetMapping("/units/{id}/disposition")
    String disposition(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        dispositionModel(actor, id, model);
        return htmx != null ? "console/disposition :: decision" : "console/disposition";
    }

    /** A manager's override: the option, the reason (none: empty), and the revision the page showed. */
    record OverrideForm(@NotNull DispositionOption option, String reason, Integer revision) {}

    @PostMapping("/units/{id}/disposition/override")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    String override(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("overrideForm") OverrideForm form,
            HttpServletResponse response,
            Model model) {
        DispositionOption option = form.option();
        String reason = form.reason() == null ? "" : form.reason();
        Integer revision = form.revision();
        try {
            overriding.override(actor, id, option, reason, revision);
            return "redirect:/console/units/" + id + "/disposition";
        } catch (DomainException e) {
            response.setStatus(PageErrors.status(e));
            model.addAttribute("overrideError", e.getMessage());
            model.addAttribute("overrideOption", option);
            model.addAttribute("overrideReason", reason);
            dispositionModel(actor, id, model);
            return "console/disposition";
        }
    }

    private void dispositionModel(Actor actor, UUID id, Model model) {
        model.addAttribute("unit", custody.unit(actor.clientId(), id));
        var stored = disposition.current(actor.clientId(), id);
        model.addAttribute("stored", stored.orElse(null));
        // a decision follows a grading: before the first one there is nothing to wait for
        model.addAttribute(
                "graded",
                stored.isPresent() || inspection.latest(actor.clientId(), id).isPresent());
        stored.ifPresent(s -> model.addAttribute("chart", RecoveryChart.of(s.decision())));
        model.addAttribute("workOrders", workshop.forUnit(actor.clientId(), id));
        model.addAttribute("allOptions", DispositionOption.values());
        model.addAttribute("canOverride", actor.has(Role.MANAGER) || actor.has(Role.ADMIN));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** How long ago, for a queue: "12 min", "3 h", "2 d". */
    static String age(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        if (d.toMinutes() < 60) {
            return Math.max(0, d.toMinutes()) + " min";
        }
        return d.toHours() < 48 ? d.toHours() + " h" : d.toDays() + " d";
    }
}
