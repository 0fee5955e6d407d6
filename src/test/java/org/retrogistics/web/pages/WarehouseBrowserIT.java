package org.retrogistics.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.BrowserTestSupport;

/**
 * A defective phone walks the warehouse pages in headless Chromium: scanned at the receiving station with the keyboard
 * only, inspected on the form its checklist generates, decided (all options shown, the winner highlighted), and one of
 * the work orders the decision opened is taken, worked and closed by a technician.
 */
class WarehouseBrowserIT extends BrowserTestSupport {

    /** The decision is made on an event after grading; the page polls for it, so allow for a slow machine. */
    private static final LocatorAssertions.HasTextOptions DECIDED =
            new LocatorAssertions.HasTextOptions().setTimeout(20_000);

    @Test
    void aReturnedPhoneIsScannedInspectedDecidedAndWorkedOnInTheConsole() {
        Tenant t = newTenant();
        String technician = t.code() + "-tech";
        access.createUser(t.id(), technician, "secret-tech", "Technician", EnumSet.of(Role.TECHNICIAN));
        String order = placeOrder(t, 3, "phone", 1);
        String rma = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "DEFECTIVE", "REFUND")))
                .json()
                .path("rmaNumber")
                .asString();
        int qualified = send(
                        HttpRequest.newBuilder(uri("/api/technicians/" + technician + "/qualifications"))
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"families\":[\"electronics\"]}")),
                        t.token(Role.MANAGER))
                .status();
        org.assertj.core.api.Assertions.assertThat(qualified).isEqualTo(200);

        signIn(t.code() + "-warehouse", "secret-warehouse");
        page.navigate(url("/console/receiving"));
        Locator scan = page.locator("#scan-code");
        assertThat(scan).isFocused();

        // the scanner types the code and Enter; nothing else touches the page
        page.keyboard().type(rma);
        page.keyboard().press("Enter");
        Locator feedback = page.locator("#feedback");
        assertThat(feedback).hasClass(Pattern.compile("feedback-ok"));
        assertThat(feedback.locator(".feedback-title")).hasText("Received");
        assertThat(feedback).containsText(rma);
        assertThat(feedback.locator(".where")).hasText("DOCK");
        assertThat(feedback).containsText("FUNCTIONAL_TEST");
        assertThat(scan).hasValue("");
        assertThat(scan).isFocused();
        assertThat(page.locator("#recent")).containsText(rma);
        screenshot("warehouse-receiving");
        String plate = feedback.locator(".plate").textContent().strip();

        // the function keys choose the outcome and hand the focus back to the scan field
        page.keyboard().press("F4");
        assertThat(page.locator("#outcome-WRONG_ITEM")).isChecked();
        page.keyboard().press("F2");
        assertThat(page.locator("#outcome-RECEIVED")).isChecked();
        assertThat(scan).isFocused();

        page.keyboard().type(rma);
        page.keyboard().press("Enter");
        assertThat(feedback).hasClass(Pattern.compile("feedback-warn"));
        assertThat(feedback.locator(".feedback-title")).hasText("Already received");
        assertThat(feedback).containsText("is already in the warehouse");
        assertThat(scan).hasValue("");
        assertThat(scan).isFocused();

        page.keyboard().type("NO-SUCH-LABEL");
        page.keyboard().press("Enter");
        assertThat(feedback).hasClass(Pattern.compile("feedback-bad"));
        assertThat(feedback.locator(".feedback-title")).hasText("Unknown label");
        assertThat(feedback).containsText("take a blind receipt");

        // the item with nothing on file is taken in blind, and the station is ready for the next scan
        page.getByLabel("SKU", new Page.GetByLabelOptions().setExact(true)).fill(t.sku("shirt"));
        page.getByLabel("Serial", new Page.GetByLabelOptions().setExact(true)).fill("SN-NOPAPER-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take in"))
                .click();
        assertThat(feedback.locator(".feedback-title")).hasText("Taken in: quarantine");
        assertThat(feedback.locator(".where")).hasText("QUARANTINE");
        assertThat(page.getByLabel("SKU", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("");
        assertThat(scan).isFocused();

        // receiving queues the unit for inspection by event
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count(
                                "select count(*) from inspection_task t join unit u on u.id = t.unit_id"
                                        + " where u.licence_plate = ? and t.done_at is null",
                                plate)
                        == 1);
        page.navigate(url("/console/inspection"));
        screenshot("warehouse-inspection-queue");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inspect " + plate))
                .click();
        assertThat(page.locator("h1")).containsText("Inspect " + plate);
        // the unit's task in the queue: why it came back and on which return
        assertThat(page.locator("main .card.row")).containsText("DEFECTIVE");
        assertThat(page.locator("main .card.row")).containsText(rma);
        answer("powers-on", "pass");
        answer("screen", "fail");
        answer("buttons-ports", "pass");
        page.getByLabel("Battery health").fill("90");
        answer("liquid-damage", "no");
        page.locator("select[name='answer.housing']").selectOption("B");
        page.locator("select[name='answer.display-glass']").selectOption("B");
        // the phone has a lithium battery: the form asks for its state and offers no "no battery", so the browser
        // holds the form back until it is chosen (one submission, the answers kept)
        assertThat(page.getByLabel("Battery state")).hasAttribute("required", Pattern.compile(".*"));
        assertThat(page.locator("#batteryState option", new Page.LocatorOptions().setHasText("no battery")))
                .hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record inspection"))
                .click();
        assertThat(page.locator("h1")).containsText("Inspect " + plate);
        assertThat(page.locator("input[name='answer.screen'][value='fail']")).isChecked();
        assertThat(page.getByLabel("Battery health")).hasValue("90");
        screenshot("warehouse-inspect");
        page.getByLabel("Battery state").selectOption("OK");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record inspection"))
                .click();

        // the decision arrives by event: the page says "deciding…" and polls until it is there
        page.waitForURL("**/disposition");
        Locator chosen = page.locator("#chosen-option");
        assertThat(chosen).hasText(Pattern.compile("[A-Z_]+"), DECIDED);
        assertThat(page.locator("#options tr.option")).hasCount(11);
        String option = chosen.textContent().strip();
        assertThat(page.locator("#option-" + option)).hasClass(Pattern.compile("chosen"));
        assertThat(page.locator("#explanation")).hasText(Pattern.compile("\\w+"));
        assertThat(page.locator("#recovery-chart rect").first()).isVisible();
        assertThat(page.locator("#changes")).containsText(option);
        screenshot("warehouse-disposition");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> count(
                                "select count(*) from work_order w join unit u on u.id = w.unit_id"
                                        + " where u.licence_plate = ?",
                                plate)
                        > 0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();

        signIn(technician, "secret-tech");
        page.navigate(url("/console/work-orders?status=OPEN"));
        page.locator("#results a").first().click();
        assertThat(page.locator("#wo-status")).hasText("OPEN");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign to me"))
                .click();
        assertThat(page.locator("#wo-status")).hasText("ASSIGNED");
        assertThat(page.locator("#wo-technician")).hasText(technician);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))
                .click();
        assertThat(page.locator("#wo-status")).hasText("IN_PROGRESS");

        // closing before the tests pass is refused with the reason
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete work order"))
                .click();
        assertThat(page.locator("#wo-error")).containsText("no result for");
        screenshot("warehouse-work-order-in-progress");

        for (String test : page.locator("#tests tbody tr td:first-child").allTextContents()) {
            page.getByLabel("Test", new Page.GetByLabelOptions().setExact(true)).fill(test.strip());
            page.getByLabel("Passed", new Page.GetByLabelOptions().setExact(true))
                    .check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record test"))
                    .click();
            assertThat(page.locator("#test-" + test.strip())).containsText("passed");
        }
        page.getByLabel("Minutes").fill("25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add labour"))
                .click();
        assertThat(page.locator(".notice")).containsText("25 min");

        page.getByLabel("New functional grade").selectOption("F0");
        page.getByLabel("New cosmetic grade").selectOption("A");
        if (page.locator("#sanitisation").count() > 0) {
            page.getByLabel("Method").selectOption("PURGE");
            page.getByLabel("Tool").fill("Blancco 8");
            page.getByLabel("Certificate id").fill("CERT-0001");
            page.getByLabel("Verified: erasure passed").check();
        }
        if (page.locator("#harvested").count() > 0) {
            page.getByLabel("Part 1 SKU").fill(t.sku("shirt"));
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete work order"))
                .click();
        assertThat(page.locator("#wo-status")).hasText("DONE");
        assertThat(page.locator("#wo-timeline")).containsText("IN_PROGRESS → DONE");
        screenshot("warehouse-work-order");
        String woId = page.url().substring(page.url().lastIndexOf('/') + 1);
        var label = page.request().get(url("/console/work-orders/" + woId + "/label.pdf"));
        org.assertj.core.api.Assertions.assertThat(label.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(label.headers().get("content-type"))
                .isEqualTo("application/pdf");
    }

    @Test
    void aManagerOverridesTheDecisionAndIsToldWhenTheReasonIsMissing() {
        Tenant t = newTenant();
        String manager = t.code() + "-manager";
        access.createUser(t.id(), manager, "secret-manager", "Manager", EnumSet.of(Role.MANAGER));
        String wh = t.token(Role.WAREHOUSE);
        String unitId = receivedUnit(t, "phone", "CHANGED_MIND");
        signIn(manager, "secret-manager");
        page.navigate(url("/console/units/" + unitId + "/disposition"));
        assertThat(page.locator("#decision")).containsText("Not graded yet");

        Map<String, String> answers = checklistAnswers(unitId, wh);
        Res graded =
                post("/api/units/" + unitId + "/inspections", wh, Map.of("answers", answers, "batteryState", "OK"));
        org.assertj.core.api.Assertions.assertThat(graded.status())
                .as(graded.body())
                .isEqualTo(201);

        // the unit's inspection history shows the grading just recorded
        page.navigate(url("/console/units/" + unitId + "/inspections"));
        assertThat(page.locator("main")).containsText("battery: OK");
        assertThat(page.locator("main")).containsText("Data-bearing:");
        assertThat(page.locator("main")).containsText(" UTC · ");
        page.navigate(url("/console/units/" + unitId + "/disposition"));
        Locator chosen = page.locator("#chosen-option");
        assertThat(chosen).hasText(Pattern.compile("[A-Z_]+"), DECIDED);
        String other = chosen.textContent().strip().equals("RECYCLE") ? "DESTROY" : "RECYCLE";

        page.getByLabel("Option", new Page.GetByLabelOptions().setExact(true)).selectOption(other);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Override"))
                .click();
        assertThat(page.locator("#override-error")).hasText("An override of a disposition needs a reason");

        page.getByLabel("Option", new Page.GetByLabelOptions().setExact(true)).selectOption(other);
        page.getByLabel("Reason (kept for the audit)").fill("recycler contract quota");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Override"))
                .click();
        assertThat(chosen).hasText(other);
        assertThat(page.locator("#option-" + other)).hasClass(Pattern.compile("chosen"));
        assertThat(page.locator("#changes")).containsText("recycler contract quota");
        assertThat(page.locator("#changes")).containsText(manager);
    }

    /** Answers that pass every item of the unit's checklist, whatever path it is on. */
    private Map<String, String> checklistAnswers(String unitId, String token) {
        Map<String, String> answers = new LinkedHashMap<>();
        get("/api/units/" + unitId + "/checklist", token).json().path("items").forEach(item -> {
            String key = item.path("key").asString();
            switch (item.path("kind").asString()) {
                case "YES_NO" -> answers.put(key, item.path("expected").asBoolean() ? "yes" : "no");
                case "PASS_FAIL" -> answers.put(key, "pass");
                case "MEASURED" -> answers.put(
                        key,
                        (item.path("min").isNumber() ? item.path("min") : item.path("max"))
                                .decimalValue()
                                .toPlainString());
                case "COSMETIC" -> answers.put(key, "A");
                default -> answers.put(key, "IMG-1");
            }
        });
        return answers;
    }

    private void signIn(String user, String password) {
        page.navigate(url("/login"));
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("h1")).hasText("Returns overview");
    }

    private void answer(String key, String value) {
        page.locator("input[name='answer." + key + "'][value='" + value + "']").check();
    }
}
