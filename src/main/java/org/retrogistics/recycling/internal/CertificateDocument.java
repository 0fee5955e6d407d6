package org.retrogistics.recycling.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.retrogistics.recycling.BatchUnit;
import org.retrogistics.recycling.Certification;
import org.retrogistics.recycling.Recycler;
import org.retrogistics.recycling.RecyclingBatch;

/**
 * The certificate of recycling or destruction of a closed batch, as an A4 PDF: the recycler and the certifications it
 * held on the batch date, the method and date, every unit with licence plate, serial, SKU and weight (estimates
 * marked), the data-bearing units' sanitisation or destruction, and the totals. Long batches run over several pages.
 */
public final class CertificateDocument {

    private static final float MARGIN = 50;
    private static final float ROW = 14;
    private static final float[] COLUMNS = {MARGIN, MARGIN + 28, MARGIN + 128, MARGIN + 268, MARGIN + 388, MARGIN + 448
    };

    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private PDDocument doc;
    private PDPageContentStream c;
    private float y;
    private int pageNo;

    public static byte[] render(RecyclingBatch batch, Recycler recycler, String siteAddress, String clientName) {
        return new CertificateDocument().draw(batch, recycler, siteAddress, clientName);
    }

    private byte[] draw(RecyclingBatch batch, Recycler recycler, String siteAddress, String clientName) {
        try (PDDocument d = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc = d;
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(batch.getPurpose().certificateTitle() + " " + batch.getCertificateNumber());
            info.setSubject("Recycling batch " + batch.getNumber());
            info.setProducer("Retrogistics");
            doc.setDocumentInformation(info);
            newPage();
            heading(batch, recycler, siteAddress, clientName);
            units(batch);
            footnotes();
            c.close();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the certificate attests: the batch, the client, the recycler and its certifications, method and weight. */
    private void heading(RecyclingBatch batch, Recycler recycler, String siteAddress, String clientName)
            throws IOException {
        text(bold, 18, MARGIN, batch.getPurpose().certificateTitle());
        y -= 8;
        field("Certificate number", batch.getCertificateNumber());
        field("Batch", batch.getNumber() + " (" + batch.getPurpose() + ")");
        field("Client", clientName);
        field("Recycler", recycler.getName() + " [" + recycler.getCode() + "]");
        if (siteAddress != null && !siteAddress.isBlank()) {
            field("Address", siteAddress);
        }
        List<Certification> held = recycler.validOn(batch.getBatchDate());
        field(
                "Certification",
                held.isEmpty()
                        ? "none valid on the batch date"
                        : held.stream()
                                .map(cert -> cert.getScheme().label() + " " + cert.getNumber() + ", valid "
                                        + cert.getValidFrom() + " to " + cert.getValidUntil())
                                .collect(Collectors.joining("; ")));
        field("Batch date", batch.getBatchDate().toString());
        field("Method", batch.getMethod().description() + " (" + batch.getMethod() + ")");
        field("Processed on", batch.getProcessedOn().toString());
        field(
                "Total weight",
                kg(batch.totalGrams()) + " kg in " + batch.getUnits().size() + " unit(s)"
                        + (batch.estimatedGrams() > 0
                                ? ", of which " + kg(batch.estimatedGrams()) + " kg estimated"
                                : ""));
    }

    /** A row per unit or part, with its weight (estimates marked) and what became of its data. */
    private void units(RecyclingBatch batch) throws IOException {
        y -= 10;
        header();
        int i = 0;
        for (BatchUnit u : batch.getUnits()) {
            if (y < MARGIN + 3 * ROW) {
                newPage();
                header();
            }
            i++;
            row(
                    String.valueOf(i),
                    u.getLicencePlate(),
                    u.getSerial() == null ? "-" : u.getSerial(),
                    u.getSku(),
                    kg(u.getWeightGrams()) + (u.isEstimated() ? " *" : ""),
                    !u.isDataBearing()
                            ? "no data"
                            : u.getSanitisationCertificate() != null
                                    ? "sanitised " + u.getSanitisationCertificate()
                                    : "destroyed");
        }
    }

    private void footnotes() throws IOException {
        y -= ROW;
        if (y < MARGIN + 4 * ROW) {
            newPage();
        }
        small("* estimated weight: from the product record, or the UNU e-waste key's average unit weight");
        small("  (UNU e-waste statistics, Statistics Netherlands ewaste data set); other weights are scale readings.");
        small("We certify that the units listed were received and processed as stated above.");
    }

    private void newPage() throws IOException {
        if (c != null) {
            c.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        c = new PDPageContentStream(doc, page);
        pageNo++;
        y = page.getMediaBox().getHeight() - MARGIN;
        text(regular, 8, MARGIN, "Retrogistics - page " + pageNo);
        y -= 6;
    }

    private void field(String label, String value) throws IOException {
        text(bold, 10, MARGIN, label);
        y += ROW;
        List<String> lines = wrap(value, 70);
        for (String line : lines) {
            text(regular, 10, MARGIN + 120, line);
        }
    }

    private void header() throws IOException {
        row(bold, "#", "Licence plate", "Serial", "SKU", "Weight kg", "Data");
    }

    private void row(String... cells) throws IOException {
        row(regular, cells);
    }

    private void row(PDType1Font font, String... cells) throws IOException {
        y -= ROW;
        for (int i = 0; i < cells.length; i++) {
            int max = i == cells.length - 1 ? 30 : i == 0 ? 5 : 22;
            String cell = cells[i].length() > max ? cells[i].substring(0, max - 1) + "~" : cells[i];
            put(font, 8.5f, COLUMNS[i], y, cell);
        }
    }

    private void small(String s) throws IOException {
        text(regular, 8, MARGIN, s);
    }

    private void text(PDType1Font font, float size, float x, String s) throws IOException {
        y -= size + 4;
        put(font, size, x, y, s);
    }

    private void put(PDType1Font font, float size, float x, float yy, String s) throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, yy);
        c.showText(latin1(s));
        c.endText();
    }

    private static List<String> wrap(String s, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The standard fonts encode WinAnsi only: anything else becomes '?'. */
    private static String latin1(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            b.append((ch >= 32 && ch < 127) || (ch >= 160 && ch < 256) ? ch : '?');
        }
        return b.toString();
    }

    static String kg(long grams) {
        return BigDecimal.valueOf(grams)
                .divide(BigDecimal.valueOf(1000), 3, RoundingMode.UNNECESSARY)
                .toPlainString();
    }
}
