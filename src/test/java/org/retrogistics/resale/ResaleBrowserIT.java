package org.retrogistics.resale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.BrowserTestSupport;
import org.retrogistics.testing.Csv;

/**
 * A lot from creation to manifest in headless Chromium: a manager builds a lot from the form (category, grade band,
 * site), sees its units, downloads the manifest and reads its rows, closes the lot and records its sale.
 */
class ResaleBrowserIT extends BrowserTestSupport {

    private String shirtDecidedForALot(Tenant t) {
        String unitId = receivedUnit(t, "shirt", "CHANGED_MIND");
        post(
                "/api/units/" + unitId + "/inspections",
                t.token(Role.WAREHOUSE),
                Map.of("answers", Map.of("tags-packaging", "yes", "torn-stained", "no", "condition", "A")));
        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        get("/api/units/" + unitId + "/disposition", t.admin()).status() == 200);
        Res o = post(
                "/api/units/" + unitId + "/disposition/override",
                t.token(Role.MANAGER),
                Map.of("option", "B2B_LOT", "reason", "end of season: liquidate"));
        org.assertj.core.api.Assertions.assertThat(o.status()).as(o.body()).isEqualTo(200);
        return unitId;
    }

    @Test
    void aManagerBuildsALotInThePageDownloadsItsManifestAndRecordsItsSale() throws Exception {
        Tenant t = newTenant();
        access.createUser(t.id(), t.code() + "-manager", "secret-manager", "Manager", EnumSet.of(Role.MANAGER));
        post("/api/sites", t.admin(), Map.of("code", "WH-1", "name", "Main warehouse", "kind", "WAREHOUSE"));
        shirtDecidedForALot(t);
        shirtDecidedForALot(t);

        page.navigate(url("/login"));
        page.getByLabel("User name").fill(t.code() + "-manager");
        page.getByLabel("Password").fill("secret-manager");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Resale"))
                .click();
        assertThat(page.locator("h1")).hasText("Listings");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Lots").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Lots");

        page.locator("#lot-category").selectOption("apparel");
        page.locator("#lot-band").selectOption("LIKE_NEW");
        page.locator("#lot-site").selectOption("WH-1");
        page.locator("#lot-title").fill("Shirts, like new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create lot"))
                .click();

        assertThat(page.locator("#lot-status")).hasText("OPEN");
        assertThat(page.locator("#lot-units")).hasText("2");
        String number = page.locator("#lot-number").textContent().strip();
        screenshot("resale-lot");

        Download download = page.waitForDownload(() -> page.locator("#manifest").click());
        String csv = Files.readString(download.path());
        List<List<String>> rows = Csv.parse(csv);
        org.assertj.core.api.Assertions.assertThat(rows.get(0))
                .containsExactly(
                        "item",
                        "description",
                        "quantity",
                        "unit retail",
                        "extended retail",
                        "brand",
                        "GTIN/UPC",
                        "condition",
                        "pallet id",
                        "lot id");
        // both shirts are loose, same SKU and condition: one row of two
        org.assertj.core.api.Assertions.assertThat(rows).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(rows.get(1))
                .containsExactly(
                        t.sku("shirt"),
                        t.products().get("shirt").name(),
                        "2",
                        "29.00",
                        "58.00",
                        "Test",
                        "",
                        rows.get(1).get(7),
                        "",
                        number);
        org.assertj.core.api.Assertions.assertThat(rows.get(1).get(7)).startsWith("Like new");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close lot"))
                .click();
        assertThat(page.locator("#lot-status")).hasText("CLOSED");
        page.getByLabel("Price").fill("10.01");
        page.getByLabel("Buyer").fill("Bulk Buyers Ltd");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record sale"))
                .click();
        assertThat(page.locator("#lot-status")).hasText("SOLD");
        assertThat(page.locator("tbody tr").nth(0).locator("td").nth(6)).hasText("5.01");
        assertThat(page.locator("tbody tr").nth(1).locator("td").nth(6)).hasText("5.00");
        screenshot("resale-lot-sold");
    }
}
