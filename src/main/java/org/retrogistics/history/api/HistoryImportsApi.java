package org.retrogistics.history.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.history.HistoryFigures;
import org.retrogistics.history.HistoryImports;
import org.retrogistics.history.ImportJob;
import org.retrogistics.history.ImportStatus;
import org.retrogistics.history.internal.ProgressEvents;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The history import (ADR 0032): the CSV is the request body itself, streamed to disk as it arrives (no multipart, no
 * size limit but the disk); the job runs in the background. Managers and administrators only.
 */
@RestController
@RequestMapping("/api/history")
class HistoryImportsApi {

    private static final String MANAGERS = "hasAnyRole('MANAGER','ADMIN')";

    private final HistoryImports imports;
    private final ProgressEvents progress;

    HistoryImportsApi(HistoryImports imports, ProgressEvents progress) {
        this.imports = imports;
        this.progress = progress;
    }

    @PostMapping(
            path = "/imports",
            consumes = {"text/csv", "application/octet-stream"})
    @PreAuthorize(MANAGERS)
    @ApiResponse(responseCode = "202", description = "the job, started or resumed; follow it at its events")
    @ApiResponse(responseCode = "200", description = "the same file was imported before: its job, unchanged")
    ResponseEntity<ImportJob> upload(
            @AuthenticationPrincipal Actor actor,
            @Parameter(description = "the file's name, for people") @RequestParam(required = false) String fileName,
            HttpServletRequest request)
            throws IOException {
        ImportJob job = imports.upload(actor, fileName, request.getInputStream());
        if (job.status() == ImportStatus.DONE) {
            return ResponseEntity.ok(job);
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/history/imports/" + job.id()))
                .body(job);
    }

    @GetMapping("/imports")
    @PreAuthorize(MANAGERS)
    List<ImportJob> list(@AuthenticationPrincipal Actor actor) {
        return imports.list(actor.clientId());
    }

    @GetMapping("/imports/{id}")
    @PreAuthorize(MANAGERS)
    ImportJob get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return imports.get(actor.clientId(), id);
    }

    /** Resumes a job a crash or a failure stopped, from its checkpoint, with the file kept since its upload. */
    @PostMapping("/imports/{id}/resume")
    @PreAuthorize(MANAGERS)
    ResponseEntity<ImportJob> resume(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        ImportJob job = imports.resume(actor, id);
        return ResponseEntity.status(job.status() == ImportStatus.DONE ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(job);
    }

    @GetMapping(path = "/imports/{id}/events", produces = "text/event-stream")
    @PreAuthorize(MANAGERS)
    SseEmitter events(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return progress.follow(actor.clientId(), id);
    }

    @GetMapping(path = "/imports/{id}/errors", produces = "text/csv")
    @PreAuthorize(MANAGERS)
    @ApiResponse(
            responseCode = "200",
            description = "the lines not imported: line number (the header is line 1) and reason",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    void errors(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        imports.get(actor.clientId(), id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        imports.errorReport(actor.clientId(), id, response.getWriter());
    }

    @GetMapping("/figures")
    @PreAuthorize(MANAGERS)
    HistoryFigures figures(@AuthenticationPrincipal Actor actor) {
        return imports.figures(actor.clientId());
    }
}
