package org.retrogistics.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.web.FormBrowser;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail (ADR 0031): a return's moves, access changes, sign-ins and exports land in one append-only log with
 * actor, reason and request id; the log refuses updates and deletes; a client reads only its own rows.
 */
class AuditTrailIT extends ApiTestSupport {

    @Test
    void aReturnsMovesAreRecordedWithActorAndRequestId() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "shirt", 1);
        String requestId = "audit-" + UUID.randomUUID();
        Res created = post(
                "/api/returns",
                t.token(Role.CUSTOMER),
                returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")),
                "X-Request-Id",
                requestId);
        assertThat(created.status()).isEqualTo(201);
        String rma = created.json().path("rmaNumber").asString();

        JsonNode rows = get("/api/audit?type=ReturnRequested", t.token(Role.MANAGER))
                .json()
                .path("content");
        assertThat(rows).hasSize(1);
        JsonNode requested = rows.get(0);
        assertThat(requested.path("category").asString()).isEqualTo("STATE_CHANGE");
        assertThat(requested.path("actor").asString()).isEqualTo("token:customer");
        assertThat(requested.path("subject").asString()).isEqualTo(rma);
        assertThat(requested.path("requestId").asString()).isEqualTo(requestId);

        // a rejection's reason is the row's reason
        String other = placeOrder(t, 3, "shirt", 1);
        Res second =
                post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(other, 1, 1, "CHANGED_MIND", "REFUND")));
        String secondId = second.json().path("id").asString();
        Res cancelled = post(
                "/api/returns/" + secondId + "/cancel",
                t.token(Role.AGENT),
                Map.of("reason", "customer called to keep it"),
                "X-Request-Id",
                "cancel-" + secondId);
        assertThat(cancelled.status()).as(cancelled.body()).isBetween(200, 299);
        JsonNode cancel = get("/api/audit?type=ReturnCancelled", t.token(Role.ADMIN))
                .json()
                .path("content")
                .get(0);
        assertThat(cancel.path("reason").asString()).isEqualTo("customer called to keep it");
        assertThat(cancel.path("actor").asString()).isEqualTo("token:agent");
        assertThat(cancel.path("requestId").asString()).isEqualTo("cancel-" + secondId);
    }

    @Test
    void theLogRefusesUpdatesAndDeletes() {
        Tenant t = newTenant();
        long id = jdbc.sql("select max(id) from audit_event where client_id = ?")
                .params(t.id().value())
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone else' where id = ?")
                        .params(id)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?")
                        .params(id)
                        .update())
                .hasMessageContaining("append-only");
        assertThat(count("select count(*) from audit_event where id = ? and actor <> 'someone else'", id))
                .isEqualTo(1);
    }

    @Test
    void accessChangesAndSignInsAreRecorded() {
        Tenant t = newTenant();
        // newTenant issued a token per role and created users: each is an ACCESS row
        JsonNode accessRows = get("/api/audit?type=ACCESS&size=200", t.admin()).json();
        assertThat(accessRows.path("content").findValuesAsString("type")).contains("TOKEN_ISSUED", "USER_CREATED");

        String manager = t.code() + "-manager";
        access.createUser(t.id(), manager, "secret-manager", "Manager", EnumSet.of(Role.MANAGER));
        FormBrowser browser = new FormBrowser(this::uri);
        assertThat(browser.signIn(manager, "secret-manager")).endsWith("/console");
        JsonNode signIn = get("/api/audit?type=SIGN_IN", t.admin()).json().path("content");
        assertThat(signIn).hasSize(1);
        assertThat(signIn.get(0).path("actor").asString()).isEqualTo(manager);
        assertThat(signIn.get(0).path("requestId").asString()).isNotBlank();

        // the console page lists the trail with its filter; its export is itself recorded
        String page = browser.get("/console/audit?type=SIGN_IN").body();
        assertThat(page).contains("SIGNED_IN").contains(manager);
        String csv = browser.get("/console/audit/export.csv?type=ACCESS").body();
        assertThat(csv)
                .startsWith("id,at,category,type,actor,subject,reason,requestId,detail")
                .contains("TOKEN_ISSUED");
        JsonNode exported = get("/api/audit?type=EXPORT", t.admin()).json().path("content");
        assertThat(exported).hasSize(1);
        assertThat(exported.get(0).path("actor").asString()).isEqualTo(manager);
        assertThat(exported.get(0).path("detail").asString()).contains("type=ACCESS");
    }

    @Test
    void anOverrideIsRecordedWithItsReasonAndTheDecisionsThatFollowGradingAsTheSystems() {
        Tenant t = newTenant();
        String wh = t.token(Role.WAREHOUSE);
        String unitId = receivedUnit(t, "phone", "DEFECTIVE");
        inspect(t, unitId, phoneAnswers("pass", "B", "A"), "DAMAGED_DEFECTIVE");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .until(() -> get("/api/units/" + unitId + "/disposition", wh).status() == 200);
        String chosen = get("/api/units/" + unitId + "/disposition", wh)
                .json()
                .path("option")
                .asString();
        String other = chosen.equals("DESTROY") ? "RECYCLE" : "DESTROY";
        Res overridden = post(
                "/api/units/" + unitId + "/disposition/override",
                t.token(Role.MANAGER),
                Map.of("option", other, "reason", "the client's data policy"),
                "X-Request-Id",
                "override-" + unitId);
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(200);

        JsonNode override = get("/api/audit?type=OVERRIDE", t.admin()).json().path("content");
        assertThat(override).hasSize(1);
        assertThat(override.get(0).path("type").asString()).isEqualTo("DispositionOverridden");
        assertThat(override.get(0).path("actor").asString()).isEqualTo("token:manager");
        assertThat(override.get(0).path("reason").asString()).isEqualTo("the client's data policy");
        assertThat(override.get(0).path("subject").asString()).isEqualTo(unitId);
        assertThat(override.get(0).path("requestId").asString()).isEqualTo("override-" + unitId);
        // the first decision followed the grading in a transaction of its own, with no request behind it
        JsonNode decided = get("/api/audit?type=DispositionDecided&size=10", t.admin())
                .json()
                .path("content");
        assertThat(decided.findValuesAsString("actor")).contains("system", "token:manager");
        JsonNode graded = get("/api/audit?type=UnitGraded", t.admin()).json().path("content");
        assertThat(graded.get(0).path("actor").asString()).isEqualTo("token:warehouse");
    }

    @Test
    void aShopperProvingAnOrderInThePortalIsASignIn() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "shirt", 1);
        FormBrowser browser = new FormBrowser(this::uri);
        String portal = "/portal/" + t.code();
        browser.get(portal);
        assertThat(browser.post(portal + "/order", Map.of("orderNumber", order, "email", SHOPPER))
                        .statusCode())
                .isEqualTo(200);
        JsonNode signIn =
                get("/api/audit?type=PORTAL_SIGNED_IN", t.admin()).json().path("content");
        assertThat(signIn).hasSize(1);
        assertThat(signIn.get(0).path("actor").asString()).isEqualTo("portal:" + SHOPPER);
        assertThat(signIn.get(0).path("subject").asString()).isEqualTo("order " + order);
    }

    @Test
    void everyCsvExportIsRecordedWithItsFilter() {
        Tenant t = newTenant();
        Res payouts = get("/api/finance/payouts.csv?from=2026-01-01", t.token(Role.MANAGER));
        assertThat(payouts.status()).isEqualTo(200);
        JsonNode rows = get("/api/audit?type=CSV_EXPORTED", t.admin()).json().path("content");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).path("category").asString()).isEqualTo("EXPORT");
        assertThat(rows.get(0).path("actor").asString()).isEqualTo("token:manager");
        assertThat(rows.get(0).path("subject").asString()).isEqualTo("/api/finance/payouts.csv");
        assertThat(rows.get(0).path("detail").asString()).contains("from=2026-01-01");
        assertThat(rows.get(0).path("requestId").asString()).isNotBlank();
        // a refused export leaves nothing
        assertThat(get("/api/finance/payouts.csv", t.token(Role.WAREHOUSE)).status())
                .isEqualTo(403);
        assertThat(get("/api/audit?type=CSV_EXPORTED", t.admin())
                        .json()
                        .path("totalElements")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void filtersByTimeAndActorAndStaysWithinTheClient() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        Instant before = Instant.now().minus(1, ChronoUnit.MINUTES);
        placeOrder(a, 3, "shirt", 1);
        post(
                "/api/returns",
                a.token(Role.CUSTOMER),
                returnOf(line(placeOrder(a, 3, "shirt", 1), 1, 1, "CHANGED_MIND", "REFUND")));

        JsonNode byCustomer =
                get("/api/audit?actor=token:customer", a.token(Role.MANAGER)).json();
        assertThat(byCustomer.path("content").findValuesAsString("actor"))
                .isNotEmpty()
                .containsOnly("token:customer");
        assertThat(get("/api/audit?from=" + before + "&type=ReturnRequested", a.admin())
                        .json()
                        .path("totalElements")
                        .asLong())
                .isEqualTo(1);
        assertThat(get("/api/audit?to=" + before, a.admin())
                        .json()
                        .path("totalElements")
                        .asLong())
                .isZero();

        // B sees none of A's rows, on the page or in the export
        JsonNode bRows = get("/api/audit?size=200", b.admin()).json().path("content");
        assertThat(bRows.findValuesAsString("type")).doesNotContain("ReturnRequested");
        assertThat(get("/api/audit/export.csv", b.admin()).body()).doesNotContain(a.code());

        // managers and administrators only
        assertThat(get("/api/audit", a.token(Role.WAREHOUSE)).status()).isEqualTo(403);
        assertThat(get("/api/audit", a.token(Role.AGENT)).status()).isEqualTo(403);
        Res bad = send(HttpRequest.newBuilder(uri("/api/audit?from=yesterday")).GET(), a.admin());
        assertThat(bad.status()).isEqualTo(400);
    }
}
