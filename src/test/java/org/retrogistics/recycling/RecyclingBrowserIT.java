package org.retrogistics.recycling;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.ExpectedUnit;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.testing.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager opens a recycling batch in the console, adds two units (one weighed, one estimated), ships it, closes it
 * and downloads the certificate, which lists both; a lapsed recycler is refused on the page with the reason.
 */
class RecyclingBrowserIT extends BrowserTestSupport {

    @Autowired
    CustodyLedger custody;

    private UnitSnapshot unitInCustody(Tenant t, ProductFacts product, String serial) {
        return custody.takeIn(
                new ExpectedUnit(
                        t.id(),
                        product.id(),
                        product.sku(),
                        serial,
                        null,
                        "test:" + serial,
                        "STOCK",
                        "warehouse",
                        "test"),
                null,
                "test unit");
    }

    private void recycler(Tenant t, String code, LocalDate until) {
        Res r = post(
                "/api/recyclers",
                t.token(Role.MANAGER),
                Map.of(
                        "code",
                        code,
                        "name",
                        code + " Metals",
                        "certifications",
                        List.of(Map.of(
                                "scheme",
                                "E_STEWARDS",
                                "number",
                                "ES-" + code,
                                "validFrom",
                                until.minusYears(2).toString(),
                                "validUntil",
                                until.toString()))));
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private void signIn(String user, String password) {
        page.navigate(url("/login"));
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("h1")).hasText("Returns overview");
    }

    @Test
    void aBatchIsOpenedFilledShippedClosedAndItsCertificateDownloaded() throws IOException {
        Tenant t = newTenant();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String manager = t.code() + "-manager";
        access.createUser(t.id(), manager, "secret-manager", "Manager", EnumSet.of(Role.MANAGER));
        recycler(t, "OLDCO", today.minusDays(1));
        recycler(t, "GREENCO", today.plusYears(1));
        UnitSnapshot weighed = unitInCustody(t, t.products().get("shirt"), "SHIRT-A-" + t.code());
        UnitSnapshot estimated = unitInCustody(t, t.products().get("shirt"), "SHIRT-B-" + t.code());

        signIn(manager, "secret-manager");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recycling"))
                .click();
        assertThat(page.locator("h1")).hasText("Recycling batches");
        assertThat(page.locator("#recyclers")).containsText("ES-OLDCO");

        // the lapsed recycler is refused with the reason, and no batch appears
        page.getByLabel("Recycler")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("OLDCO Metals (OLDCO)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open batch"))
                .click();
        assertThat(page.locator("#recycling-error")).containsText("lapsed");
        assertThat(page.locator("#results")).containsText("0 batch(es)");

        page.getByLabel("Recycler")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("GREENCO Metals (GREENCO)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open batch"))
                .click();
        assertThat(page.locator("#batch-status")).hasText("OPEN");
        assertThat(page.locator("#batch-recycler")).hasText("GREENCO Metals");

        page.getByLabel("Licence plate or serial").fill(weighed.licencePlate());
        page.getByLabel("Scale reading (grams; empty: estimate)").fill("455");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add unit"))
                .click();
        assertThat(page.locator("#unit-" + weighed.licencePlate())).containsText("0.455");
        assertThat(page.locator("#unit-" + weighed.licencePlate())).containsText("scale");
        page.getByLabel("Licence plate or serial").fill(estimated.serial());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add unit"))
                .click();
        assertThat(page.locator("#unit-" + estimated.licencePlate())).containsText("estimated (PRODUCT)");
        assertThat(page.locator("#batch-weight")).hasText("0.755 kg");

        // a unit that is not in the warehouse is refused in place
        page.getByLabel("Licence plate or serial").fill("LP-NOT-THERE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add unit"))
                .click();
        assertThat(page.locator("#batch-error")).containsText("LP-NOT-THERE");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ship batch"))
                .click();
        assertThat(page.locator("#batch-status")).hasText("SHIPPED");
        page.getByLabel("Method", new Page.GetByLabelOptions().setExact(true)).selectOption("SHRED_AND_RECOVER");
        page.getByLabel("Cost charged").fill("7.50");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close batch"))
                .click();
        assertThat(page.locator("#batch-status")).hasText("CLOSED");
        assertThat(page.locator("#certificate")).containsText("COR-");
        screenshot("recycling-batch");

        Download download =
                page.waitForDownload(() -> page.locator("#certificate-link").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("certificate-COR-");
        byte[] pdf = Files.readAllBytes(download.path());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains("Certificate of recycling")
                    .contains("ES-GREENCO")
                    .contains(weighed.licencePlate())
                    .contains(weighed.serial())
                    .contains(estimated.licencePlate())
                    .contains(estimated.serial())
                    .contains("0.300 *");
        }

        // the fates arrive by event after the close: wait for them, then read the report page
        String report = "/api/recycling/diversion?from=" + today.withDayOfMonth(1) + "&to=" + today;
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15))
                .until(() -> get(report, t.token(Role.MANAGER))
                                .json()
                                .path("total")
                                .path("units")
                                .asInt()
                        == 2);
        page.navigate(url("/console/recycling/diversion?groupBy=MONTH"));
        assertThat(page.locator("#diversion-rate")).hasText("100.0%");
        assertThat(page.locator("#diversion-chart .diversion-bar")).hasCount(1);
        screenshot("recycling-diversion");
    }
}
