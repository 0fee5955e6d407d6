package org.retrogistics.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Idempotency keys end to end, over HTTP on PostgreSQL: the key and the effect commit together or not at all, only
 * final answers are kept, a running key is refused at once, a replay never crosses principals nor skips the role
 * check, stored answers hold no secrets, and keys expire.
 */
class IdempotencyKeysIT extends ApiTestSupport {

    @Autowired
    DataSource dataSource;

    @Autowired
    IdempotencyConfiguration.IdempotencyPurge purge;

    // ---------------------------------------------------------------------------------------------------------------
    // the key and the effect are one transaction

    @Test
    void aCommitThatFailsAnswers503AndLeavesNeitherTheEffectNorTheKey() throws Exception {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "phone", 1);
        Map<String, Object> body = returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND"));
        // a deferred constraint trigger fails this client's returns at COMMIT, after the answer was built
        sql(
                """
                create or replace function idem_test_fail_commit() returns trigger language plpgsql as $$
                begin raise exception 'commit refused by the test'; end $$;
                create constraint trigger idem_test_fail_commit after insert on return_request
                  deferrable initially deferred for each row
                  when (new.client_id = '%s') execute function idem_test_fail_commit();
                """
                        .formatted(t.id().value()));
        Res failed;
        try {
            failed = post("/api/returns", t.token(Role.AGENT), body, "Idempotency-Key", "commit-1");
        } finally {
            sql("drop trigger idem_test_fail_commit on return_request; drop function idem_test_fail_commit();");
        }
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.problemCode()).isEqualTo("commit-failed");
        assertThat(failed.header("Retry-After")).isNotNull();
        assertThat(failed.header("Location")).isNull();
        assertThat(returns(t)).isZero();
        assertThat(keys(t)).isZero();
        assertThat(count(
                        "select returned_quantity from order_line ol join customer_order o on o.id = ol.order_id"
                                + " where o.order_number = ?",
                        order))
                .isZero();

        Res retried = post("/api/returns", t.token(Role.AGENT), body, "Idempotency-Key", "commit-1");
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotency-Replayed")).isNull();
        assertThat(returns(t)).isEqualTo(1);
        assertThat(keys(t)).isEqualTo(1);
    }

    @Test
    void aServerErrorRollsTheEffectBackAndKeepsNoKeySoTheRetryRunsAgain() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "phone", 1);
        Map<String, Object> body = returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND"));
        // an unexpected database error while the request runs, for this client's returns only
        sql(
                """
                create or replace function idem_test_fail_insert() returns trigger language plpgsql as $$
                begin raise exception 'insert refused by the test' using errcode = 'XX000'; end $$;
                create trigger idem_test_fail_insert after insert on return_request for each row
                  when (new.client_id = '%s') execute function idem_test_fail_insert();
                """
                        .formatted(t.id().value()));
        Res failed;
        try {
            failed = post("/api/returns", t.token(Role.AGENT), body, "Idempotency-Key", "error-1");
        } finally {
            sql("drop trigger idem_test_fail_insert on return_request; drop function idem_test_fail_insert();");
        }
        assertThat(failed.status()).isGreaterThanOrEqualTo(500);
        assertThat(returns(t)).isZero();
        assertThat(keys(t)).isZero();

        Res retried = post("/api/returns", t.token(Role.AGENT), body, "Idempotency-Key", "error-1");
        assertThat(retried.status()).isEqualTo(201);
        assertThat(returns(t)).isEqualTo(1);
    }

    @Test
    void everyCommittedEffectHasItsKeyAndItsAnswerPointsAtIt() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "shirt", 3);
        List<String> locations = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Res r = post(
                    "/api/returns",
                    t.token(Role.CUSTOMER),
                    returnOf(line(order, 1, 1, "SIZE_FIT", "EXCHANGE")),
                    "Idempotency-Key",
                    "each-" + i);
            assertThat(r.status()).isEqualTo(201);
            locations.add(r.header("Location"));
        }
        assertThat(returns(t)).isEqualTo(3);
        assertThat(keys(t)).isEqualTo(3);
        List<String> kept = jdbc.sql("select location from idempotency_record where client_id = ? order by idem_key")
                .params(t.id().value())
                .query(String.class)
                .list();
        assertThat(kept).containsExactlyElementsOf(locations);
    }

    @Test
    void anUpdateAnswersTheVersionItCommitted() {
        Tenant t = newTenant();
        Res created = post(
                "/api/returns",
                t.token(Role.CUSTOMER),
                returnOf(line(placeOrder(t, 3, "laptop", 1), 1, 1, "CHANGED_MIND", "REFUND")));
        String id = created.json().path("id").asString();
        Res authorized = post(
                "/api/returns/" + id + "/authorize",
                t.token(Role.AGENT),
                Map.of(),
                "If-Match",
                created.header("ETag"),
                "Idempotency-Key",
                "authorize-1");
        assertThat(authorized.status()).isEqualTo(200);
        Res now = get("/api/returns/" + id, t.token(Role.AGENT));
        assertThat(authorized.header("ETag")).isEqualTo(now.header("ETag")).isNotEqualTo(created.header("ETag"));
        assertThat(authorized.json().path("status").asString()).isEqualTo("AUTHORIZED");

        Res replayed = post(
                "/api/returns/" + id + "/authorize",
                t.token(Role.AGENT),
                Map.of(),
                "If-Match",
                created.header("ETag"),
                "Idempotency-Key",
                "authorize-1");
        assertThat(replayed.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(replayed.header("ETag")).isEqualTo(now.header("ETag"));
    }

    @Test
    void eventsOfAKeyedRequestReachTheirListenersAfterItsCommit() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "phone", 1);
        String rma = post(
                        "/api/returns",
                        t.token(Role.CUSTOMER),
                        returnOf(line(order, 1, 1, "DEFECTIVE", "REFUND")),
                        "Idempotency-Key",
                        "events-1")
                .json()
                .path("rmaNumber")
                .asString();
        Res scan =
                post("/api/receiving/scans", t.token(Role.WAREHOUSE), Map.of("code", rma), "Idempotency-Key", "scan-1");
        assertThat(scan.status()).isEqualTo(201);
        // receiving's event queues the inspection through the outbox, after the filter's transaction committed
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> count(
                                "select count(*) from inspection_task it join unit u on u.id = it.unit_id"
                                        + " where u.client_id = ?",
                                t.id().value())
                        == 1);
        Res again =
                post("/api/receiving/scans", t.token(Role.WAREHOUSE), Map.of("code", rma), "Idempotency-Key", "scan-1");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // which answers are kept

    @Test
    void aLockConflictIsNotKeptSoTheSameKeyRunsAgain() {
        Tenant t = newTenant();
        Res created = post(
                "/api/returns",
                t.token(Role.CUSTOMER),
                returnOf(line(placeOrder(t, 3, "laptop", 1), 1, 1, "CHANGED_MIND", "REFUND")));
        String id = created.json().path("id").asString();
        assertThat(created.json().path("status").asString()).isEqualTo("UNDER_REVIEW");

        Res stale = post(
                "/api/returns/" + id + "/authorize",
                t.token(Role.AGENT),
                Map.of(),
                "If-Match",
                "\"999\"",
                "Idempotency-Key",
                "stale-1");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.problemCode()).isEqualTo("stale-version");
        assertThat(keys(t)).isZero();

        // the client reloads and retries with its own key: it runs, it is not the 409 again
        Res retried = post(
                "/api/returns/" + id + "/authorize",
                t.token(Role.AGENT),
                Map.of(),
                "If-Match",
                created.header("ETag"),
                "Idempotency-Key",
                "stale-1");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.header("Idempotency-Replayed")).isNull();
    }

    @Test
    void aFinalRefusalIsKeptAndReplayed() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "phone", 1);
        Map<String, Object> tooMany = returnOf(line(order, 1, 2, "CHANGED_MIND", "REFUND"));
        Res refused = post("/api/returns", t.token(Role.CUSTOMER), tooMany, "Idempotency-Key", "refused-1");
        assertThat(refused.status()).isEqualTo(422);
        Res again = post("/api/returns", t.token(Role.CUSTOMER), tooMany, "Idempotency-Key", "refused-1");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.problemCode()).isEqualTo(refused.problemCode());
        assertThat(keys(t)).isEqualTo(1);
        assertThat(returns(t)).isZero();

        Map<String, Object> invalid = Map.of("customerEmail", "shopper@example.com", "lines", List.of());
        assertThat(post("/api/returns", t.token(Role.CUSTOMER), invalid, "Idempotency-Key", "invalid-1")
                        .status())
                .isEqualTo(400);
        Res invalidAgain = post("/api/returns", t.token(Role.CUSTOMER), invalid, "Idempotency-Key", "invalid-1");
        assertThat(invalidAgain.status()).isEqualTo(400);
        assertThat(invalidAgain.header("Idempotency-Replayed")).isEqualTo("true");

        String missing = "/api/returns/" + UUID.randomUUID() + "/authorize";
        assertThat(post(missing, t.token(Role.AGENT), Map.of(), "Idempotency-Key", "missing-1")
                        .status())
                .isEqualTo(404);
        Res missingAgain = post(missing, t.token(Role.AGENT), Map.of(), "Idempotency-Key", "missing-1");
        assertThat(missingAgain.status()).isEqualTo(404);
        assertThat(missingAgain.header("Idempotency-Replayed")).isEqualTo("true");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // a key in use

    @Test
    void aDuplicateWhileTheFirstRunsIsRefusedAtOnceAndNeverRunsTwice() throws Exception {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "phone", 2);
        Map<String, Object> body = returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND"));
        CompletableFuture<Res> first;
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            // hold the order line, so the first request stops at the over-return guard with its key taken
            try (PreparedStatement lock = holder.prepareStatement(
                    "select ol.id from order_line ol join customer_order o on o.id = ol.order_id"
                            + " where o.order_number = ? for update")) {
                lock.setString(1, order);
                lock.executeQuery().close();
            }
            first = CompletableFuture.supplyAsync(
                    () -> post("/api/returns", t.token(Role.CUSTOMER), body, "Idempotency-Key", "running-1"));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> count("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                                    + " and query like 'update order_line%'")
                            >= 1);

            long started = System.nanoTime();
            Res duplicate = post("/api/returns", t.token(Role.CUSTOMER), body, "Idempotency-Key", "running-1");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(duplicate.status()).isEqualTo(409);
            assertThat(duplicate.problemCode()).isEqualTo("idempotency-key-in-use");
            assertThat(duplicate.header("Retry-After")).isEqualTo("1");
            assertThat(first).isNotDone();
            holder.rollback();
        }
        Res done = first.get(30, TimeUnit.SECONDS);
        assertThat(done.status()).isEqualTo(201);
        Res after = post("/api/returns", t.token(Role.CUSTOMER), body, "Idempotency-Key", "running-1");
        assertThat(after.status()).isEqualTo(201);
        assertThat(after.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(after.json().path("id").asString())
                .isEqualTo(done.json().path("id").asString());
        assertThat(returns(t)).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // principals, roles, secrets

    @Test
    void anotherPrincipalsKeyIsAnotherKeyAndTheRoleCheckComesFirst() {
        Tenant t = newTenant();
        Map<String, Object> issue = Map.of("name", "ci-admin", "roles", List.of("ADMIN"));
        Res issued = post("/api/tokens", t.admin(), issue, "Idempotency-Key", "token-1");
        assertThat(issued.status()).isEqualTo(201);
        String secret = issued.json().path("token").asString();
        assertThat(secret).startsWith("rtg_");

        for (Role weaker : List.of(Role.TECHNICIAN, Role.CUSTOMER, Role.WAREHOUSE)) {
            Res stolen = post("/api/tokens", t.token(weaker), issue, "Idempotency-Key", "token-1");
            assertThat(stolen.status()).as(weaker.name()).isEqualTo(403);
            assertThat(stolen.header("Idempotency-Replayed")).isNull();
            assertThat(stolen.body()).doesNotContain("rtg_");
        }

        // a second admin token of the same name is another principal: it runs, it does not get the first answer
        String twin = access.issueToken(t.id(), "admin", EnumSet.of(Role.ADMIN));
        Res fromTwin = post("/api/tokens", twin, issue, "Idempotency-Key", "token-1");
        assertThat(fromTwin.status()).isEqualTo(201);
        assertThat(fromTwin.header("Idempotency-Replayed")).isNull();
        assertThat(fromTwin.json().path("token").asString()).isNotEqualTo(secret);
    }

    @Test
    void aPrincipalWhoseRoleWasTakenAwayGetsNoReplay() {
        Tenant t = newTenant();
        String username = t.code() + "-boss";
        access.createUser(t.id(), username, "boss-password-1", "Boss", EnumSet.of(Role.ADMIN));
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((username + ":boss-password-1").getBytes(StandardCharsets.UTF_8));
        Map<String, Object> issue = Map.of("name", "boss-token", "roles", List.of("ADMIN"));
        Res issued = post("/api/tokens", null, issue, "Authorization", basic, "Idempotency-Key", "boss-1");
        assertThat(issued.status()).isEqualTo(201);

        jdbc.sql("update app_user set roles = 'TECHNICIAN' where username = ?")
                .params(username)
                .update();
        Res replay = post("/api/tokens", null, issue, "Authorization", basic, "Idempotency-Key", "boss-1");
        assertThat(replay.status()).isEqualTo(403);
        assertThat(replay.header("Idempotency-Replayed")).isNull();
    }

    @Test
    void storedAnswersHoldNoSecretsAndTheReplayRevealsNone() {
        Tenant t = newTenant();
        List<String> secrets = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> issue = Map.of("name", "svc-" + i, "roles", List.of(i == 1 ? "ADMIN" : "AGENT"));
            Res issued = post("/api/tokens", t.admin(), issue, "Idempotency-Key", "secret-" + i);
            assertThat(issued.status()).isEqualTo(201);
            assertThat(issued.header("Cache-Control")).contains("no-store");
            secrets.add(issued.json().path("token").asString());

            Res replay = post("/api/tokens", t.admin(), issue, "Idempotency-Key", "secret-" + i);
            assertThat(replay.status()).isEqualTo(201);
            assertThat(replay.header("Idempotency-Replayed")).isEqualTo("true");
            assertThat(replay.header("Cache-Control")).contains("no-store");
            assertThat(replay.json().path("name").asString()).isEqualTo("svc-" + i);
            assertThat(replay.json().path("token").isNull()).isTrue();
            assertThat(replay.body()).doesNotContain(secrets.get(i - 1)).doesNotContain("rtg_");
        }
        assertThat(secrets).allSatisfy(s -> assertThat(s).startsWith("rtg_"));
        // scan every stored answer, of every client, for a token secret
        List<String> stored = jdbc.sql(
                        "select convert_from(body, 'UTF8') from idempotency_record where body is not null")
                .query(String.class)
                .list();
        assertThat(keys(t)).isEqualTo(3);
        assertThat(stored).isNotEmpty().noneMatch(b -> b.contains("rtg_"));
        for (String secret : secrets) {
            assertThat(stored).noneMatch(b -> b.contains(secret));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // expiry

    @Test
    void anExpiredKeyIsANewKeyAndThePurgeDeletesIt() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "shirt", 2);
        Map<String, Object> body = returnOf(line(order, 1, 1, "SIZE_FIT", "EXCHANGE"));
        Res first = post("/api/returns", t.token(Role.CUSTOMER), body, "Idempotency-Key", "old-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(count(
                        "select count(*) from idempotency_record where client_id = ?"
                                + " and expires_at between now() + interval '23 hours' and now() + interval '25 hours'",
                        t.id().value()))
                .isEqualTo(1);

        jdbc.sql("update idempotency_record set expires_at = now() - interval '1 second' where client_id = ?")
                .params(t.id().value())
                .update();
        Res later = post("/api/returns", t.token(Role.CUSTOMER), body, "Idempotency-Key", "old-1");
        assertThat(later.status()).isEqualTo(201);
        assertThat(later.header("Idempotency-Replayed")).isNull();
        assertThat(returns(t)).isEqualTo(2);

        jdbc.sql("update idempotency_record set expires_at = now() - interval '1 second' where client_id = ?")
                .params(t.id().value())
                .update();
        assertThat(purge.purge()).isGreaterThanOrEqualTo(1);
        assertThat(keys(t)).isZero();
    }

    private long returns(Tenant t) {
        return count("select count(*) from return_request where client_id = ?", t.id().value());
    }

    private long keys(Tenant t) {
        return count("select count(*) from idempotency_record where client_id = ?", t.id().value());
    }

    private void sql(String statements) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(statements);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
