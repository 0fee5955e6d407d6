package org.retrogistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;

/**
 * The headers every answer carries (pages, the portal, the API, its errors and Swagger UI), HSTS and the Secure
 * cookie only when the request is secure (here: forwarded as https by a proxy on a trusted address), and redirects
 * that never name the host a request claims.
 */
class SecurityHeadersIT extends ApiTestSupport {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Test
    void aConsolePageHasAStrictPolicyAndTheOtherHeaders() {
        Tenant t = newTenant();
        String session = signIn(t.code() + "-warehouse", "secret-warehouse");
        Res page = send(HttpRequest.newBuilder(uri("/console/receiving")).header("Cookie", session), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertPagePolicy(page);
        assertCommonHeaders(page);
        assertThat(page.header("Strict-Transport-Security")).isNull();
        // htmx is told not to evaluate code nor to inject its own inline style
        assertThat(page.body()).contains("\"allowEval\": false").contains("\"includeIndicatorStyles\": false");
        assertThat(page.body()).doesNotContain("hx-on").doesNotContain(" style=\"");
    }

    @Test
    void aPortalPageHasTheSameHeaders() {
        Tenant t = newTenant();
        Res page = get("/portal/" + t.code(), null);
        assertThat(page.status()).isEqualTo(200);
        assertPagePolicy(page);
        assertCommonHeaders(page);
    }

    @Test
    void apiAnswersAndApiErrorsLoadNothingAndAreNeverFramed() {
        Tenant t = newTenant();
        for (Res answer : List.of(
                get("/api/client", t.admin()), get("/api/returns", null), get("/api/no-such-thing", t.admin()))) {
            assertThat(answer.status()).isIn(200, 401, 404);
            String csp = answer.header("Content-Security-Policy");
            assertThat(csp).as("CSP of a %s", answer.status()).contains("default-src 'none'", "frame-ancestors 'none'");
            assertCommonHeaders(answer);
        }
    }

    @Test
    void swaggerUiAloneMayUseInlineStyleButStillNoInlineScript() {
        Res ui = get("/swagger-ui/index.html", null);
        assertThat(ui.status()).isEqualTo(200);
        String csp = ui.header("Content-Security-Policy");
        assertThat(directive(csp, "script-src")).isEqualTo("script-src 'self'");
        assertThat(directive(csp, "style-src")).isEqualTo("style-src 'self' 'unsafe-inline'");
        assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'");
        assertCommonHeaders(ui);
    }

    @Test
    void hstsOnlyWhenAProxyForwardsHttps() {
        Res plain = get("/login", null);
        assertThat(plain.header("Strict-Transport-Security")).isNull();

        Res forwarded = send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https"), null);
        assertThat(forwarded.status()).isEqualTo(200);
        String hsts = forwarded.header("Strict-Transport-Security");
        assertThat(hsts).isNotNull();
        assertThat(hsts.replace(" ", "")).isEqualTo("max-age=31536000;includeSubDomains");
        // the API too
        Res api = send(HttpRequest.newBuilder(uri("/api/returns")).header("X-Forwarded-Proto", "https"), null);
        assertThat(api.header("Strict-Transport-Security")).startsWith("max-age=31536000");
    }

    @Test
    void theSessionCookieIsLaxHttpOnlyAndSecureExactlyWhenTheRequestIs() {
        String plain = sessionCookie(get("/login", null));
        assertThat(attributes(plain)).contains("samesite=lax", "httponly").doesNotContain("secure");

        String forwarded =
                sessionCookie(send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https"), null));
        assertThat(attributes(forwarded)).contains("samesite=lax", "httponly", "secure");
    }

    @Test
    void redirectsDoNotNameTheHostARequestClaims() {
        for (String forged : List.of("Host: evil.example", "X-Forwarded-Host: evil.example")) {
            List<String> head = rawGet("/console", forged);
            assertThat(head.get(0)).contains(" 302");
            String location = header(head, "Location");
            assertThat(location).as(forged).isEqualTo("/login");
        }
        // after signing in too
        Tenant t = newTenant();
        Res login = postLogin(t.code() + "-agent", "secret-agent");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).isEqualTo("/console");
    }

    @Test
    void aSignedInManagerSeesTheSameHeadersOnEveryConsolePage() {
        Tenant t = newTenant();
        access.createUser(
                t.id(), t.code() + "-boss", "secret-boss", "Boss", EnumSet.of(Role.MANAGER, Role.ADMIN, Role.AGENT));
        String session = signIn(t.code() + "-boss", "secret-boss");
        for (String path :
                List.of("/console", "/console/returns", "/console/recycling/diversion", "/console/recalls")) {
            Res page = send(HttpRequest.newBuilder(uri(path)).header("Cookie", session), null);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertPagePolicy(page);
            assertThat(page.body()).as(path).doesNotContain(" style=\"").doesNotContain("hx-on");
        }
    }

    private static void assertPagePolicy(Res page) {
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).isNotNull();
        assertThat(directive(csp, "script-src")).isEqualTo("script-src 'self'");
        assertThat(directive(csp, "style-src")).isEqualTo("style-src 'self'");
        assertThat(directive(csp, "object-src")).isEqualTo("object-src 'none'");
        assertThat(directive(csp, "base-uri")).isEqualTo("base-uri 'self'");
        assertThat(directive(csp, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
        assertThat(directive(csp, "form-action")).isEqualTo("form-action 'self'");
        assertThat(directive(csp, "img-src")).isEqualTo("img-src 'self' data:");
        assertThat(csp).doesNotContain("unsafe");
    }

    private static void assertCommonHeaders(Res answer) {
        assertThat(answer.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(answer.header("Permissions-Policy"))
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    }

    private static String directive(String csp, String name) {
        return java.util.Arrays.stream(csp.split(";"))
                .map(String::strip)
                .filter(d -> d.startsWith(name + " "))
                .findFirst()
                .orElse(null);
    }

    private static String sessionCookie(Res answer) {
        return answer.raw().headers().allValues("Set-Cookie").stream()
                // Spring Session's cookie (sessions are kept in the database, ADR 0033)
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie in " + answer.raw().headers()));
    }

    private static List<String> attributes(String cookie) {
        List<String> attributes = new ArrayList<>();
        String[] parts = cookie.split(";");
        for (int i = 1; i < parts.length; i++) {
            attributes.add(parts[i].strip().toLowerCase(Locale.ROOT));
        }
        return attributes;
    }

    /** Signs in through the form, as a browser does; answers the session's Cookie header. */
    private String signIn(String user, String password) {
        Res login = postLogin(user, password);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).isEqualTo("/console");
        return sessionCookie(login).split(";")[0];
    }

    private Res postLogin(String user, String password) {
        Res form = get("/login", null);
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("CSRF field on the sign-in form").isTrue();
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Cookie", sessionCookie(form).split(";")[0])
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                null);
    }

    /** A GET over a plain socket, so that the Host header can be forged; answers the status line and the headers. */
    private List<String> rawGet(String path, String forgedHeader) {
        boolean forgesHost = forgedHeader.startsWith("Host:");
        String request = "GET " + path + " HTTP/1.1\r\n"
                + (forgesHost ? forgedHeader : "Host: 127.0.0.1:" + port + "\r\n" + forgedHeader) + "\r\n"
                + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            List<String> head = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.add(line);
            }
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(List<String> head, String name) {
        return head.stream()
                .filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(l -> l.substring(name.length() + 1).strip())
                .findFirst()
                .orElse(null);
    }
}
