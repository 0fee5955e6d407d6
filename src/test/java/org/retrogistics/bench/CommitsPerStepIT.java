package org.retrogistics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The core steps commit once, their events included (ADR 0022). Creating a return whose money moves later writes the
 * return, its timeline and its expected units in one transaction, and leaves no event publication behind. Scanning
 * its unit at the dock writes the receipt, the custody move, the return's count and inspection's queue entry in one
 * transaction. Counted on the request threads, so background work of other tests cannot blur the figure.
 */
@Import(StatementCounter.Config.class)
class CommitsPerStepIT extends ApiTestSupport {

    @Test
    void creatingAReturnAndScanningItsUnitCommitOnceEach() {
        Tenant t = newTenant(); // its policy moves money after inspection
        String wh = t.token(Role.WAREHOUSE);
        String order = placeOrder(t, 3, "shirt", 1, "phone", 1);
        // a token's first use records when it was last used (at most once a minute): not part of the steps
        get("/api/returns", t.token(Role.CUSTOMER));
        get("/api/returns", wh);
        awaitPublications();

        StatementCounter.reset();
        Res created = post(
                "/api/returns",
                t.token(Role.CUSTOMER),
                returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND"), line(order, 2, 1, "DEFECTIVE", "REPAIR")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(StatementCounter.commitsOnThreads("http-")).isEqualTo(1);
        String returnId = created.json().path("id").asString();
        assertThat(count("select count(*) from event_publication where serialized_event like ?", "%" + returnId + "%"))
                .as("no listener has work at this step, so nothing is deferred")
                .isZero();

        JsonNode unit = get("/api/returns/" + returnId + "/units", wh).json().get(0);
        String unitId = unit.path("id").asString();
        StatementCounter.reset();
        Res scan = post(
                "/api/receiving/scans",
                wh,
                Map.of("code", unit.path("licencePlate").asString()));
        assertThat(scan.status()).isEqualTo(201);
        assertThat(StatementCounter.commitsOnThreads("http-")).isEqualTo(1);
        assertThat(count("select count(*) from inspection_task where unit_id = ?::uuid", unitId))
                .as("queued in the receipt's own transaction, with no wait")
                .isEqualTo(1);
        assertThat(count("select count(*) from event_publication where serialized_event like ?", "%" + unitId + "%"))
                .as("the queue and the recall count follow the receipt in its transaction, nothing is deferred")
                .isZero();
    }

    private void awaitPublications() {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from event_publication where completion_date is null") == 0);
    }
}
