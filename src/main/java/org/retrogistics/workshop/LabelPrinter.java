package org.retrogistics.workshop;

import java.util.List;
import org.retrogistics.shared.LabelPage;

/**
 * Prints a unit label: with a GTIN and a serial the barcode is GS1-128 carrying (01) GTIN and (21) serial; otherwise
 * Code 128 of the licence plate, which every scanner at our docks reads.
 */
public final class LabelPrinter {

    /** What goes on the label. */
    public record Label(
            String title, String licencePlate, String sku, String gtin, String serial, List<String> lines) {}

    private LabelPrinter() {}

    /** The barcode's content and the text printed under it. */
    static String[] barcode(Label label) {
        if (label.gtin() != null && label.serial() != null && label.serial().matches("[!-z]{1,20}")) {
            String gtin = String.format("%14s", label.gtin()).replace(' ', '0');
            return new String[] {
                LabelPage.FNC1 + "01" + gtin + "21" + label.serial(), "(01) " + gtin + " (21) " + label.serial()
            };
        }
        return new String[] {label.licencePlate(), label.licencePlate()};
    }

    public static byte[] pdf(Label label) {
        String[] code = barcode(label);
        LabelPage page = new LabelPage()
                .line(label.title(), 16, true)
                .line(label.licencePlate(), 22, true)
                .line("SKU " + label.sku(), 11, false)
                .line(label.serial() == null ? null : "Serial " + label.serial(), 11, false);
        label.lines().forEach(l -> page.line(l, 10, false));
        return page.barcode(code[0], code[1]).pdf();
    }
}
