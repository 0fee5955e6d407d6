package org.retrogistics.shared;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A 4×6 inch label page, laid out top to bottom: lines of text, a linear barcode (Code 128, or GS1-128 when the content
 * starts with FNC1) with its human-readable text, and optionally a QR code. Built with pdfbox and zxing.
 */
public final class LabelPage {

    /** GS1-128 content starts with FNC1; zxing's Code128Writer takes it as this character. */
    public static final char FNC1 = '\u00f1';

    private static final float WIDTH = 4 * 72;
    private static final float HEIGHT = 6 * 72;
    private static final float MARGIN = 18;

    /** One line of text; {@code size} in points, bold or not. */
    public record Line(String text, float size, boolean bold) {}

    private final List<Line> lines = new ArrayList<>();
    private String barcode;
    private String barcodeText;
    private String qr;

    public LabelPage line(String text, float size, boolean bold) {
        if (text != null && !text.isBlank()) {
            lines.add(new Line(text, size, bold));
        }
        return this;
    }

    public LabelPage barcode(String content, String humanReadable) {
        this.barcode = content;
        this.barcodeText = humanReadable;
        return this;
    }

    public LabelPage qr(String content) {
        this.qr = content;
        return this;
    }

    public byte[] pdf() {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            doc.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                float y = HEIGHT - 30;
                for (Line line : lines) {
                    text(c, line.bold() ? bold : regular, line.size(), MARGIN, y, line.text());
                    y -= line.size() + 6;
                }
                c.setNonStrokingColor(0f, 0f, 0f);
                if (barcode != null) {
                    BitMatrix bars = new Code128Writer().encode(barcode, BarcodeFormat.CODE_128, 0, 0);
                    float module = (WIDTH - 2 * MARGIN) / bars.getWidth();
                    float top = qr == null ? 150 : 200;
                    float height = 70;
                    for (int x = 0; x < bars.getWidth(); x++) {
                        if (bars.get(x, 0)) {
                            c.addRect(MARGIN + x * module, top - height, module, height);
                        }
                    }
                    c.fill();
                    text(c, regular, 10, MARGIN, top - height - 14, barcodeText);
                }
                if (qr != null) {
                    BitMatrix code = new QRCodeWriter()
                            .encode(qr, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
                    float size = 100;
                    float cell = size / code.getWidth();
                    for (int x = 0; x < code.getWidth(); x++) {
                        for (int yy = 0; yy < code.getHeight(); yy++) {
                            if (code.get(x, yy)) {
                                c.addRect(MARGIN + x * cell, 10 + size - (yy + 1) * cell, cell, cell);
                            }
                        }
                    }
                    c.fill();
                    text(c, regular, 8, MARGIN + size + 10, 60, "Box-free drop-off:");
                    text(c, regular, 8, MARGIN + size + 10, 50, "show this code");
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the label's QR code", e);
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
