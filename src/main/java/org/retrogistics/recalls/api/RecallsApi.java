package org.retrogistics.recalls.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.recalls.LaunchingRecalls;
import org.retrogistics.recalls.RecallCampaign;
import org.retrogistics.recalls.RecallDraft;
import org.retrogistics.recalls.RecallManagement;
import org.retrogistics.recalls.RecallPreview;
import org.retrogistics.recalls.RecallStatus;
import org.retrogistics.recalls.RecallUnitView;
import org.retrogistics.returns.Resolution;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.shared.PageOf;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recall campaigns: preview criteria (a dry run), create a campaign (422 {@code recall-matches-nothing} when nothing
 * matches, nothing written), launch it (202: the returns are created in the background; poll the campaign for
 * progress), list campaigns with their progress, list a campaign's units, close it.
 */
@RestController
@RequestMapping("/api/recalls")
class RecallsApi {

    private static final String READERS = "hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')";
    private static final String WRITERS = "hasAnyRole('MANAGER','ADMIN')";

    private final RecallManagement recalls;
    private final LaunchingRecalls launching;

    RecallsApi(RecallManagement recalls, LaunchingRecalls launching) {
        this.recalls = recalls;
        this.launching = launching;
    }

    record Progress(
            int expected,
            int returned,
            int outstanding,
            int percentReturned,
            int linesTotal,
            int linesDone,
            int percentLaunched) {}

    record CampaignView(
            UUID id,
            String number,
            String name,
            RecallStatus status,
            String sku,
            List<String> lots,
            String serialFrom,
            String serialTo,
            LocalDate soldFrom,
            LocalDate soldTo,
            String criteria,
            Resolution remedy,
            String note,
            Progress progress,
            Instant createdAt,
            String createdBy,
            Instant launchedAt,
            Instant launchFinishedAt,
            Instant closedAt,
            long version,
            List<String> possibleActions) {
        static CampaignView of(RecallCampaign c) {
            var p = c.getProgress();
            var k = c.getCriteria();
            return new CampaignView(
                    c.getId(),
                    c.getNumber(),
                    c.getName(),
                    c.getStatus(),
                    k.sku(),
                    k.lots(),
                    k.serialFrom(),
                    k.serialTo(),
                    k.soldFrom(),
                    k.soldTo(),
                    k.describe(),
                    c.getRemedy(),
                    c.getNote(),
                    new Progress(
                            p.expected(),
                            p.returned(),
                            p.outstanding(),
                            p.percentReturned(),
                            p.linesTotal(),
                            p.linesDone(),
                            p.percentLaunched()),
                    c.getCreatedAt(),
                    c.getCreatedBy(),
                    c.getLaunchedAt(),
                    c.getLaunchFinishedAt(),
                    c.getClosedAt(),
                    c.getVersion(),
                    c.possibleActions().stream()
                            .map(t -> t.name().toLowerCase(java.util.Locale.ROOT))
                            .toList());
        }
    }

    record PreviewView(
            int orderLines, int orders, int unitsToReturn, int unitsInCustody, int unitsOnTheirWay, int expected) {
        static PreviewView of(RecallPreview p) {
            return new PreviewView(
                    p.orderLines(),
                    p.orders(),
                    p.unitsToReturn(),
                    p.unitsInCustody(),
                    p.unitsOnTheirWay(),
                    p.expected());
        }
    }

    @PostMapping("/preview")
    @PreAuthorize(READERS)
    PreviewView preview(@AuthenticationPrincipal Actor actor, @Valid @RequestBody RecallDraft draft) {
        return PreviewView.of(recalls.preview(actor, draft));
    }

    /**
     * Creates a campaign in DRAFT (201); with {@code ?launch=true} launches it in the same call (202, poll the
     * Location for progress).
     */
    @PostMapping
    @PreAuthorize(WRITERS)
    @ApiResponse(responseCode = "201", description = "the campaign, created as a draft")
    @ApiResponse(responseCode = "202", description = "the campaign, created and launched (launch=true)")
    ResponseEntity<CampaignView> create(
            @AuthenticationPrincipal Actor actor,
            @Valid @RequestBody RecallDraft draft,
            @RequestParam(defaultValue = "false") boolean launch) {
        RecallCampaign c = launch ? launching.createAndLaunch(actor, draft) : launching.create(actor, draft);
        URI location = URI.create("/api/recalls/" + c.getId());
        return (launch ? ResponseEntity.accepted().location(location) : ResponseEntity.created(location))
                .eTag(IfMatch.etag(c.getVersion()))
                .body(CampaignView.of(c));
    }

    @PostMapping("/{id}/launch")
    @PreAuthorize(WRITERS)
    ResponseEntity<CampaignView> launch(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        RecallCampaign c = launching.launch(actor, id, IfMatch.version(ifMatch));
        return ResponseEntity.accepted()
                .location(URI.create("/api/recalls/" + c.getId()))
                .eTag(IfMatch.etag(c.getVersion()))
                .body(CampaignView.of(c));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize(WRITERS)
    ResponseEntity<CampaignView> close(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        RecallCampaign c = recalls.close(actor, id, IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(IfMatch.etag(c.getVersion())).body(CampaignView.of(c));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize(WRITERS)
    ResponseEntity<CampaignView> cancel(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        RecallCampaign c = recalls.cancel(actor, id, IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(IfMatch.etag(c.getVersion())).body(CampaignView.of(c));
    }

    @GetMapping
    @PreAuthorize(READERS)
    PageOf<CampaignView> list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) RecallStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        PageOf<RecallCampaign> p = recalls.list(actor.clientId(), status, page, size);
        return PageOf.of(p.content().stream().map(CampaignView::of).toList(), page, size, p.totalElements());
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    ResponseEntity<CampaignView> get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        RecallCampaign c = recalls.get(actor.clientId(), id);
        return ResponseEntity.ok().eTag(IfMatch.etag(c.getVersion())).body(CampaignView.of(c));
    }

    @GetMapping("/{id}/units")
    @PreAuthorize(READERS)
    PageOf<RecallUnitView> units(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) Boolean returned,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        return recalls.units(actor.clientId(), id, returned, page, size);
    }
}
