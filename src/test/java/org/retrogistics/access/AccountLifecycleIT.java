package org.retrogistics.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.retrogistics.testing.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * Tokens and users have a lifecycle: tokens expire and are revoked (refused on the very next call), users are disabled,
 * enabled and given roles, passwords are changed and reset with a one-time link; every change is audited with its
 * actor and reason, only a client's administrators make them, and another client's records are unknown.
 */
class AccountLifecycleIT extends ApiTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String RESET_PREFIX = "http://localhost:8080/account/reset/";

    // ---------------------------------------------------------------------------------------------------------------
    // tokens

    @Test
    void tokensAreListedWithoutSecretsAndARevokedTokenIsRefusedOnTheVeryNextCall() {
        Tenant t = newTenant();
        Res issued = post("/api/tokens", t.admin(), Map.of("name", "ci", "roles", List.of("AGENT")));
        assertThat(issued.status()).isEqualTo(201);
        JsonNode body = issued.json();
        String secret = body.path("token").asString();
        String id = body.path("id").asString();
        assertThat(secret).startsWith("rtg_");
        assertThat(body.path("roles").get(0).asString()).isEqualTo("AGENT");
        // the default lifetime (90 days) applies when none is asked for
        Instant expires = Instant.parse(body.path("expiresAt").asString());
        assertThat(expires)
                .isBetween(
                        Instant.now().plus(Duration.ofDays(89)), Instant.now().plus(Duration.ofDays(91)));

        assertThat(get("/api/orders", secret).status()).isEqualTo(200);
        Res list = get("/api/tokens", t.admin());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(secret).doesNotContain("rtg_").doesNotContain("tokenHash");
        String hash = jdbc.sql("select token_hash from api_token where id = ?::uuid")
                .params(id)
                .query(String.class)
                .single();
        assertThat(list.body()).doesNotContain(hash);
        JsonNode ci = tokenView(list, id);
        assertThat(ci.path("name").asString()).isEqualTo("ci");
        assertThat(ci.path("createdBy").asString()).isEqualTo("token:admin");
        assertThat(ci.path("lastUsedAt").isNull()).as("last use recorded").isFalse();
        assertThat(ci.path("revokedAt").isNull()).isTrue();
        assertThat(ci.has("createdAt") && ci.has("expiresAt") && ci.has("customerEmail"))
                .isTrue();

        Res noReason = post("/api/tokens/" + id + "/revoke", t.admin(), Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(get("/api/orders", secret).status()).isEqualTo(200);

        Res revoked = post("/api/tokens/" + id + "/revoke", t.admin(), Map.of("reason", "laptop stolen"));
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().path("revokedAt").isNull()).isFalse();
        Res refused = get("/api/orders", secret);
        assertThat(refused.status()).as("the call right after the revoke").isEqualTo(401);
        assertThat(refused.problemCode()).isEqualTo("invalid-token");
        assertThat(post("/api/tokens/" + id + "/revoke", t.admin(), Map.of("reason", "again"))
                        .problemCode())
                .isEqualTo("token-already-revoked");
        assertThat(tokenView(get("/api/tokens", t.admin()), id)
                        .path("revokedAt")
                        .isNull())
                .isFalse();

        assertThat(audit(t))
                .anySatisfy(a -> assertRow(a, "TOKEN_ISSUED", "token:admin", "token ci " + id, null))
                .anySatisfy(a -> assertRow(a, "TOKEN_REVOKED", "token:admin", "token ci " + id, "laptop stolen"));
    }

    @Test
    void tokensExpireWithinTheLifetimeAskedAndNoLaterThanTheMaximum() {
        Tenant t = newTenant();
        Res week =
                post("/api/tokens", t.admin(), Map.of("name", "week", "roles", List.of("AGENT"), "expiresInDays", 7));
        assertThat(week.status()).isEqualTo(201);
        assertThat(Instant.parse(week.json().path("expiresAt").asString()))
                .isBetween(Instant.now().plus(Duration.ofDays(6)), Instant.now().plus(Duration.ofDays(8)));

        Res tooLong =
                post("/api/tokens", t.admin(), Map.of("name", "long", "roles", List.of("AGENT"), "expiresInDays", 366));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(tooLong.problemCode()).isEqualTo("token-expiry-out-of-range");
        assertThat(count("select count(*) from api_token where client_id = ? and name = 'long'", t.id().value()))
                .isZero();

        // a token past its expiry, never used before (so no instance remembers it), is refused
        String secret = week.json().path("token").asString();
        jdbc.sql("update api_token set expires_at = now() - interval '1 second' where id = ?::uuid")
                .params(week.json().path("id").asString())
                .update();
        Res expired = get("/api/orders", secret);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.problemCode()).isEqualTo("invalid-token");
    }

    @Test
    void customerTokensKeepTheirShopperBinding() {
        Tenant t = newTenant();
        Res unbound = post("/api/tokens", t.admin(), Map.of("name", "shop", "roles", List.of("CUSTOMER")));
        assertThat(unbound.problemCode()).isEqualTo("customer-email-required");
        Res bound = post(
                "/api/tokens",
                t.admin(),
                Map.of("name", "shop", "roles", List.of("CUSTOMER"), "customerEmail", "Kim@Example.com"));
        assertThat(bound.status()).isEqualTo(201);
        assertThat(bound.json().path("customerEmail").asString()).isEqualTo("kim@example.com");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // users

    @Test
    void aDisabledUserCannotSignInUntilEnabledAndAnAdminCannotLockThemselvesOut() {
        Tenant t = newTenant();
        String agent = basic(t.code() + "-agent", "secret-agent");
        assertThat(getAs("/api/returns", agent).status()).isEqualTo(200);

        assertThat(post("/api/users/" + t.code() + "-agent/disable", t.admin(), Map.of())
                        .status())
                .as("a reason is required")
                .isEqualTo(400);
        Res disabled =
                post("/api/users/" + t.code() + "-agent/disable", t.admin(), Map.of("reason", "left the company"));
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().path("enabled").asBoolean()).isFalse();
        assertThat(getAs("/api/returns", agent).status()).isEqualTo(401);
        JsonNode listed = userView(get("/api/users", t.admin()), t.code() + "-agent");
        assertThat(listed.path("enabled").asBoolean()).isFalse();
        assertThat(listed.path("roles").get(0).asString()).isEqualTo("AGENT");
        assertThat(listed.path("displayName").asString()).isEqualTo("Agent");

        Res enabled = post("/api/users/" + t.code() + "-agent/enable", t.admin(), Map.of("reason", "came back"));
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.json().path("enabled").asBoolean()).isTrue();
        assertThat(getAs("/api/returns", agent).status()).isEqualTo(200);

        String boss = t.code() + "-boss";
        access.createUser(t.id(), boss, "boss-password-1", "Boss", EnumSet.of(Role.ADMIN));
        String bossAuth = basic(boss, "boss-password-1");
        Res self = postAs("/api/users/" + boss + "/disable", bossAuth, Map.of("reason", "oops"));
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.problemCode()).isEqualTo("self-lockout");
        Res demote =
                putAs("/api/users/" + boss + "/roles", bossAuth, Map.of("roles", List.of("MANAGER"), "reason", "oops"));
        assertThat(demote.status()).isEqualTo(422);
        assertThat(demote.problemCode()).isEqualTo("self-lockout");
        assertThat(getAs("/api/users", bossAuth).status()).isEqualTo(200);

        assertThat(audit(t))
                .anySatisfy(a ->
                        assertRow(a, "USER_DISABLED", "token:admin", "user " + t.code() + "-agent", "left the company"))
                .anySatisfy(
                        a -> assertRow(a, "USER_ENABLED", "token:admin", "user " + t.code() + "-agent", "came back"));
    }

    @Test
    void aRoleChangeTakesEffectAtTheNextCallAndCustomerStaysRefused() {
        Tenant t = newTenant();
        String agent = basic(t.code() + "-agent", "secret-agent");
        assertThat(getAs("/api/users", agent).status()).isEqualTo(403);

        String path = "/api/users/" + t.code() + "-agent/roles";
        Res customer = send(put(path, Map.of("roles", List.of("CUSTOMER"), "reason", "try")), t.admin());
        assertThat(customer.status()).isEqualTo(400);
        assertThat(customer.problemCode()).isEqualTo("customer-user-not-allowed");

        Res promoted = send(put(path, Map.of("roles", List.of("AGENT", "ADMIN"), "reason", "team lead")), t.admin());
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().path("roles").toString()).contains("ADMIN").contains("AGENT");
        assertThat(getAs("/api/users", agent).status()).isEqualTo(200);

        assertThat(audit(t)).anySatisfy(a -> {
            assertThat(a.path("action").asString()).isEqualTo("USER_ROLES_CHANGED");
            assertThat(a.path("actor").asString()).isEqualTo("token:admin");
            assertThat(a.path("reason").asString())
                    .startsWith("team lead")
                    .contains("[AGENT]")
                    .contains("[ADMIN, AGENT]");
        });
    }

    @Test
    void aUserChangesTheirOwnPasswordAndATokenHasNoneToChange() {
        Tenant t = newTenant();
        String user = t.code() + "-warehouse";
        String old = basic(user, "secret-warehouse");

        Res wrong = postAs(
                "/api/account/password",
                old,
                Map.of("currentPassword", "not-it", "newPassword", "a-new-long-password"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.problemCode()).isEqualTo("wrong-current-password");
        Res shortOne = postAs(
                "/api/account/password", old, Map.of("currentPassword", "secret-warehouse", "newPassword", "short"));
        assertThat(shortOne.status()).isEqualTo(400);

        Res changed = postAs(
                "/api/account/password",
                old,
                Map.of("currentPassword", "secret-warehouse", "newPassword", "a-new-long-password"));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(getAs("/api/returns", old).status()).isEqualTo(401);
        assertThat(getAs("/api/returns", basic(user, "a-new-long-password")).status())
                .isEqualTo(200);

        for (Role role : Role.values()) {
            Res token = post(
                    "/api/account/password",
                    t.token(role),
                    Map.of("currentPassword", "whatever-it-is", "newPassword", "a-new-long-password"));
            assertThat(token.status()).as(role.name()).isEqualTo(403);
        }
        assertThat(audit(t)).anySatisfy(a -> assertRow(a, "PASSWORD_CHANGED", user, "user " + user, null));
    }

    @Test
    void aResetLinkSetsThePasswordOnceAndNotAfterItExpires() {
        Tenant t = newTenant();
        String user = t.code() + "-agent";
        Res issued = post("/api/users/" + user + "/password-reset", t.admin(), Map.of("reason", "forgot it"));
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.header("Cache-Control")).contains("no-store");
        String link = issued.json().path("link").asString();
        // the host comes from configuration, not from the request (which went to 127.0.0.1)
        assertThat(link).startsWith(RESET_PREFIX);
        assertThat(Instant.parse(issued.json().path("expiresAt").asString()))
                .isBetween(
                        Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
        String path = link.substring("http://localhost:8080".length());
        String secret = link.substring(RESET_PREFIX.length());
        assertThat(count("select count(*) from password_reset where secret_hash = ?", secret))
                .as("the secret is not kept")
                .isZero();
        assertThat(count(
                        "select count(*) from password_reset where secret_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')",
                        secret))
                .as("its hash is")
                .isEqualTo(1);

        Browser browser = new Browser();
        HttpResponse<String> form = browser.get(path);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"reset-form\"");
        HttpResponse<String> mismatch =
                browser.post(path, Map.of("newPassword", "reset-password-1", "confirmPassword", "reset-password-2"));
        assertThat(mismatch.body()).contains("differ");
        assertThat(getAs("/api/returns", basic(user, "secret-agent")).status()).isEqualTo(200);

        HttpResponse<String> done =
                browser.post(path, Map.of("newPassword", "reset-password-1", "confirmPassword", "reset-password-1"));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("id=\"reset-done\"");
        assertThat(getAs("/api/returns", basic(user, "secret-agent")).status()).isEqualTo(401);
        assertThat(getAs("/api/returns", basic(user, "reset-password-1")).status())
                .isEqualTo(200);

        // single use: the same link again says so and changes nothing
        HttpResponse<String> again = browser.get(path);
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("used already").doesNotContain("id=\"reset-form\"");
        HttpResponse<String> reuse =
                browser.post(path, Map.of("newPassword", "reset-password-9", "confirmPassword", "reset-password-9"));
        assertThat(reuse.statusCode()).isEqualTo(410);
        assertThat(getAs("/api/returns", basic(user, "reset-password-1")).status())
                .isEqualTo(200);

        // an expired link
        String second = post("/api/users/" + user + "/password-reset", t.admin(), Map.of("reason", "again"))
                .json()
                .path("link")
                .asString()
                .substring("http://localhost:8080".length());
        jdbc.sql("update password_reset set expires_at = now() - interval '1 second' where user_id = "
                        + "(select id from app_user where username = ?) and used_at is null")
                .params(user)
                .update();
        HttpResponse<String> expired = browser.get(second);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("expired").doesNotContain("id=\"reset-form\"");
        assertThat(browser.get("/account/reset/not-a-link").statusCode()).isEqualTo(404);

        // a newer link replaces an open one
        String third = resetPath(t, user);
        String fourth = resetPath(t, user);
        assertThat(browser.get(third).statusCode()).isEqualTo(410);
        assertThat(browser.get(fourth).statusCode()).isEqualTo(200);

        assertThat(audit(t))
                .anySatisfy(a -> assertRow(a, "PASSWORD_RESET_ISSUED", "token:admin", "user " + user, "forgot it"))
                .anySatisfy(a -> assertRow(a, "PASSWORD_RESET_USED", user, "user " + user, null));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // console sessions

    @Test
    void aConsoleSessionEndsWhenItsUserIsDisabled() {
        Tenant t = newTenant();
        Browser browser = new Browser();
        browser.signIn(t.code() + "-agent", "secret-agent");
        HttpResponse<String> console = browser.get("/console");
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body()).as("the access link is for administrators").doesNotContain("/console/access\"");
        assertThat(browser.get("/console/account").body()).contains(t.code() + "-agent");
        assertThat(browser.get("/console/access").statusCode())
                .as("administrators only")
                .isEqualTo(403);

        post("/api/users/" + t.code() + "-agent/disable", t.admin(), Map.of("reason", "suspended"));
        HttpResponse<String> next = browser.get("/console");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).contains("/login");
        assertThat(browser.get("/console").statusCode())
                .as("the session is gone")
                .isEqualTo(302);
    }

    @Test
    void anAdministratorManagesAccessFromTheConsole() {
        Tenant t = newTenant();
        String boss = t.code() + "-boss";
        access.createUser(t.id(), boss, "boss-password-1", "Boss", EnumSet.of(Role.ADMIN));
        Browser browser = new Browser();
        browser.signIn(boss, "boss-password-1");
        HttpResponse<String> page = browser.get("/console/access");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(t.code() + "-agent")
                .contains("Issue a token")
                .contains("/console/access\"");

        HttpResponse<String> issued = browser.post(
                "/console/access/tokens", Map.of("name", "from-console", "roles", "AGENT", "expiresInDays", "30"));
        assertThat(issued.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("id=\"issued-secret\">(rtg_[^<]+)<").matcher(issued.body());
        assertThat(m.find()).isTrue();
        String secret = m.group(1);
        assertThat(get("/api/orders", secret).status()).isEqualTo(200);
        String id = jdbc.sql("select id::text from api_token where client_id = ? and name = 'from-console'")
                .params(t.id().value())
                .query(String.class)
                .single();

        HttpResponse<String> revoked =
                browser.post("/console/access/tokens/" + id + "/revoke", Map.of("reason", "done with it"));
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(get("/api/orders", secret).status()).isEqualTo(401);

        browser.post("/console/access/users/" + t.code() + "-agent/disable", Map.of("reason", "on leave"));
        assertThat(getAs("/api/returns", basic(t.code() + "-agent", "secret-agent"))
                        .status())
                .isEqualTo(401);
        assertThat(browser.get("/console/access").body()).contains("on leave").contains("done with it");

        HttpResponse<String> reset = browser.post(
                "/console/access/users/" + t.code() + "-warehouse/password-reset", Map.of("reason", "locked out"));
        assertThat(reset.body()).contains(RESET_PREFIX);

        // own password from the console: this session goes on, the old password stops working
        HttpResponse<String> own = browser.post(
                "/console/account/password",
                Map.of(
                        "currentPassword",
                        "boss-password-1",
                        "newPassword",
                        "boss-password-2",
                        "confirmPassword",
                        "boss-password-2"));
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(browser.get("/console/account").body()).contains("Your password is changed");
        assertThat(browser.get("/console/access").statusCode()).isEqualTo(200);
        assertThat(getAs("/api/users", basic(boss, "boss-password-1")).status()).isEqualTo(401);
        assertThat(getAs("/api/users", basic(boss, "boss-password-2")).status()).isEqualTo(200);

        assertThat(audit(t))
                .anySatisfy(a -> assertRow(a, "TOKEN_REVOKED", boss, "token from-console " + id, "done with it"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // who may

    @Test
    void onlyAnAdministratorOfTheSameClientManagesAccess() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        String aToken = post("/api/tokens", a.admin(), Map.of("name", "a-ci", "roles", List.of("AGENT")))
                .json()
                .path("id")
                .asString();
        String aUser = a.code() + "-agent";

        for (Role role : Role.values()) {
            if (role == Role.ADMIN) {
                continue;
            }
            for (Res r : adminCalls(a.token(role), aToken, aUser)) {
                assertThat(r.status()).as(role + " " + r.raw().request().uri()).isEqualTo(403);
                assertThat(r.problemCode()).isEqualTo("forbidden");
            }
        }

        // another client's administrator: every record of A is unknown
        List<Res> cross = new ArrayList<>();
        cross.add(post("/api/tokens/" + aToken + "/revoke", b.admin(), Map.of("reason", "x")));
        cross.add(post("/api/tokens/" + UUID.randomUUID() + "/revoke", b.admin(), Map.of("reason", "x")));
        cross.add(post("/api/users/" + aUser + "/disable", b.admin(), Map.of("reason", "x")));
        cross.add(post("/api/users/" + aUser + "/enable", b.admin(), Map.of("reason", "x")));
        cross.add(send(
                put("/api/users/" + aUser + "/roles", Map.of("roles", List.of("ADMIN"), "reason", "x")), b.admin()));
        cross.add(post("/api/users/" + aUser + "/password-reset", b.admin(), Map.of("reason", "x")));
        for (Res r : cross) {
            assertThat(r.status()).as(r.raw().request().uri().toString()).isEqualTo(404);
        }
        assertThat(cross.get(2).bodyWithoutRequestId())
                .isEqualTo(post("/api/users/no-such-user/disable", b.admin(), Map.of("reason", "x"))
                        .bodyWithoutRequestId()
                        .replace("no-such-user", aUser));
        assertThat(get("/api/tokens", b.admin()).body()).doesNotContain(aToken).doesNotContain("a-ci");
        assertThat(get("/api/users", b.admin()).body()).doesNotContain(a.code());
        assertThat(get("/api/access-audit", b.admin()).body())
                .doesNotContain(a.code())
                .doesNotContain(aToken);
        // nothing of A changed
        assertThat(getAs("/api/returns", basic(aUser, "secret-agent")).status()).isEqualTo(200);
        assertThat(tokenView(get("/api/tokens", a.admin()), aToken)
                        .path("revokedAt")
                        .isNull())
                .isTrue();
    }

    private List<Res> adminCalls(String token, String tokenId, String username) {
        return List.of(
                get("/api/tokens", token),
                post("/api/tokens", token, Map.of("name", "x", "roles", List.of("AGENT"))),
                post("/api/tokens/" + tokenId + "/revoke", token, Map.of("reason", "x")),
                get("/api/users", token),
                post(
                        "/api/users",
                        token,
                        Map.of(
                                "username",
                                "u" + UUID.randomUUID().toString().substring(0, 8),
                                "password",
                                "a-long-password",
                                "displayName",
                                "U",
                                "roles",
                                List.of("AGENT"))),
                post("/api/users/" + username + "/disable", token, Map.of("reason", "x")),
                post("/api/users/" + username + "/enable", token, Map.of("reason", "x")),
                send(put("/api/users/" + username + "/roles", Map.of("roles", List.of("ADMIN"), "reason", "x")), token),
                post("/api/users/" + username + "/password-reset", token, Map.of("reason", "x")),
                get("/api/access-audit", token));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // helpers

    private String resetPath(Tenant t, String user) {
        return post("/api/users/" + user + "/password-reset", t.admin(), Map.of("reason", "replace"))
                .json()
                .path("link")
                .asString()
                .substring("http://localhost:8080".length());
    }

    private List<JsonNode> audit(Tenant t) {
        Res r = get("/api/access-audit?limit=100", t.admin());
        assertThat(r.status()).isEqualTo(200);
        List<JsonNode> rows = new ArrayList<>();
        r.json().forEach(rows::add);
        // newest first
        for (int i = 1; i < rows.size(); i++) {
            assertThat(Instant.parse(rows.get(i - 1).path("at").asString()))
                    .isAfterOrEqualTo(Instant.parse(rows.get(i).path("at").asString()));
        }
        return rows;
    }

    private static void assertRow(JsonNode row, String action, String actor, String subject, String reason) {
        assertThat(row.path("action").asString()).isEqualTo(action);
        assertThat(row.path("actor").asString()).isEqualTo(actor);
        assertThat(row.path("subject").asString()).isEqualTo(subject);
        if (reason == null) {
            assertThat(row.path("reason").isNull()).isTrue();
        } else {
            assertThat(row.path("reason").asString()).isEqualTo(reason);
        }
    }

    private static JsonNode tokenView(Res list, String id) {
        for (JsonNode n : list.json()) {
            if (n.path("id").asString().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("token " + id + " not listed: " + list.body());
    }

    private static JsonNode userView(Res list, String username) {
        for (JsonNode n : list.json()) {
            if (n.path("username").asString().equals(username)) {
                return n;
            }
        }
        throw new AssertionError("user " + username + " not listed: " + list.body());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Res getAs(String path, String authorization) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Authorization", authorization)
                        .GET(),
                null);
    }

    private Res postAs(String path, String authorization, Object body) {
        return post(path, null, body, "Authorization", authorization);
    }

    private Res putAs(String path, String authorization, Object body) {
        return send(put(path, body).header("Authorization", authorization), null);
    }

    private HttpRequest.Builder put(String path, Object body) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    /** A browser: its own cookies, redirects not followed so that they can be read. */
    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        private String csrf;

        void signIn(String username, String password) {
            get("/login");
            HttpResponse<String> r = post("/login", Map.of("username", username, "password", password));
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/console");
        }

        HttpResponse<String> get(String path) {
            return remember(send(HttpRequest.newBuilder(uri(path)).GET()));
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            Map<String, String> all = new LinkedHashMap<>(form);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return remember(send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))));
        }

        private HttpResponse<String> remember(HttpResponse<String> r) {
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        }

        private HttpResponse<String> send(HttpRequest.Builder b) {
            try {
                return http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
