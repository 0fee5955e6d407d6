package org.retrogistics.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.retrogistics.catalog.BatteryChemistry;
import org.retrogistics.catalog.BatteryPacking;
import org.retrogistics.catalog.ProductDraft;
import org.retrogistics.shared.Gs1;

/**
 * Product templates for the two demo clients. UNU keys come from ../shared/data/ewaste (htbl_Key_Description.csv);
 * GTINs use GS1's example company prefix 0614141 with a computed check digit.
 */
final class DemoCatalog {

    private DemoCatalog() {}

    record Template(
            String family,
            String category,
            String[] models,
            int weightGrams,
            int minPrice,
            int maxPrice,
            int warrantyMonths,
            boolean serialized,
            boolean dataBearing,
            BatteryChemistry chemistry,
            Double wattHours,
            BatteryPacking packing,
            String unuKey,
            boolean returnable) {}

    static final List<Template> ELECTRONICS = List.of(
            t(
                    "smartphone",
                    "electronics",
                    new String[] {"Aster 5", "Aster 5 Pro", "Aster Mini", "Vela X", "Vela X Max"},
                    185,
                    399,
                    1099,
                    12,
                    true,
                    true,
                    BatteryChemistry.LITHIUM_ION,
                    15.0,
                    BatteryPacking.CONTAINED_IN_EQUIPMENT,
                    "0306",
                    true),
            t(
                    "laptop",
                    "electronics",
                    new String[] {"Orbit 13", "Orbit 15", "Orbit 16 Studio", "Slate Air"},
                    1600,
                    699,
                    1999,
                    24,
                    true,
                    true,
                    BatteryChemistry.LITHIUM_ION,
                    56.0,
                    BatteryPacking.CONTAINED_IN_EQUIPMENT,
                    "0303",
                    true),
            t(
                    "tablet",
                    "electronics",
                    new String[] {"Pad 11", "Pad 13 Pro", "Pad Kids"},
                    480,
                    249,
                    899,
                    12,
                    true,
                    true,
                    BatteryChemistry.LITHIUM_ION,
                    30.0,
                    BatteryPacking.CONTAINED_IN_EQUIPMENT,
                    "0303",
                    true),
            t(
                    "headphones",
                    "electronics",
                    new String[] {"Hush ANC", "Hush Sport", "Buds 2", "Buds 2 Pro"},
                    250,
                    59,
                    349,
                    12,
                    false,
                    false,
                    BatteryChemistry.LITHIUM_ION,
                    2.0,
                    BatteryPacking.CONTAINED_IN_EQUIPMENT,
                    "0401",
                    true),
            t(
                    "smartwatch",
                    "electronics",
                    new String[] {"Pulse 4", "Pulse 4 LTE", "Pulse Active"},
                    45,
                    199,
                    499,
                    12,
                    true,
                    true,
                    BatteryChemistry.LITHIUM_ION,
                    1.2,
                    BatteryPacking.CONTAINED_IN_EQUIPMENT,
                    "0402",
                    true),
            t(
                    "power-bank",
                    "electronics",
                    new String[] {"Charge 10k", "Charge 20k", "Charge 27k Laptop"},
                    320,
                    29,
                    99,
                    12,
                    false,
                    false,
                    BatteryChemistry.LITHIUM_ION,
                    74.0,
                    BatteryPacking.STANDALONE,
                    "0301",
                    true),
            t(
                    "camera",
                    "electronics",
                    new String[] {"Frame M1", "Frame M2", "Frame Action 3"},
                    650,
                    299,
                    1499,
                    24,
                    true,
                    false,
                    BatteryChemistry.LITHIUM_ION,
                    16.0,
                    BatteryPacking.PACKED_WITH_EQUIPMENT,
                    "0406",
                    true),
            t(
                    "game-console",
                    "electronics",
                    new String[] {"Arcadia One", "Arcadia One Digital"},
                    3200,
                    299,
                    499,
                    12,
                    true,
                    true,
                    null,
                    null,
                    null,
                    "0702",
                    true),
            t(
                    "software-licence",
                    "digital",
                    new String[] {"Office Suite 1y", "Antivirus 1y", "Photo Editor"},
                    0,
                    49,
                    149,
                    0,
                    false,
                    false,
                    null,
                    null,
                    null,
                    null,
                    false),
            t(
                    "kettle",
                    "small-appliance",
                    new String[] {"Boil 1.7", "Boil Glass", "Boil Travel"},
                    1100,
                    29,
                    99,
                    24,
                    false,
                    false,
                    null,
                    null,
                    null,
                    "0203",
                    true),
            t(
                    "toaster",
                    "small-appliance",
                    new String[] {"Crisp 2", "Crisp 4"},
                    1800,
                    35,
                    119,
                    24,
                    false,
                    false,
                    null,
                    null,
                    null,
                    "0202",
                    true),
            t(
                    "blender",
                    "small-appliance",
                    new String[] {"Whirl 600", "Whirl Pro 1200"},
                    2600,
                    49,
                    249,
                    24,
                    false,
                    false,
                    null,
                    null,
                    null,
                    "0202",
                    true),
            t(
                    "robot-vacuum",
                    "small-appliance",
                    new String[] {"Roam S", "Roam S+ Mapping"},
                    3400,
                    299,
                    799,
                    24,
                    true,
                    true,
                    BatteryChemistry.LITHIUM_ION,
                    40.0,
                    BatteryPacking.CONTAINED_IN_EQUIPMENT,
                    "0204",
                    true),
            t(
                    "coffee-machine",
                    "small-appliance",
                    new String[] {"Brew One", "Brew Barista"},
                    4200,
                    99,
                    599,
                    24,
                    true,
                    false,
                    null,
                    null,
                    null,
                    "0203",
                    true));

    static final List<Template> APPAREL = List.of(
            t(
                    "t-shirt",
                    "apparel",
                    new String[] {"Organic Tee", "Merino Tee", "Pocket Tee"},
                    180,
                    19,
                    59,
                    0,
                    false,
                    false,
                    null,
                    null,
                    null,
                    null,
                    true),
            t(
                    "jeans",
                    "apparel",
                    new String[] {"Straight Jeans", "Slim Jeans", "Relaxed Jeans"},
                    650,
                    59,
                    129,
                    0,
                    false,
                    false,
                    null,
                    null,
                    null,
                    null,
                    true),
            t(
                    "jacket",
                    "apparel",
                    new String[] {"Rain Shell", "Down Parka", "Fleece Jacket"},
                    900,
                    89,
                    349,
                    24,
                    false,
                    false,
                    null,
                    null,
                    null,
                    null,
                    true),
            t(
                    "sneakers",
                    "footwear",
                    new String[] {"Trail Runner", "Court Classic", "Everyday Knit"},
                    800,
                    69,
                    179,
                    6,
                    false,
                    false,
                    null,
                    null,
                    null,
                    null,
                    true),
            t(
                    "dress",
                    "apparel",
                    new String[] {"Linen Dress", "Wrap Dress"},
                    350,
                    49,
                    149,
                    0,
                    false,
                    false,
                    null,
                    null,
                    null,
                    null,
                    true),
            t(
                    "swimwear",
                    "intimates",
                    new String[] {"Swim Shorts", "Swimsuit"},
                    150,
                    29,
                    79,
                    0,
                    false,
                    false,
                    null,
                    null,
                    null,
                    null,
                    true),
            t(
                    "hair-dryer",
                    "small-appliance",
                    new String[] {"Breeze 2000", "Breeze Compact"},
                    600,
                    39,
                    199,
                    24,
                    false,
                    false,
                    null,
                    null,
                    null,
                    "0205",
                    true),
            t(
                    "shaver",
                    "small-appliance",
                    new String[] {"Edge 5", "Edge 9"},
                    300,
                    59,
                    249,
                    24,
                    true,
                    false,
                    BatteryChemistry.LITHIUM_ION,
                    3.0,
                    BatteryPacking.CONTAINED_IN_EQUIPMENT,
                    "0205",
                    true),
            t(
                    "toothbrush",
                    "small-appliance",
                    new String[] {"Sonic 3", "Sonic 7"},
                    180,
                    39,
                    159,
                    24,
                    false,
                    false,
                    BatteryChemistry.LITHIUM_ION,
                    2.0,
                    BatteryPacking.CONTAINED_IN_EQUIPMENT,
                    "0205",
                    true));

    private static final String[] SIZES = {"S", "M", "L", "XL"};
    private static final String[] COLOURS = {"Black", "Sand", "Navy"};

    private static Template t(
            String family,
            String category,
            String[] models,
            int weight,
            int min,
            int max,
            int warranty,
            boolean serialized,
            boolean data,
            BatteryChemistry chem,
            Double wh,
            BatteryPacking packing,
            String unu,
            boolean returnable) {
        return new Template(
                family,
                category,
                models,
                weight,
                min,
                max,
                warranty,
                serialized,
                data,
                chem,
                wh,
                packing,
                unu,
                returnable);
    }

    /** Expands templates into products: apparel by size, electronics and appliances by colour. */
    static List<ProductDraft> products(
            List<Template> templates, String prefix, String brand, String currency, int gtinBase, Random random) {
        List<ProductDraft> drafts = new ArrayList<>();
        int item = gtinBase;
        for (Template t : templates) {
            for (int m = 0; m < t.models().length; m++) {
                for (String variant : variants(t)) {
                    String model = t.models()[m];
                    String sku = prefix + "-" + t.family().toUpperCase().replace("-", "") + "-" + (m + 1)
                            + (variant.isEmpty() ? "" : "-" + variant.toUpperCase());
                    int price = t.minPrice() + (t.maxPrice() - t.minPrice()) * m / Math.max(1, t.models().length - 1);
                    drafts.add(new ProductDraft(
                            sku,
                            gtin(item++),
                            (brand + " " + model + " " + variant).strip(),
                            brand,
                            t.category(),
                            t.family(),
                            t.weightGrams() + random.nextInt(t.weightGrams() / 10 + 1),
                            BigDecimal.valueOf(price).subtract(new BigDecimal("0.01")),
                            currency,
                            t.returnable(),
                            t.warrantyMonths(),
                            t.serialized(),
                            t.dataBearing(),
                            t.chemistry() == null
                                    ? null
                                    : new ProductDraft.Battery(
                                            t.chemistry(), BigDecimal.valueOf(t.wattHours()), t.packing()),
                            t.unuKey()));
                }
            }
        }
        return drafts;
    }

    private static List<String> variants(Template t) {
        return switch (t.category()) {
            case "apparel", "footwear", "intimates" -> List.of(SIZES);
            case "digital" -> List.of("");
            default -> List.of(COLOURS);
        };
    }

    /** A GTIN-13 under GS1's example company prefix 0614141, with its check digit. */
    static String gtin(int itemReference) {
        String body = "0614141" + "%05d".formatted(itemReference % 100_000);
        return body + Gs1.checkDigit(body);
    }
}
