package org.retrogistics.disposition.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.disposition.ClientRuleSet;
import org.retrogistics.disposition.DispositionDecision;
import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.DispositionManagement.ClientTable;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.DispositionOverride;
import org.retrogistics.disposition.OptionAssessment;
import org.retrogistics.disposition.OverridingDispositions;
import org.retrogistics.disposition.PublishingClientRules;
import org.retrogistics.disposition.PublishingRecoveryTables;
import org.retrogistics.disposition.RecoveryTableCsv;
import org.retrogistics.disposition.ReevaluatingDispositions;
import org.retrogistics.disposition.ReevaluatingDispositions.Reevaluation;
import org.retrogistics.disposition.StoredDecision;
import org.retrogistics.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Disposition decisions with every option considered, overrides, the recovery table and the client's own rules. */
@RestController
class DispositionApi {

    private final DispositionManagement dispositions;
    private final OverridingDispositions overriding;
    private final PublishingRecoveryTables tables;
    private final PublishingClientRules rules;
    private final ReevaluatingDispositions reevaluations;

    DispositionApi(
            DispositionManagement dispositions,
            OverridingDispositions overriding,
            PublishingRecoveryTables tables,
            PublishingClientRules rules,
            ReevaluatingDispositions reevaluations) {
        this.dispositions = dispositions;
        this.overriding = overriding;
        this.tables = tables;
        this.rules = rules;
        this.reevaluations = reevaluations;
    }

    record DecisionView(
            UUID unitId,
            DispositionOption option,
            DispositionOption recommended,
            boolean overridden,
            boolean lastResort,
            String explanation,
            List<OptionAssessment> options,
            DispositionOverride override,
            List<DispositionOverride> overrideHistory,
            String tableId,
            int tableVersion,
            int rulesVersion,
            int revision,
            Instant decidedAt,
            List<StoredDecision.Change> changes) {
        static DecisionView of(StoredDecision s) {
            DispositionDecision d = s.decision();
            return new DecisionView(
                    d.unitId(),
                    d.option(),
                    d.recommended(),
                    d.overridden(),
                    d.lastResort(),
                    d.explanation(),
                    d.options(),
                    d.override(),
                    d.overrideHistory(),
                    d.tableId(),
                    d.tableVersion(),
                    d.clientRulesVersion(),
                    s.revision(),
                    s.decidedAt(),
                    s.changes());
        }
    }

    record OverrideBody(@NotNull DispositionOption option, @Size(max = 1000) String reason, Integer revision) {}

    record RulesView(int version, String rules) {}

    @GetMapping("/api/units/{id}/disposition")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','TECHNICIAN','MANAGER','ADMIN')")
    DecisionView decision(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return DecisionView.of(
                dispositions.current(actor.clientId(), id).orElseThrow(() -> new NotFound("disposition", id)));
    }

    /** A manager chooses another option, with a reason; safety exclusions cannot be overridden. */
    @PostMapping("/api/units/{id}/disposition/override")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    DecisionView override(
            @AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @RequestBody OverrideBody body) {
        return DecisionView.of(overriding.override(actor, id, body.option(), body.reason(), body.revision()));
    }

    /** The recovery table in force for this client (system defaults with the client's rows), as CSV. */
    @GetMapping(value = "/api/disposition/table", produces = "text/csv")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    ResponseEntity<String> table(@AuthenticationPrincipal Actor actor) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"recovery-table.csv\"")
                .body(RecoveryTableCsv.write(dispositions.table(actor.clientId(), currency(actor))));
    }

    /**
     * A new version of the client's own rows (CSV with the header of the table export, client column empty); every
     * decision of the client is decided again in the background.
     */
    @PutMapping(
            value = "/api/disposition/table",
            consumes = {"text/csv", "text/plain"})
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<ClientTable> publishTable(@AuthenticationPrincipal Actor actor, @RequestBody String csv) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(tables.publishTable(actor, csv));
    }

    @GetMapping("/api/disposition/rules")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    RulesView rules(@AuthenticationPrincipal Actor actor) {
        ClientRuleSet rules = dispositions.rules(actor.clientId());
        return new RulesView(rules.version(), rules.text());
    }

    /** Replaces the client's own rules, one per line ("never B2B_LOT brand=Acme"). */
    @PutMapping(value = "/api/disposition/rules", consumes = "text/plain")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<RulesView> publishRules(@AuthenticationPrincipal Actor actor, @RequestBody String text) {
        ClientRuleSet published = rules.publishRules(actor, text);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new RulesView(published.version(), published.text()));
    }

    /** Progress of the latest re-evaluation after a table or rules change. */
    @GetMapping("/api/disposition/reevaluations/latest")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    Reevaluation lastReevaluation(@AuthenticationPrincipal Actor actor) {
        return reevaluations
                .lastReevaluation(actor.clientId())
                .orElseThrow(
                        () -> new NotFound("re-evaluation", actor.clientId().value()));
    }

    private java.util.Currency currency(Actor actor) {
        return dispositions.currency(actor.clientId());
    }
}
