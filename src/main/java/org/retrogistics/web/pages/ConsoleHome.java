package org.retrogistics.web.pages;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.shared.QueueMetrics;
import org.retrogistics.shared.WorkQueue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's home page: first the work queues the signed-in person's roles work on, each with how many wait and
 * how long the oldest has (an agent sees reviews and held money, the warehouse inspection and recycling, a
 * technician the workshop), then the returns by status.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT','WAREHOUSE','TECHNICIAN','MANAGER','ADMIN')")
class ConsoleHome {

    /** How a queue shows: its words, its page and the roles that work on it (the page's own roles or fewer). */
    record Desk(String label, String link, Set<Role> roles) {}

    /** A queue as the home page shows it. */
    record QueueCard(String name, String label, String link, long size, String oldest) {}

    static final Map<String, Desk> DESKS = Map.of(
            "review", new Desk("Awaiting a decision", "/console/review", Set.of(Role.AGENT, Role.MANAGER, Role.ADMIN)),
            "refunds",
                    new Desk("Money held or failed", "/console/refunds", Set.of(Role.AGENT, Role.MANAGER, Role.ADMIN)),
            "inspection",
                    new Desk(
                            "Units to inspect",
                            "/console/inspection",
                            Set.of(Role.WAREHOUSE, Role.MANAGER, Role.ADMIN)),
            "workshop",
                    new Desk(
                            "Jobs in the workshop",
                            "/console/work-orders",
                            Set.of(Role.TECHNICIAN, Role.WAREHOUSE, Role.MANAGER, Role.ADMIN)),
            "recycling",
                    new Desk(
                            "Batches being filled or shipped",
                            "/console/recycling",
                            Set.of(Role.WAREHOUSE, Role.MANAGER, Role.ADMIN)));

    /** The order the cards show in: the start of a return's life first. */
    private static final List<String> ORDER = List.of("review", "inspection", "workshop", "recycling", "refunds");

    private final ReturnManagement returns;
    private final List<WorkQueue> queues;

    ConsoleHome(ReturnManagement returns, List<WorkQueue> queues) {
        this.returns = returns;
        this.queues = queues;
    }

    @GetMapping("/console")
    String home(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("queues", queuesFor(actor));
        Map<ReturnStatus, Long> counts = returns.countByStatus(actor.clientId());
        model.addAttribute("counts", counts);
        model.addAttribute(
                "max",
                Math.max(
                        1,
                        counts.values().stream()
                                .mapToLong(Long::longValue)
                                .max()
                                .orElse(1)));
        model.addAttribute(
                "total", counts.values().stream().mapToLong(Long::longValue).sum());
        return "console/overview";
    }

    List<QueueCard> queuesFor(Actor actor) {
        return queues.stream()
                .filter(q -> DESKS.containsKey(q.name()))
                .filter(q -> DESKS.get(q.name()).roles().stream().anyMatch(actor::has))
                .sorted(java.util.Comparator.comparingInt(q -> ORDER.indexOf(q.name())))
                .map(q -> {
                    Desk d = DESKS.get(q.name());
                    QueueMetrics.Reading r = q.read(actor.clientId());
                    return new QueueCard(q.name(), d.label(), d.link(), r.size(), age(r));
                })
                .toList();
    }

    /** The oldest item's wait in words: "3 days", "5 h", "12 min", "just now"; empty when none waits. */
    static String age(QueueMetrics.Reading r) {
        if (r.oldest() == null) {
            return "";
        }
        Duration d = Duration.ofSeconds((long) r.ageSeconds());
        if (d.toDays() >= 2) {
            return d.toDays() + " days";
        }
        if (d.toHours() >= 1) {
            return d.toHours() + " h";
        }
        return d.toMinutes() >= 1 ? d.toMinutes() + " min" : "just now";
    }
}
