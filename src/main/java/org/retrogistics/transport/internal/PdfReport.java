package org.retrogistics.transport.internal;

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
 * An A4 document written top to bottom (headings, lines, tables, a signature line) that starts a new page when one is
 * full: leg manifests and route sheets. Text is reduced to what the standard PDF fonts can show.
 */
public final class PdfReport implements AutoCloseable {

    private static final float MARGIN = 40;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();

    private final PDDocument doc = new PDDocument();
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private PDPageContentStream content;
    private float y;

    public PdfReport() {
        newPage();
    }

    /** Starts a new page (a route sheet per vehicle begins on its own page). */
    public PdfReport newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = HEIGHT - MARGIN;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PdfReport heading(String text) {
        return write(text, bold, 15, MARGIN);
    }

    public PdfReport subheading(String text) {
        space(4);
        return write(text, bold, 11, MARGIN);
    }

    public PdfReport line(String text) {
        return write(text, regular, 9, MARGIN);
    }

    public PdfReport space(float points) {
        y -= points;
        return this;
    }

    /** A table: a bold header row and rows of cells; {@code widths} in points, one per column. */
    public PdfReport table(List<String> headers, List<List<String>> rows, float[] widths) {
        row(headers, widths, bold);
        for (List<String> r : rows) {
            row(r, widths, regular);
        }
        return space(4);
    }

    /** A line to sign on, with what the signature stands for. */
    public PdfReport signature(String label) {
        space(24);
        ensure(30);
        try {
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + 260, y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 11;
        return write(label, regular, 8, MARGIN);
    }

    public byte[] pdf() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(List<String> cells, float[] widths, PDType1Font font) {
        ensure(13);
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            text(fit(cell, font, 8, widths[i] - 4), font, 8, x, y);
            x += widths[i];
        }
        y -= 12;
    }

    private PdfReport write(String text, PDType1Font font, float size, float x) {
        ensure(size + 4);
        text(fit(text, font, size, WIDTH - 2 * MARGIN), font, size, x, y);
        y -= size + 5;
        return this;
    }

    private void ensure(float needed) {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void text(String text, PDType1Font font, float size, float x, float at) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, at - size);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shortens text to the width, with an ellipsis of three dots. */
    private static String fit(String text, PDType1Font font, float size, float width) {
        String s = plain(text);
        try {
            if (font.getStringWidth(s) / 1000 * size <= width) {
                return s;
            }
            while (!s.isEmpty() && font.getStringWidth(s + "...") / 1000 * size > width) {
                s = s.substring(0, s.length() - 1);
            }
            return s + "...";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the standard fonts (WinAnsi) can show: arrows and other signs become plain text. */
    static String plain(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '\u2192' -> b.append("->");
                case '\u00d7' -> b.append('x');
                case '\u2013', '\u2014' -> b.append('-');
                case '\n', '\r', '\t' -> b.append(' ');
                default -> b.append(c >= 32 && c <= 255 && c != 127 ? c : '?');
            }
        }
        return b.toString();
    }
}
