package org.retrogistics.integration.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.retrogistics.access.Actor;
import org.retrogistics.integration.InboundStatusUpdates;
import org.retrogistics.integration.StatusUpdate;
import org.retrogistics.integration.StatusUpdateOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Status updates from a client's WMS (RECEIVED) or TMS (SHIPPED, DELIVERED, LOST), with a token of the client. The
 * same message id twice has one effect: the second answer is the first one's outcome, marked {@code duplicate}.
 */
@RestController
class StatusUpdatesApi {

    private final InboundStatusUpdates updates;

    StatusUpdatesApi(InboundStatusUpdates updates) {
        this.updates = updates;
    }

    @PostMapping("/api/integration/status-updates")
    @PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
    @ApiResponse(responseCode = "200", description = "taken, or received before (duplicate)")
    @ApiResponse(responseCode = "404", description = "the reference names nothing of the client's")
    @ApiResponse(
            responseCode = "409",
            description = "the message id was used for another update, or the use case refused it")
    StatusUpdateOutcome statusUpdate(@AuthenticationPrincipal Actor actor, @RequestBody StatusUpdate update) {
        return updates.accept(actor, "API", update);
    }
}
