package org.retrogistics.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/** A unit whose work is done leaves by the outcome its disposition decided, once, and custody records where it went. */
class OutcomesIT extends ApiTestSupport {

    private String decided(Tenant t, String product, String reason, Map<String, ?> answers) {
        String unitId = receivedUnit(t, product, reason);
        inspect(t, unitId, answers, product.equals("phone") ? "OK" : null);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> get("/api/units/" + unitId + "/disposition", t.token(Role.MANAGER))
                                .status()
                        == 200);
        return unitId;
    }

    private void overrideTo(Tenant t, String unitId, String option) {
        Res r = post(
                "/api/units/" + unitId + "/disposition/override",
                t.token(Role.MANAGER),
                Map.of("option", option, "reason", "vendor credit agreed for this batch"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private java.util.Set<String> openWorkKinds(Tenant t, String unitId) {
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        get("/api/work-orders?size=500", t.token(Role.MANAGER))
                .json()
                .path("content")
                .forEach(w -> {
                    if (w.path("unitId").asString().equals(unitId)
                            && java.util.Set.of("OPEN", "ASSIGNED")
                                    .contains(w.path("status").asString())) {
                        kinds.add(w.path("kind").asString());
                    }
                });
        return kinds;
    }

    private Res outcome(Tenant t, String unitId, String outcome) {
        return post("/api/units/" + unitId + "/outcome", t.token(Role.WAREHOUSE), Map.of("outcome", outcome));
    }

    @Test
    void aUnitLeavesByItsDecidedOutcomeOnceAndCustodyRecordsWhereItWent() {
        Tenant t = newTenant();
        String unitId = decided(
                t, "shirt", "CHANGED_MIND", Map.of("tags-packaging", "yes", "torn-stained", "no", "condition", "A"));
        overrideTo(t, unitId, "RETURN_TO_VENDOR");

        Res wrong = outcome(t, unitId, "RESTOCKED");
        assertThat(wrong.status()).isEqualTo(409);
        assertThat(wrong.problemCode()).isEqualTo("outcome-not-decided");
        assertThat(wrong.json().path("detail").asString()).contains("RETURN_TO_VENDOR");
        assertThat(count("select count(*) from unit_outcome where unit_id = ?::uuid", unitId))
                .isZero();

        Res done = post(
                "/api/units/" + unitId + "/outcome",
                t.token(Role.WAREHOUSE),
                Map.of("outcome", "RETURNED_TO_VENDOR", "holder", "Acme Vendor Returns"));
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        assertThat(done.json().path("holder").asString()).isEqualTo("Acme Vendor Returns");

        JsonNode unit =
                get("/api/units/" + unitId + "/history", t.token(Role.MANAGER)).json();
        assertThat(unit.path("unit").path("state").asString()).isEqualTo("RELEASED");
        assertThat(unit.path("custody").findValuesAsString("type")).contains("RELEASED");
        assertThat(get("/api/units/" + unitId + "/outcome", t.token(Role.AGENT))
                        .json()
                        .path("outcome")
                        .asString())
                .isEqualTo("RETURNED_TO_VENDOR");

        Res again = outcome(t, unitId, "RETURNED_TO_VENDOR");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemCode()).isEqualTo("outcome-already-recorded");
        Res moved = post("/api/units/" + unitId + "/moves", t.token(Role.WAREHOUSE), Map.of("location", "STOCK"));
        assertThat(moved.status()).isEqualTo(409);
        assertThat(moved.problemCode()).isEqualTo("unit-released");
        assertThat(openWorkKinds(t, unitId))
                .as("the work the first decision opened is cancelled with the outcome")
                .isEmpty();
        assertThat(get("/api/workshop/outcome-queue", t.token(Role.MANAGER))
                        .json()
                        .findValuesAsString("unitId"))
                .doesNotContain(unitId);
    }

    @Test
    void anOutcomeWaitsForTheWorkItsDecisionNeeds() {
        Tenant t = newTenant();
        String unitId = decided(t, "phone", "DEFECTIVE", phoneAnswers("fail", "B", "B"));
        overrideTo(t, unitId, "RETURN_TO_VENDOR");
        Res early = outcome(t, unitId, "RETURNED_TO_VENDOR");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.problemCode()).isEqualTo("outcome-work-unfinished");
        assertThat(early.json().path("detail").asString()).containsIgnoringCase("sanitise");
        assertThat(get("/api/units/" + unitId + "/history", t.token(Role.MANAGER))
                        .json()
                        .path("unit")
                        .path("state")
                        .asString())
                .isEqualTo("IN_CUSTODY");
        assertThat(get("/api/units/" + unitId + "/outcome", t.token(Role.MANAGER))
                        .status())
                .isEqualTo(404);
    }
}
