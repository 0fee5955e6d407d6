package org.retrogistics.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.web.FormBrowser;

/**
 * The console's navigation shows each role exactly the pages it may open: every link a role sees answers 200 for it,
 * and every page another role's navigation offers that this role does not see answers 403 for it.
 */
class ConsoleNavigationIT extends ApiTestSupport {

    private static final Pattern NAV = Pattern.compile("<header class=\"top\">(.*?)</header>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("href=\"(/console[^\"]*)\"");

    @Test
    void eachRoleSeesTheLinksItMayFollowAndNoOther() {
        Tenant t = newTenant();
        access.createUser(t.id(), t.code() + "-manager", "secret-manager", "Manager", EnumSet.of(Role.MANAGER));
        access.createUser(t.id(), t.code() + "-admin", "secret-admin-1", "Admin", EnumSet.of(Role.ADMIN));
        Set<String> all = links(signIn(t, "admin", "secret-admin-1"));
        assertThat(all).contains("/console/returns", "/console/technicians", "/console/access", "/console/outcomes");

        String[][] people = {
            {"agent", "secret-agent"},
            {"warehouse", "secret-warehouse"},
            {"technician", "secret-technician"},
            {"manager", "secret-manager"},
            {"admin", "secret-admin-1"}
        };
        for (String[] p : people) {
            FormBrowser b = signIn(t, p[0], p[1]);
            Set<String> seen = links(b);
            for (String link : seen) {
                assertThat(b.get(link).statusCode())
                        .as(p[0] + " follows " + link)
                        .isEqualTo(200);
            }
            for (String link : all) {
                if (!seen.contains(link)) {
                    assertThat(b.get(link).statusCode())
                            .as(p[0] + " does not see " + link + ", which refuses them")
                            .isEqualTo(403);
                }
            }
        }
        assertThat(links(signIn(t, "technician", "secret-technician")))
                .contains("/console/work-orders")
                .doesNotContain("/console/refunds", "/console/receiving", "/console/transport");
        assertThat(links(signIn(t, "agent", "secret-agent")))
                .contains("/console/refunds")
                .doesNotContain("/console/work-orders", "/console/recycling", "/console/technicians");
    }

    @Test
    void eachRoleStartsOnItsOwnQueuesWithTheirSizeAndOldestWait() {
        Tenant t = newTenant();
        // a laptop return waits for review (over the review threshold), a received unit waits for inspection
        Res laptop = post(
                "/api/returns",
                t.token(Role.CUSTOMER),
                returnOf(line(placeOrder(t, 3, "laptop", 1), 1, 1, "CHANGED_MIND", "REFUND")));
        assertThat(laptop.json().path("status").asString()).isEqualTo("UNDER_REVIEW");
        receivedUnit(t, "shirt", "CHANGED_MIND");

        String agent = signIn(t, "agent", "secret-agent").get("/console").body();
        assertThat(card(agent, "review"))
                .contains("Awaiting a decision")
                .contains(">1<")
                .contains("oldest waiting");
        assertThat(agent).contains("id=\"queue-refunds\"").doesNotContain("id=\"queue-inspection\"");

        String warehouse =
                signIn(t, "warehouse", "secret-warehouse").get("/console").body();
        assertThat(card(warehouse, "inspection")).contains("Units to inspect").contains(">1<");
        assertThat(warehouse)
                .contains("id=\"queue-recycling\"", "id=\"queue-workshop\"")
                .doesNotContain("id=\"queue-review\"", "id=\"queue-refunds\"");

        String technician =
                signIn(t, "technician", "secret-technician").get("/console").body();
        assertThat(technician)
                .contains("id=\"queue-workshop\"")
                .doesNotContain("id=\"queue-review\"", "id=\"queue-inspection\"", "id=\"queue-refunds\"");
    }

    /** The home page's card of one queue. */
    private static String card(String page, String queue) {
        Matcher m = Pattern.compile("id=\"queue-" + queue + "\"(.*?)</a>", Pattern.DOTALL)
                .matcher(page);
        assertThat(m.find()).as("card " + queue).isTrue();
        return m.group(1);
    }

    private FormBrowser signIn(Tenant t, String role, String password) {
        FormBrowser b = new FormBrowser(this::uri);
        assertThat(b.signIn(t.code() + "-" + role, password)).isEqualTo("/console");
        return b;
    }

    private static Set<String> links(FormBrowser b) {
        Matcher nav = NAV.matcher(b.get("/console").body());
        assertThat(nav.find()).isTrue();
        Set<String> links = new LinkedHashSet<>();
        Matcher m = LINK.matcher(nav.group(1));
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }
}
