package org.retrogistics.returns.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.returns.PolicyTerms;
import org.retrogistics.returns.ReasonCodes;
import org.retrogistics.returns.ReturnPolicies;
import org.retrogistics.returns.ReturnPolicy;
import org.retrogistics.returns.ReturnReason;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The return policy (versioned) and the reason taxonomy with its external code mapping. */
@RestController
@RequestMapping("/api")
class PolicyApi {

    private final ReturnPolicies policies;
    private final ReasonCodes reasonCodes;

    PolicyApi(ReturnPolicies policies, ReasonCodes reasonCodes) {
        this.policies = policies;
        this.reasonCodes = reasonCodes;
    }

    record PolicyView(UUID id, int version, Instant effectiveFrom, PolicyTerms terms) {
        static PolicyView of(ReturnPolicy p) {
            return new PolicyView(p.getId(), p.getVersion(), p.getEffectiveFrom(), p.terms());
        }
    }

    @GetMapping("/return-policy")
    PolicyView current(@AuthenticationPrincipal Actor actor) {
        return PolicyView.of(policies.current(actor.clientId()));
    }

    @GetMapping("/return-policy/versions")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    List<PolicyView> versions(@AuthenticationPrincipal Actor actor) {
        return policies.versions(actor.clientId()).stream().map(PolicyView::of).toList();
    }

    /** Publishes new terms as the next version. */
    @PostMapping("/return-policy")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PolicyView> publish(@AuthenticationPrincipal Actor actor, @Valid @RequestBody PolicyTerms terms) {
        ReturnPolicy p = policies.publish(actor.clientId(), terms);
        return ResponseEntity.created(URI.create("/api/return-policy/versions/" + p.getVersion()))
                .body(PolicyView.of(p));
    }

    record Reason(String reason, boolean productFault, String inspectionPath) {}

    record ReasonCatalogue(List<Reason> reasons, List<ReasonCodes.Mapping> externalCodes) {}

    @GetMapping("/reason-codes")
    ReasonCatalogue reasons() {
        return new ReasonCatalogue(
                java.util.Arrays.stream(ReturnReason.values())
                        .map(r -> new Reason(
                                r.name(), r.productFault(), r.inspectionPath().name()))
                        .toList(),
                reasonCodes.all());
    }
}
