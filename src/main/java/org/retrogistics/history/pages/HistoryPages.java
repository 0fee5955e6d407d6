package org.retrogistics.history.pages;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.history.HistoryImports;
import org.retrogistics.history.ImportJob;
import org.retrogistics.history.internal.ProgressEvents;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The history import page: the file is sent as the request body by the page's script (streamed, never a multipart
 * form held in memory), and a progress bar follows the job's server-sent events; earlier jobs with their error
 * reports and the history's figures below.
 */
// pages, not API operations: the upload and the events answer the page's script only
@Hidden
@Controller
@RequestMapping("/console/history")
@PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
class HistoryPages {

    private final HistoryImports imports;
    private final ProgressEvents progress;

    HistoryPages(HistoryImports imports, ProgressEvents progress) {
        this.imports = imports;
        this.progress = progress;
    }

    @GetMapping
    String page(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("jobs", imports.list(actor.clientId()));
        model.addAttribute("figures", imports.figures(actor.clientId()));
        return "console/history";
    }

    @PostMapping(
            path = "/imports",
            consumes = {"text/csv", "application/octet-stream"})
    @ResponseBody
    Map<String, Object> upload(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) String fileName,
            HttpServletRequest request)
            throws IOException {
        ImportJob job = imports.upload(actor, fileName, request.getInputStream());
        return ProgressEvents.view(job);
    }

    @GetMapping(path = "/imports/{id}/events", produces = "text/event-stream")
    SseEmitter events(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return progress.follow(actor.clientId(), id);
    }

    @GetMapping("/imports/{id}/errors.csv")
    void errors(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        imports.get(actor.clientId(), id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"");
        imports.errorReport(actor.clientId(), id, response.getWriter());
    }
}
