package org.retrogistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;

/**
 * Markup a customer or a colleague stores (a return's note and customer name, a user's display name) is shown as text
 * on every page that shows it, never run: Thymeleaf escapes it, and no template writes unescaped text.
 */
class StoredMarkupIT extends ApiTestSupport {

    private static final String SCRIPT = "<script>alert('stored')</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";

    @Test
    void storedMarkupIsShownAsTextOnTheConsole() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "phone", 1);
        Map<String, Object> line = line(order, 1, 1, "DEFECTIVE", "REFUND");
        line.put("note", SCRIPT);
        Res created = post(
                "/api/returns",
                t.token(Role.AGENT),
                Map.of("customerEmail", SHOPPER, "customerName", IMAGE, "lines", List.of(line)));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        access.createUser(t.id(), t.code() + "-all", "secret-all-of-it", SCRIPT, EnumSet.of(Role.AGENT, Role.ADMIN));

        FormBrowser console = new FormBrowser(this::uri);
        assertThat(console.signIn(t.code() + "-all", "secret-all-of-it")).endsWith("/console");
        for (String page : List.of("/console/returns/" + id, "/console/returns", "/console/access")) {
            var answer = console.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            String body = answer.body();
            assertThat(body).as(page).doesNotContain(SCRIPT).doesNotContain(IMAGE);
        }
        String returnPage = console.get("/console/returns/" + id).body();
        assertThat(returnPage)
                .as("the note and the name are there, as text")
                .contains("&lt;script&gt;alert(&#39;stored&#39;)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(console.get("/console/access").body()).contains("&lt;script&gt;");
    }
}
