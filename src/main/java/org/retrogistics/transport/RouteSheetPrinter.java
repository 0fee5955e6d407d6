package org.retrogistics.transport;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.retrogistics.transport.PickupPlanning.PickupView;
import org.retrogistics.transport.PickupPlanning.PlanView;
import org.retrogistics.transport.PickupPlanning.PlannedStop;
import org.retrogistics.transport.PickupPlanning.Route;
import org.retrogistics.transport.internal.PdfReport;

/** Prints route sheets: per vehicle, the stops in order with times, the site, what to collect and a signature line. */
final class RouteSheetPrinter {

    private static final DateTimeFormatter HHMM =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private RouteSheetPrinter() {}

    /** One sheet (a page or more) per route; {@code pickups} gives each stop's pickup. Times are UTC. */
    static byte[] pdf(PlanView plan, List<Route> routes, Function<UUID, PickupView> pickups) {
        try (PdfReport pdf = new PdfReport()) {
            boolean first = true;
            for (Route r : routes) {
                if (!first) {
                    pdf.newPage();
                }
                first = false;
                List<PickupView> stops = new ArrayList<>();
                for (PlannedStop s : r.stops()) {
                    stops.add(pickups.apply(s.pickupId()));
                }
                summary(pdf, plan, r, stops);
                for (int i = 0; i < stops.size(); i++) {
                    stop(pdf, i + 1, stops.get(i), r.stops().get(i));
                }
            }
            return pdf.pdf();
        }
    }

    /** The route's heading, what it collects in all, and a table of its stops. */
    private static void summary(PdfReport pdf, PlanView plan, Route r, List<PickupView> stops) {
        pdf.heading("Route sheet " + r.vehicle() + "  " + plan.day())
                .line("Plan " + plan.id() + ", " + r.stops().size() + " stop(s), " + r.distanceKm()
                        + " km; leave the depot " + HHMM.format(r.departure()) + ", back "
                        + HHMM.format(r.back()) + " (UTC)");
        int kg = 0;
        int litres = 0;
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < stops.size(); i++) {
            PlannedStop s = r.stops().get(i);
            PickupView p = stops.get(i);
            kg += p.weightKg();
            litres += p.volumeLitres();
            rows.add(List.of(
                    String.valueOf(i + 1),
                    HHMM.format(s.arrival()) + " / " + HHMM.format(serviceStart(s)),
                    HHMM.format(p.windowStart()) + "-" + HHMM.format(p.windowEnd()),
                    p.reference(),
                    p.siteName(),
                    p.weightKg() + " kg",
                    p.volumeLitres() + " l",
                    p.hazardous() ? "YES" : ""));
        }
        pdf.line("To collect: " + kg + " kg, " + litres + " litres")
                .subheading("Stops")
                .table(
                        List.of("#", "ETA / start", "Window", "Pickup", "Site", "Weight", "Volume", "Hazardous"),
                        rows,
                        new float[] {20, 65, 60, 75, 125, 50, 50, 55});
    }

    /** One stop in detail, with the line the site signs. */
    private static void stop(PdfReport pdf, int number, PickupView p, PlannedStop s) {
        pdf.subheading(number + ". " + p.reference() + " - " + p.siteName())
                .line("At " + "%.5f, %.5f".formatted(p.latitude(), p.longitude()) + "; ETA "
                        + HHMM.format(s.arrival()) + ", collect from " + HHMM.format(serviceStart(s))
                        + " (window " + HHMM.format(p.windowStart()) + "-"
                        + HHMM.format(p.windowEnd()) + ")")
                .line("Collect: "
                        + (p.items().isEmpty()
                                ? "as packed by the site"
                                : String.join(
                                        ", ",
                                        p.items().stream()
                                                .map(it -> it.quantity() + " x " + it.sku())
                                                .toList()))
                        + "; " + p.weightKg() + " kg, " + p.volumeLitres() + " litres"
                        + (p.hazardous() ? "; HAZARDOUS: dangerous goods on board" : ""))
                .signature("Handed over at " + p.siteName() + ": name, signature, time");
    }

    /** When collecting starts at a stop: after any wait for its window, the service time before leaving. */
    private static Instant serviceStart(PlannedStop s) {
        return s.departure().minus(Duration.ofMinutes(PickupPlanning.SERVICE_MINUTES));
    }
}
