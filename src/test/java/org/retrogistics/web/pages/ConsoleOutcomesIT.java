package org.retrogistics.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.web.FormBrowser;

/**
 * The console records what the API does for a unit's end and a technician's skills: the outcome queue with one form per
 * unit (only the decided outcome offered; the domain's refusal shown in words), and the technicians page whose ticks
 * replace a technician's families.
 */
class ConsoleOutcomesIT extends ApiTestSupport {

    private FormBrowser signedIn(Tenant t, String role, String password) {
        FormBrowser b = new FormBrowser(this::uri);
        assertThat(b.signIn(t.code() + "-" + role, password)).isEqualTo("/console");
        return b;
    }

    private String decided(Tenant t) {
        String unitId = receivedUnit(t, "shirt", "CHANGED_MIND");
        inspect(t, unitId, Map.of("tags-packaging", "yes", "torn-stained", "no", "condition", "A"), null);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/units/" + unitId + "/disposition", t.token(Role.MANAGER))
                                .status()
                        == 200);
        Res r = post(
                "/api/units/" + unitId + "/disposition/override",
                t.token(Role.MANAGER),
                Map.of("option", "RETURN_TO_VENDOR", "reason", "vendor credit agreed for this batch"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return unitId;
    }

    @Test
    void theWarehouseRecordsTheDecidedOutcomeFromTheQueue() {
        Tenant t = newTenant();
        String unitId = decided(t);
        FormBrowser b = signedIn(t, "warehouse", "secret-warehouse");
        HttpResponse<String> queue = b.get("/console/outcomes");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("Record: returned to vendor").doesNotContain("Record: restocked");

        // a stale form (another outcome than the decided one) is refused in words, nothing recorded
        b.post("/console/outcomes/" + unitId, Map.of("outcome", "RESTOCKED"));
        assertThat(b.get("/console/outcomes").body())
                .contains("class=\"error\"")
                .contains("RETURN_TO_VENDOR");
        assertThat(count("select count(*) from unit_outcome where unit_id = ?::uuid", unitId))
                .isZero();

        HttpResponse<String> done = b.post(
                "/console/outcomes/" + unitId,
                Map.of("outcome", "RETURNED_TO_VENDOR", "holder", "Acme Vendor Returns", "note", "RA 4411"));
        assertThat(done.statusCode()).isEqualTo(302);
        HttpResponse<String> after = b.get("/console/outcomes");
        assertThat(after.body())
                .contains("Outcome recorded: returned to vendor.")
                .doesNotContain(unitId);
        assertThat(jdbc.sql("select holder || ' / ' || note from unit_outcome where unit_id = ?::uuid")
                        .param(unitId)
                        .query(String.class)
                        .single())
                .isEqualTo("Acme Vendor Returns / RA 4411");
        assertThat(get("/api/units/" + unitId + "/history", t.token(Role.MANAGER))
                        .json()
                        .path("unit")
                        .path("state")
                        .asString())
                .isEqualTo("RELEASED");
    }

    @Test
    void aManagerSetsATechniciansFamiliesByTicking() {
        Tenant t = newTenant();
        access.createUser(
                t.id(), t.code() + "-manager", "secret-manager", "Manager", java.util.EnumSet.of(Role.MANAGER));
        FormBrowser manager = signedIn(t, "manager", "secret-manager");
        HttpResponse<String> page = manager.get("/console/technicians");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(t.technicianName()).contains("value=\"apparel\"");

        manager.post("/console/technicians/" + t.technicianName(), Map.of("families", "apparel"));
        assertThat(manager.get("/console/technicians").body())
                .contains(t.technicianName() + " is qualified for apparel.");
        assertThat(qualifications(t)).containsExactly("apparel");

        manager.post("/console/technicians/" + t.technicianName(), Map.of("all", "true"));
        assertThat(qualifications(t)).containsExactly("*");

        manager.post("/console/technicians/" + t.technicianName(), Map.of());
        assertThat(qualifications(t)).isEmpty();

        FormBrowser tech = signedIn(t, "technician", "secret-technician");
        assertThat(tech.get("/console/technicians").statusCode()).isEqualTo(403);
        assertThat(tech.post("/console/technicians/" + t.technicianName(), Map.of("all", "true"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(qualifications(t)).isEmpty();
    }

    private List<String> qualifications(Tenant t) {
        return get("/api/technicians/" + t.technicianName() + "/qualifications", t.token(Role.MANAGER))
                .json()
                .valueStream()
                .map(n -> n.asString())
                .toList();
    }
}
