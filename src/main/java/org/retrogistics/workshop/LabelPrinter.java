package org.retrogistics.workshop;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Prints a unit label: a 4×6 inch PDF page with a barcode and the unit's identity in words. With a GTIN and a serial
 * the barcode is GS1-128 carrying (01) GTIN and (21) serial; otherwise Code 128 of the licence plate, which every
 * scanner at our docks reads.
 */
public final class LabelPrinter {

    /** What goes on the label. */
    public record Label(
            String title, String licencePlate, String sku, String gtin, String serial, List<String> lines) {}

    private static final float WIDTH = 4 * 72;
    private static final float HEIGHT = 6 * 72;
    /** GS1-128 starts with FNC1; zxing's Code128Writer takes it as this character. */
    private static final char FNC1 = '\u00f1';

    private LabelPrinter() {}

    /** The barcode's content and the text printed under it. */
    static String[] barcode(Label label) {
        if (label.gtin() != null && label.serial() != null && label.serial().matches("[!-z]{1,20}")) {
            String gtin = String.format("%14s", label.gtin()).replace(' ', '0');
            return new String[] {FNC1 + "01" + gtin + "21" + label.serial(), "(01) " + gtin + " (21) " + label.serial()
            };
        }
        return new String[] {label.licencePlate(), label.licencePlate()};
    }

    public static byte[] pdf(Label label) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            doc.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String[] code = barcode(label);
            BitMatrix bars = new Code128Writer().encode(code[0], BarcodeFormat.CODE_128, 0, 0);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                text(c, bold, 16, 18, HEIGHT - 36, label.title());
                text(c, bold, 22, 18, HEIGHT - 68, label.licencePlate());
                float y = HEIGHT - 92;
                for (String line :
                        List.of("SKU " + label.sku(), label.serial() == null ? "" : "Serial " + label.serial())) {
                    if (!line.isBlank()) {
                        text(c, regular, 11, 18, y, line);
                        y -= 16;
                    }
                }
                for (String line : label.lines()) {
                    text(c, regular, 10, 18, y, line);
                    y -= 14;
                }
                // the bars, scaled to the label's width with a quiet zone each side
                float module = (WIDTH - 36) / bars.getWidth();
                float barTop = 150;
                float barHeight = 90;
                c.setNonStrokingColor(0f, 0f, 0f);
                for (int x = 0; x < bars.getWidth(); x++) {
                    if (bars.get(x, 0)) {
                        c.addRect(18 + x * module, barTop - barHeight, module, barHeight);
                    }
                }
                c.fill();
                text(c, regular, 10, 18, barTop - barHeight - 16, code[1]);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(PDPageContentStream c, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        // the standard fonts cover WinAnsi only: anything else is shown as '?'
        c.showText(s.replaceAll("[^\\x20-\\x7E]", "?"));
        c.endText();
    }
}
