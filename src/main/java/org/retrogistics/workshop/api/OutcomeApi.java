package org.retrogistics.workshop.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.workshop.Outcomes;
import org.retrogistics.workshop.Outcomes.RecordedOutcome;
import org.retrogistics.workshop.UnitOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A unit's outcome once its work is done: restocked, returned to its customer or vendor, donated. */
@RestController
class OutcomeApi {

    private final Outcomes outcomes;

    OutcomeApi(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    record OutcomeBody(@NotNull UnitOutcome outcome, @Size(max = 200) String holder, @Size(max = 2000) String note) {}

    @PostMapping("/api/units/{id}/outcome")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    RecordedOutcome record(
            @AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @RequestBody OutcomeBody body) {
        return outcomes.record(actor, id, body.outcome(), body.holder(), body.note());
    }

    @GetMapping("/api/units/{id}/outcome")
    @PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')")
    RecordedOutcome outcome(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return outcomes.get(actor.clientId(), id);
    }
}
