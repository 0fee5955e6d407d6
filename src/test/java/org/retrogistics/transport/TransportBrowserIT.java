package org.retrogistics.transport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
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
import org.retrogistics.testing.BrowserTestSupport;

/**
 * A manager books pickups on the transport pages in headless Chromium, plans the day's run, sees the routes drawn on
 * the map with the stop and the depot, the request no vehicle can carry listed with its reason, and downloads the
 * route sheet; a shipment is found by its tracking number and shows its timeline.
 */
class TransportBrowserIT extends BrowserTestSupport {

    @Test
    void aPickupIsBookedPlannedMappedAndItsRouteSheetDownloaded() throws IOException {
        Tenant t = newTenant();
        String manager = t.code() + "-manager";
        access.createUser(t.id(), manager, "secret-manager", "Manager", EnumSet.of(Role.MANAGER));
        Res van = post(
                "/api/vehicles",
                t.token(Role.MANAGER),
                Map.of(
                        "code",
                        "VAN-1",
                        "capacityKg",
                        500,
                        "capacityLitres",
                        5000,
                        "shiftStart",
                        "07:00",
                        "shiftEnd",
                        "18:00",
                        "depotLat",
                        52.37,
                        "depotLon",
                        4.90));
        org.assertj.core.api.Assertions.assertThat(van.status()).isEqualTo(201);
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(4);

        signIn(manager, "secret-manager");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Transport"))
                .click();
        assertThat(page.locator("h1")).hasText("Transport");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pickup requests"))
                .click();
        book("BR-1", "Bike shop Oost", "52.36", "4.93", day, "120", t.sku("laptop"));
        assertThat(page.locator("#pickup-notice")).containsText("BR-1 booked");
        assertThat(page.locator("#pickup-BR-1")).containsText("REQUESTED");
        book("BR-2", "Warehouse West", "52.38", "4.85", day, "900", null);
        assertThat(page.locator("#pickup-BR-2")).containsText("REQUESTED");
        // a window that ends before it starts is refused with the reason, nothing booked
        page.locator("#b-ref").fill("BR-3");
        page.locator("#b-site").fill("Backwards");
        page.locator("#b-lat").fill("52.3");
        page.locator("#b-lon").fill("4.9");
        page.locator("#b-day").fill(day.toString());
        page.locator("#b-from").fill("16:00");
        page.locator("#b-to").fill("08:00");
        page.locator("#b-kg").fill("10");
        page.locator("#b-l").fill("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book pickup"))
                .click();
        assertThat(page.locator("#pickup-error")).containsText("end after it starts");
        assertThat(page.locator("#pickup-BR-3")).hasCount(0);
        screenshot("transport-pickups");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan this day"))
                .click();
        page.locator("#p-seconds").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan the run"))
                .click();
        assertThat(page.locator("#plan-notice")).containsText("Planned 1 stop(s) on 1 route(s); 1 not served");
        Locator map = page.locator("#route-map");
        assertThat(map).isVisible();
        assertThat(map.locator("g.route[data-vehicle='VAN-1'] polyline")).hasCount(1);
        Locator stop = map.locator("g.stop[data-reference='BR-1']");
        assertThat(stop).hasCount(1);
        assertThat(stop.locator("text")).hasText("1");
        assertThat(map.locator("g.depot rect")).hasCount(1);
        // the route runs depot, stop, depot
        String points = map.locator("polyline").getAttribute("points");
        org.assertj.core.api.Assertions.assertThat(points.split(" ")).hasSize(3);
        assertThat(page.locator("#route-VAN-1")).containsText("1. BR-1");
        assertThat(page.locator("#unserved")).containsText("BR-2");
        assertThat(page.locator("#unserved")).containsText("heavier");
        screenshot("transport-planning");

        Download download =
                page.waitForDownload(() -> page.locator("#route-sheets").click());
        byte[] pdf = Files.readAllBytes(download.path());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains("Route sheet VAN-1")
                    .contains("1. BR-1 - Bike shop Oost")
                    .contains("1 x " + t.sku("laptop"))
                    .doesNotContain("BR-2");
        }
    }

    @Test
    void aShipmentIsFoundByItsTrackingNumberWithItsTimeline() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "shirt", 1);
        String id = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")))
                .json()
                .path("id")
                .asString();
        String tracking = post("/api/returns/" + id + "/label", t.token(Role.CUSTOMER), Map.of())
                .json()
                .path("trackingNumber")
                .asString();
        for (String code : List.of("HUB", "REFURB")) {
            post(
                    "/api/sites",
                    t.token(Role.MANAGER),
                    Map.of("code", code, "name", code, "kind", "WAREHOUSE", "latitude", 52.0, "longitude", 4.5));
        }
        String leg = post(
                        "/api/legs",
                        t.token(Role.WAREHOUSE),
                        Map.of("origin", "HUB", "destination", "REFURB", "mode", "RAIL", "distanceKm", 120))
                .json()
                .path("number")
                .asString();
        signIn(t.code() + "-agent", "secret-agent");
        page.navigate(url("/console/transport"));
        Locator row = page.locator("#leg-" + leg);
        assertThat(row).containsText("HUB → REFURB");
        assertThat(row).containsText("RAIL");
        assertThat(row).containsText("120.0 km");
        assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("PDF")))
                .hasAttribute("href", java.util.regex.Pattern.compile("/manifest\\.pdf$"));
        page.locator("#tracking").fill("RP00000000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show timeline"))
                .click();
        assertThat(page.locator(".error")).containsText("No shipment");
        page.locator("#tracking").fill(tracking);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show timeline"))
                .click();
        assertThat(page.locator("h1")).containsText(tracking);
        assertThat(page.locator("#shipment-status")).hasText("LABEL_CREATED");
        assertThat(page.locator("main")).containsText("No carrier event yet");
    }

    private void book(String ref, String site, String lat, String lon, LocalDate day, String kg, String sku) {
        page.locator("#b-ref").fill(ref);
        page.locator("#b-site").fill(site);
        page.locator("#b-lat").fill(lat);
        page.locator("#b-lon").fill(lon);
        page.locator("#b-day").fill(day.toString());
        page.locator("#b-from").fill("08:00");
        page.locator("#b-to").fill("16:00");
        page.locator("#b-kg").fill(kg);
        page.locator("#b-l").fill("200");
        if (sku != null) {
            page.locator("#b-sku").fill(sku);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Book pickup"))
                .click();
        // the list shows the day the pickup was booked for
        assertThat(page.locator("#f-day")).hasValue(day.toString());
    }

    private void signIn(String user, String password) {
        page.navigate(url("/login"));
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("h1")).hasText("Returns overview");
    }
}
