package org.retrogistics.resale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
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
import tools.jackson.databind.JsonNode;

/**
 * A lot from creation to manifest in headless Chromium: a manager builds a lot from the form (category, grade band,
 * site), sees its units, downloads the manifest and reads its rows, closes the lot and records its sale; an agent lists
 * a unit's drafted listing and sells it from the listings page.
 */
class ResaleBrowserIT extends BrowserTestSupport {

    /** A shirt returned, received, graded, and decided for {@code option} (by a manager's override if need be). */
    private String shirtDecidedFor(Tenant t, String option) {
        String unitId = receivedUnit(t, "shirt", "CHANGED_MIND");
        post(
                "/api/units/" + unitId + "/inspections",
                t.token(Role.WAREHOUSE),
                Map.of("answers", Map.of("tags-packaging", "yes", "torn-stained", "no", "condition", "A")));
        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        get("/api/units/" + unitId + "/disposition", t.admin()).status() == 200);
        if (!decision(t, unitId).path("option").asString().equals(option)) {
            Res o = post(
                    "/api/units/" + unitId + "/disposition/override",
                    t.token(Role.MANAGER),
                    Map.of("option", option, "reason", "end of season: sell it off"));
            org.assertj.core.api.Assertions.assertThat(o.status()).as(o.body()).isEqualTo(200);
        }
        return unitId;
    }

    private JsonNode decision(Tenant t, String unitId) {
        return get("/api/units/" + unitId + "/disposition", t.admin()).json();
    }

    private void signIn(String user, String password) {
        page.navigate(url("/login"));
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    @Test
    void aManagerBuildsALotInThePageDownloadsItsManifestAndRecordsItsSale() throws Exception {
        Tenant t = newTenant();
        access.createUser(t.id(), t.code() + "-manager", "secret-manager", "Manager", EnumSet.of(Role.MANAGER));
        post("/api/sites", t.admin(), Map.of("code", "WH-1", "name", "Main warehouse", "kind", "WAREHOUSE"));
        shirtDecidedFor(t, "B2B_LOT");
        shirtDecidedFor(t, "B2B_LOT");

        signIn(t.code() + "-manager", "secret-manager");
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

    @Test
    void anAgentListsADraftAndSellsItOnTheListingsPage() {
        Tenant t = newTenant();
        String unitId = shirtDecidedFor(t, "RESELL_AS_IS");
        await().atMost(Duration.ofSeconds(15)).until(() -> !get("/api/listings?unitId=" + unitId, t.admin())
                .json()
                .path("content")
                .isEmpty());
        String number = get("/api/listings?unitId=" + unitId, t.admin())
                .json()
                .path("content")
                .get(0)
                .path("number")
                .asString();
        // the repackaging the decision needs is done first; the decision is taken again after it
        int revision = decision(t, unitId).path("revision").asInt();
        finishWorkOn(t, unitId);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> decision(t, unitId).path("revision").asInt() > revision);

        signIn(t.code() + "-agent", "secret-agent");
        page.navigate(url("/console/resale/listings"));
        Locator row = page.locator("#listing-" + number);
        assertThat(row.locator("td").nth(3)).hasText("Marketplace");
        assertThat(row.locator(".badge")).hasText("DRAFT");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("List"))
                .click();
        assertThat(page.locator(".notice")).hasText("Listed.");
        assertThat(row.locator(".badge")).hasText("LISTED");
        assertThat(row.locator("td").nth(2)).hasText("Used - good (F1/B)");
        row.getByLabel("Price").fill("20.00");
        row.getByLabel("Buyer").fill("ann@example.com");
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sell"))
                .click();
        assertThat(page.locator(".notice")).hasText("Sold.");
        assertThat(row.locator(".badge")).hasText("SOLD");
        // the marketplace's 15% referral fee on the price the agent typed
        assertThat(row.locator("td").nth(6)).hasText("20.00 USD");
        assertThat(row.locator("td").nth(7)).hasText("3.00 USD");
        screenshot("resale-listing-sold");
    }
}
