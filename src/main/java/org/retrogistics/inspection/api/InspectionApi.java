package org.retrogistics.inspection.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.inspection.ChecklistDefinition;
import org.retrogistics.inspection.ChecklistItem;
import org.retrogistics.inspection.InspectingUnits;
import org.retrogistics.inspection.Inspection;
import org.retrogistics.inspection.InspectionFacts;
import org.retrogistics.inspection.InspectionManagement;
import org.retrogistics.inspection.InspectionManagement.QueuedUnit;
import org.retrogistics.inspection.PublishingChecklists;
import org.retrogistics.shared.BatteryState;
import org.retrogistics.shared.CosmeticGrade;
import org.retrogistics.shared.FunctionalGrade;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Checklists, the inspection queue and inspections. */
@RestController
class InspectionApi {

    private final InspectionManagement inspection;
    private final InspectingUnits inspecting;
    private final PublishingChecklists publishing;

    InspectionApi(InspectionManagement inspection, InspectingUnits inspecting, PublishingChecklists publishing) {
        this.inspection = inspection;
        this.inspecting = inspecting;
        this.publishing = publishing;
    }

    record InspectionBody(
            @Size(max = 100) Map<@Size(max = 40) String, @Size(max = 500) String> answers,
            Boolean dataBearing,
            Boolean locked,
            BatteryState batteryState,
            @Size(max = 100) String serialSeen,
            Boolean counterfeitSigns,
            @Size(max = 2) String cosmeticGrade,
            @Size(max = 2000) String notes) {}

    record InspectionView(
            UUID id,
            UUID unitId,
            String source,
            FunctionalGrade functionalGrade,
            String functionalLabel,
            CosmeticGrade cosmeticGrade,
            String cosmeticLabel,
            boolean dataBearing,
            boolean sanitised,
            boolean locked,
            BatteryState batteryState,
            boolean authenticityHold,
            Map<String, String> answers,
            List<String> findings,
            String inspector,
            Instant inspectedAt) {}

    record NewChecklist(
            @Size(max = 100) String family,
            @NotBlank @Size(max = 40) String path,
            @NotBlank @Size(max = 200) String name,
            @NotEmpty @Size(max = 100) List<ChecklistItem> items) {}

    InspectionView view(Inspection i) {
        return new InspectionView(
                i.getId(),
                i.getUnitId(),
                i.getSource(),
                i.getFunctionalGrade(),
                i.getFunctionalGrade().label(),
                i.getCosmeticGrade(),
                i.getCosmeticGrade().label(),
                i.isDataBearing(),
                i.isSanitised(),
                i.isLocked(),
                i.getBatteryState(),
                i.isAuthenticityHold(),
                inspection.answers(i),
                inspection.findings(i),
                i.getInspector(),
                i.getInspectedAt());
    }

    @GetMapping("/api/inspections/queue")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    List<QueuedUnit> queue(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "50") @jakarta.validation.constraints.Min(1) @Max(500) int limit) {
        return inspection.queue(actor.clientId(), Math.max(1, limit));
    }

    /** The checklist this unit is to be inspected with. */
    @GetMapping("/api/units/{id}/checklist")
    @PreAuthorize("hasAnyRole('WAREHOUSE','TECHNICIAN','MANAGER','ADMIN')")
    ChecklistDefinition checklistFor(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return inspecting.checklistFor(actor.clientId(), id);
    }

    @PostMapping("/api/units/{id}/inspections")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    InspectionView inspect(
            @AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @RequestBody InspectionBody body) {
        CosmeticGrade declared = body.cosmeticGrade() == null ? null : CosmeticGrade.parse(body.cosmeticGrade());
        return view(inspecting.inspect(
                actor,
                id,
                new InspectionFacts(
                        body.answers(),
                        body.dataBearing(),
                        Boolean.TRUE.equals(body.locked()),
                        body.batteryState(),
                        body.serialSeen(),
                        Boolean.TRUE.equals(body.counterfeitSigns()),
                        declared,
                        body.notes())));
    }

    /** Every grading of the unit, newest first. */
    @GetMapping("/api/units/{id}/inspections")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','TECHNICIAN','MANAGER','ADMIN')")
    List<InspectionView> history(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return inspection.history(actor.clientId(), id).stream().map(this::view).toList();
    }

    /** A new version of the client's checklist for a product family ("*" for all) and inspection path. */
    @PostMapping("/api/checklists")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    ChecklistDefinition publish(@AuthenticationPrincipal Actor actor, @Valid @RequestBody NewChecklist body) {
        return publishing.publishChecklist(actor, body.family(), body.path(), body.name(), body.items());
    }

    @GetMapping("/api/checklists")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    List<ChecklistDefinition> checklists(@AuthenticationPrincipal Actor actor) {
        return inspection.checklists(actor.clientId());
    }

    @GetMapping("/api/checklists/{id}")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    ChecklistDefinition checklist(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return inspection.checklist(actor.clientId(), id);
    }
}
