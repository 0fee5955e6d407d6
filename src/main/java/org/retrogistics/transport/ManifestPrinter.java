package org.retrogistics.transport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.retrogistics.shared.CsvExport;
import org.retrogistics.transport.LegManagement.LoadedContainer;
import org.retrogistics.transport.LegManagement.Manifest;
import org.retrogistics.transport.LegManagement.ManifestUnit;
import org.retrogistics.transport.internal.PdfReport;

/** Prints a leg's manifest: as CSV, and as PDF with the leg, its containers and every unit with its dangerous goods. */
final class ManifestPrinter {

    private ManifestPrinter() {}

    /** The manifest as CSV (RFC 4180): one row per unit, and one per container that holds none. */
    static String csv(Manifest m) {
        StringBuilder csv = new StringBuilder();
        try (CsvExport out = CsvExport.to(csv)) {
            out.header(
                    "leg",
                    "origin",
                    "destination",
                    "mode",
                    "container_sscc",
                    "container_kind",
                    "licence_plate",
                    "sku",
                    "serial",
                    "weight_kg",
                    "un_number",
                    "damaged_battery",
                    "cost_share");
            Map<String, String> kinds = new LinkedHashMap<>();
            m.containers().forEach(c -> kinds.put(c.sscc(), c.kind()));
            for (LoadedContainer c : m.containers()) {
                List<ManifestUnit> in = m.units().stream()
                        .filter(u -> u.containerSscc().equals(c.sscc()))
                        .toList();
                if (in.isEmpty()) {
                    out.row(csvRow(m, c.sscc(), c.kind(), null));
                }
                for (ManifestUnit u : in) {
                    out.row(csvRow(m, c.sscc(), c.kind(), u));
                }
            }
            // units in containers nested inside the loaded ones
            for (ManifestUnit u : m.units()) {
                if (!kinds.containsKey(u.containerSscc())) {
                    out.row(csvRow(m, u.containerSscc(), "NESTED", u));
                }
            }
        }
        return csv.toString();
    }

    private static List<String> csvRow(Manifest m, String sscc, String kind, ManifestUnit u) {
        List<String> cells = new ArrayList<>(List.of(
                m.leg().getNumber(),
                m.origin().code(),
                m.destination().code(),
                m.leg().getMode().name(),
                sscc,
                kind));
        if (u == null) {
            cells.addAll(List.of("", "", "", "", "", "", ""));
        } else {
            cells.addAll(List.of(
                    u.licencePlate(),
                    u.sku(),
                    u.serial() == null ? "" : u.serial(),
                    u.weightGrams() == null ? "" : kg(u.weightGrams()),
                    u.unNumber() == null ? "" : u.unNumber(),
                    u.damagedBattery() ? "yes" : "no",
                    u.costShare() == null ? "" : u.costShare().amount().toPlainString()));
        }
        return cells;
    }

    /** The manifest as a PDF: the leg, its containers with their SSCC, and every unit with its dangerous goods. */
    static byte[] pdf(Manifest m) {
        Leg leg = m.leg();
        try (PdfReport pdf = new PdfReport()) {
            pdf.heading("Manifest " + leg.getNumber() + "  (" + leg.getStatus() + ")")
                    .line("From " + m.origin().code() + " " + m.origin().name()
                            + (m.origin().address() == null
                                    ? ""
                                    : ", " + m.origin().address()))
                    .line("To " + m.destination().code() + " "
                            + m.destination().name()
                            + (m.destination().address() == null
                                    ? ""
                                    : ", " + m.destination().address()))
                    .line("Mode " + leg.getMode() + ", " + leg.getDistanceKm().toPlainString() + " km ("
                            + leg.getDistanceBasis().toLowerCase(Locale.ROOT).replace('_', ' ') + "), cost "
                            + leg.cost() + ", weight " + kg(m.weightGrams()) + " kg, CO2e " + m.co2eKg()
                            + " kg (estimate)")
                    .line("Containers " + m.containers().size() + ", units "
                            + m.units().size());
            dangerousGoods(pdf, m);
            pdf.subheading("Containers")
                    .table(
                            List.of("SSCC", "Kind", "Loaded (UTC)", "By"),
                            m.containers().stream()
                                    .map(c -> List.of(
                                            c.sscc(),
                                            c.kind(),
                                            c.loadedAt().toString().substring(0, 16),
                                            c.loadedBy()))
                                    .toList(),
                            new float[] {150, 70, 110, 185});
            pdf.subheading("Units")
                    .table(
                            List.of("Container", "Plate", "SKU", "Serial", "kg", "UN", "Damaged"),
                            m.units().stream()
                                    .map(u -> List.of(
                                            u.containerSscc(),
                                            u.licencePlate(),
                                            u.sku(),
                                            u.serial() == null ? "" : u.serial(),
                                            u.weightGrams() == null ? "" : kg(u.weightGrams()),
                                            u.unNumber() == null ? "" : u.unNumber(),
                                            u.damagedBattery() ? "yes" : ""))
                                    .toList(),
                            new float[] {120, 75, 110, 80, 40, 45, 45});
            pdf.signature("Handed over at " + m.origin().code() + ": name, signature, date")
                    .signature("Received at " + m.destination().code() + ": name, signature, date");
            return pdf.pdf();
        }
    }

    /** The UN numbers on board, and the warning when a damaged battery is among them. */
    private static void dangerousGoods(PdfReport pdf, Manifest m) {
        List<String> un = m.units().stream()
                .map(ManifestUnit::unNumber)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        if (!un.isEmpty()) {
            pdf.line("Dangerous goods: " + String.join(", ", un) + " (lithium batteries, Class 9)");
        }
        if (m.units().stream().anyMatch(ManifestUnit::damagedBattery)) {
            pdf.line("DAMAGED/DEFECTIVE LITHIUM ION BATTERY on board: forbidden on aircraft (SP A154)");
        }
    }

    private static String kg(long grams) {
        return BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString();
    }
}
