package org.retrogistics.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.retrogistics.catalog.BatteryChemistry;
import org.retrogistics.catalog.BatteryPacking;
import org.retrogistics.catalog.ProductDraft;
import org.retrogistics.shared.Gs1;

/**
 * The demo catalogues, expanded from {@code demo/product-templates.csv}: apparel by size, electronics and appliances by
 * colour. GTINs use GS1's example company prefix 0614141 with a computed check digit.
 */
final class DemoCatalog {

    private static final List<String> SIZES = List.of("S", "M", "L", "XL");
    private static final List<String> COLOURS = List.of("Black", "Sand", "Navy");

    private DemoCatalog() {}

    /** The products of one demo client ({@code northwind} or {@code fjord}). */
    static List<ProductDraft> products(
            String client, String prefix, String brand, String currency, int gtinBase, Random random) {
        List<ProductDraft> drafts = new ArrayList<>();
        int item = gtinBase;
        for (String[] t : templates(client)) {
            String family = t[1];
            String category = t[2];
            String[] models = t[3].split("\\|");
            int weight = Integer.parseInt(t[4]);
            int min = Integer.parseInt(t[5]);
            int max = Integer.parseInt(t[6]);
            ProductDraft.Battery battery = t[10].isEmpty()
                    ? null
                    : new ProductDraft.Battery(
                            BatteryChemistry.valueOf(t[10]), new BigDecimal(t[11]), BatteryPacking.valueOf(t[12]));
            for (int m = 0; m < models.length; m++) {
                for (String variant : variants(category)) {
                    String sku = prefix + "-" + family.toUpperCase().replace("-", "") + "-" + (m + 1)
                            + (variant.isEmpty() ? "" : "-" + variant.toUpperCase());
                    int price = min + (max - min) * m / Math.max(1, models.length - 1);
                    drafts.add(new ProductDraft(
                            sku,
                            gtin(item++),
                            (brand + " " + models[m] + " " + variant).strip(),
                            brand,
                            category,
                            family,
                            weight + random.nextInt(weight / 10 + 1),
                            BigDecimal.valueOf(price).subtract(new BigDecimal("0.01")),
                            currency,
                            Boolean.parseBoolean(t[14]),
                            Integer.parseInt(t[7]),
                            Boolean.parseBoolean(t[8]),
                            Boolean.parseBoolean(t[9]),
                            battery,
                            t[13].isEmpty() ? null : t[13],
                            (brand + " " + models[m]).strip()));
                }
            }
        }
        return drafts;
    }

    private static List<String[]> templates(String client) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DemoCatalog.class.getResourceAsStream("/demo/product-templates.csv"), StandardCharsets.UTF_8))) {
            return in.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(";", -1))
                    .filter(t -> t[0].equals(client))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> variants(String category) {
        return switch (category) {
            case "apparel", "footwear", "intimates" -> SIZES;
            case "digital" -> List.of("");
            default -> COLOURS;
        };
    }

    /** A GTIN-13 under GS1's example company prefix 0614141, with its check digit. */
    static String gtin(int itemReference) {
        String body = "0614141" + "%05d".formatted(itemReference % 100_000);
        return body + Gs1.checkDigit(body);
    }
}
