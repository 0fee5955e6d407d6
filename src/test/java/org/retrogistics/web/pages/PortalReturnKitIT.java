package org.retrogistics.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.returns.MoneyMoment;
import org.retrogistics.returns.PolicyTerms;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An approved return in the portal comes with what to send it with: a label made when the shopper asks (once), as a
 * PDF, the label's QR code, plain instructions, the ship-by date the policy gives and the refund the allowance rules
 * will pay.
 */
class PortalReturnKitIT extends ApiTestSupport {

    private static final Pattern ESTIMATE = Pattern.compile("id=\"estimate-refund\">([^<]+)<");

    @Autowired
    private PortalLinks links;

    /** A shopper who proved the order, and the status page of the return they requested on it. */
    private record Requested(PortalHttp browser, String statusPath, String rma, String page) {}

    private Requested request(Tenant t, String order, int quantity, String reason) {
        String portal = "/portal/" + t.code();
        PortalHttp browser = new PortalHttp(port);
        browser.get(portal);
        assertThat(browser.post(portal + "/order", Map.of("orderNumber", order, "email", SHOPPER))
                        .statusCode())
                .isEqualTo(200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("orderNumber", order);
        form.put("lines[0].lineNo", "1");
        form.put("lines[0].quantity", String.valueOf(quantity));
        form.put("lines[0].reason", reason);
        form.put("lines[0].resolution", "REFUND");
        HttpResponse<String> submitted = browser.post(portal + "/returns", form);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        String status = PortalHttp.location(submitted);
        String page = browser.get(status).body();
        Matcher rma = Pattern.compile("id=\"rma-number\">([^<]+)<").matcher(page);
        assertThat(rma.find()).as(page).isTrue();
        return new Requested(browser, status, rma.group(1), page);
    }

    @Test
    void anApprovedReturnComesWithALabelItsQrCodeInstructionsTheShipByDateAndTheRefundToExpect() throws Exception {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "shirt", 2);
        Requested r = request(t, order, 2, "CHANGED_MIND");
        String portal = "/portal/" + t.code();
        String query = "?rma=" + r.rma();

        // the ship-by date is the policy's: its days counted from the approval
        Instant approved = jdbc.sql("select e.occurred_at from return_event e join return_request r on r.id ="
                        + " e.return_id where r.rma_number = ? and e.to_status = 'AUTHORIZED'")
                .param(r.rma())
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        int days = policies.currentTerms(t.id()).shipWithinDays();
        String shipBy = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH)
                .withZone(ZoneOffset.UTC)
                .format(approved.plus(Duration.ofDays(days)));
        assertThat(r.page())
                .contains("How to send your return")
                .contains("id=\"ship-by-date\">" + shipBy + "<")
                .contains("show its QR code at a drop-off point")
                .contains("Get my return label");
        // two shirts at 29.00, less the policy's 15% restocking fee; the money moves after inspection
        assertThat(r.page())
                .contains("id=\"estimate-refund\">49.30 USD<")
                .contains("8.70 USD")
                .contains("once we have received and checked your items");

        // no label before it is asked for; asked twice, one label
        assertThat(r.browser().getBytes(portal + "/label.pdf" + query).statusCode())
                .isEqualTo(404);
        HttpResponse<String> made = r.browser().post(portal + "/label", Map.of("rma", r.rma()));
        assertThat(made.statusCode()).isEqualTo(302);
        assertThat(PortalHttp.location(made)).isEqualTo(r.statusPath());
        r.browser().post(portal + "/label", Map.of("rma", r.rma()));
        assertThat(count("select count(*) from shipment where rma_number = ?", r.rma()))
                .isOne();
        String tracking = jdbc.sql("select tracking_number from shipment where rma_number = ?")
                .param(r.rma())
                .query(String.class)
                .single();

        String page = r.browser().get(r.statusPath()).body();
        assertThat(page)
                .contains("Print the return label (PDF)")
                .contains(tracking)
                .doesNotContain("make-label");
        assertThat(ShopperText.of(page))
                .contains("Status: Approved")
                .contains("Return requested")
                .contains("Return label made")
                .contains("Changed my mind")
                .contains(t.products().get("shirt").name());
        ShopperText.assertNoCodes(page);

        HttpResponse<byte[]> pdf = r.browser().getBytes(portal + "/label.pdf" + query);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc)).contains(r.rma()).contains(tracking);
        }

        HttpResponse<byte[]> qr = r.browser().getBytes(portal + "/qr.png" + query);
        assertThat(qr.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(decodeQr(qr.body())).isEqualTo("RETURN:" + r.rma() + ":" + tracking);

        // the link sent to the shopper reaches the same label; another session, or a forged link, does not
        String link = links.statusPath(t.code(), r.rma());
        PortalHttp byLink = new PortalHttp(port);
        assertThat(byLink.get(link).body()).contains("Print the return label (PDF)");
        String params = link.substring(link.indexOf('?'));
        assertThat(byLink.getBytes(portal + "/label.pdf" + params).statusCode()).isEqualTo(200);
        assertThat(byLink.getBytes(portal + "/qr.png" + params.replace("sig=", "sig=x"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(new PortalHttp(port).getBytes(portal + "/label.pdf" + query).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theRefundEstimateIsWhatTheRefundThenPays() {
        Tenant t = newTenant();
        // money moves at the dock, so that this test can let it be paid
        policies.publish(
                t.id(),
                new PolicyTerms(
                        30,
                        10,
                        Set.of("digital"),
                        new BigDecimal("12.50"),
                        Set.of(ReturnReason.ARRIVED_LATE),
                        EnumSet.of(Resolution.REFUND, Resolution.STORE_CREDIT),
                        MoneyMoment.ON_RECEIPT,
                        new BigDecimal("1000.00"),
                        true,
                        null,
                        null,
                        null,
                        null));
        String order = placeOrder(t, 3, "shirt", 3);
        Requested r = request(t, order, 3, "SIZE_FIT");
        Matcher estimate = ESTIMATE.matcher(r.page());
        assertThat(estimate.find()).as(r.page()).isTrue();
        assertThat(r.page()).contains("as soon as your parcel arrives at our warehouse");

        // the dock scan receives the parcel's three units, and each unit's refund moves on its own
        Res scan = post("/api/receiving/scans", t.token(Role.WAREHOUSE), Map.of("code", r.rma()));
        assertThat(scan.status()).as(scan.body()).isEqualTo(201);
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> count(
                                "select count(*) from money_movement where rma_number = ? and status <> 'CANCELLED'",
                                r.rma())
                        == 3);
        BigDecimal paid = jdbc.sql("select sum(amount) from money_movement where rma_number = ? and kind ="
                        + " 'REFUND_TO_ORIGINAL' and status <> 'CANCELLED'")
                .param(r.rma())
                .query(BigDecimal.class)
                .single();
        assertThat(paid.toPlainString() + " USD").isEqualTo(estimate.group(1));

        // the story so far, in words, each step with its day
        String page = r.browser().get(r.statusPath()).body();
        assertThat(ShopperText.of(page))
                .containsSubsequence("Return requested", "Approved", "Arrived at our warehouse", "Refund")
                .contains(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
                        .withZone(ZoneOffset.UTC)
                        .format(Instant.now()));
        ShopperText.assertNoCodes(page);
    }

    private static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader()
                .decode(new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
                .getText();
    }
}
