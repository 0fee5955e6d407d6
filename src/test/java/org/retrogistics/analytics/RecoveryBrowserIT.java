package org.retrogistics.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.RecoveryFacts;
import org.retrogistics.shared.RecoveryFacts.Kind;
import org.retrogistics.testing.BrowserTestSupport;
import org.retrogistics.testing.RecoveryFactsPublisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A manager follows a unit from its page to its recovery ledger (entries, the waterfall, net against expected) and
 * opens the summary of expected against actual per disposition option from the navigation.
 */
class RecoveryBrowserIT extends BrowserTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aUnitsLedgerAndTheOptionSummaryInTheConsole() {
        Tenant t = newTenant();
        String manager = t.code() + "-manager";
        access.createUser(t.id(), manager, "secret-manager", "Manager", EnumSet.of(Role.MANAGER));
        // an exchange moves no money by itself: the ledger holds only the facts this test publishes
        String unitId = receivedUnit(t, "phone", "DEFECTIVE", "EXCHANGE");
        inspect(t, unitId, phoneAnswers("fail", "B", "B"), "OK");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !get("/api/units/" + unitId + "/recovery", t.token(Role.MANAGER))
                        .json()
                        .path("expected")
                        .isNull());
        UUID unit = UUID.fromString(unitId);
        new RecoveryFactsPublisher(events, transactions)
                .publish(
                        new RecoveryFacts.Entry(
                                unit, null, t.id(), Kind.SALE, Money.of("210.00", "USD"), "listing", "L-" + t.code()),
                        new RecoveryFacts.Entry(
                                unit, null, t.id(), Kind.TRANSPORT, Money.of("7.35", "USD"), "leg", "G-" + t.code()));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/units/" + unitId + "/recovery", t.token(Role.MANAGER))
                                .json()
                                .path("entries")
                                .size()
                        == 2);

        page.navigate(url("/login"));
        page.getByLabel("User name").fill(manager);
        page.getByLabel("Password").fill("secret-manager");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.navigate(url("/console/units/" + unitId));
        page.locator("#unit-links")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Recovery"))
                .click();

        assertThat(page.locator("h1")).containsText("Recovery of");
        assertThat(page.locator("#ledger tbody tr")).hasCount(2);
        assertThat(page.locator("#ledger")).containsText("SALE");
        assertThat(page.locator("#ledger")).containsText("-7.35");
        assertThat(page.locator("#net-USD")).containsText("202.65 USD");
        assertThat(page.locator("#expected")).containsText("Expected by the disposition in force");
        // the waterfall: the sale up, the transport down, the net, and the expectation
        assertThat(page.locator("#waterfall-USD g")).hasCount(4);
        assertThat(page.locator("#waterfall-USD g.recovery")).containsText("SALE");
        assertThat(page.locator("#waterfall-USD g.cost")).containsText("TRANSPORT");
        screenshot("recovery-unit");

        page.locator("#return-recovery").click();
        assertThat(page.locator("#return-units tbody tr")).hasCount(1);
        assertThat(page.locator("#return-units")).containsText("202.65 USD");
        assertThat(page.locator("#net-USD")).containsText("202.65 USD");

        page.locator("header.top")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Recovery"))
                .click();
        assertThat(page.locator("h1")).hasText("Recovery: expected against actual");
        assertThat(page.locator("#by-option tbody tr")).hasCount(1);
        assertThat(page.locator("#by-option tbody tr")).containsText("202.65");
        assertThat(page.locator("#options-USD g")).hasCount(2);
        assertThat(page.locator("#by-month")).containsText("210.00");
        screenshot("recovery-summary");
    }
}
