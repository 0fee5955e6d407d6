package org.retrogistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.ApiTestSupport;
import tools.jackson.databind.JsonNode;

/** Errors are said in plain words: no Java type, no exception, no framework sentence, in problem+json or on a page. */
class ErrorWordingIT extends ApiTestSupport {

    private static final Pattern JAVA_TYPE = Pattern.compile("\\b(?:[a-z_$][a-z0-9_$]*\\.){2,}[A-Z]\\w*");

    private static void plain(Res r) {
        assertThat(r.contentType()).as(r.body()).startsWith("application/problem+json");
        JsonNode json = r.json();
        String words = json.path("title").asString() + " | "
                + json.path("detail").asString() + " | " + json.path("errors").toString();
        assertThat(words)
                .as(r.body())
                .doesNotContain("java.", "Exception", "Cannot deserialize", "Failed to convert", "`", "jackson")
                .doesNotContainPattern(JAVA_TYPE);
        assertThat(json.path("detail").asString()).isNotBlank();
    }

    @Test
    void malformedJsonAndWrongValuesAreSaidInPlainWords() {
        Tenant t = newTenant();
        String token = t.token(Role.CUSTOMER);

        Res broken = post("/api/returns", token, "{\"lines\": [ {\"orderNumber\": ");
        assertThat(broken.status()).isEqualTo(400);
        plain(broken);
        assertThat(broken.json().path("detail").asString()).contains("not well-formed JSON");

        Res unknownField = post("/api/returns", token, Map.of("lines", List.of(Map.of("colour", "red"))));
        assertThat(unknownField.status()).isEqualTo(400);
        plain(unknownField);
        assertThat(unknownField.json().path("detail").asString()).contains("colour");

        Res wrongType = post(
                "/api/returns",
                token,
                "{\"lines\":[{\"orderNumber\":\"X\",\"lineNo\":\"one\",\"quantity\":1,\"reason\":\"DEFECTIVE\"}]}");
        assertThat(wrongType.status()).isEqualTo(400);
        plain(wrongType);
        assertThat(wrongType.json().path("detail").asString()).contains("lineNo", "whole number");

        Res badEnum = post(
                "/api/returns",
                token,
                "{\"lines\":[{\"orderNumber\":\"X\",\"lineNo\":1,\"quantity\":1,\"reason\":\"BORED\"}]}");
        assertThat(badEnum.status()).isEqualTo(400);
        plain(badEnum);
        assertThat(badEnum.json().path("detail").asString()).contains("BORED", "one of", "DEFECTIVE");
    }

    @Test
    void aUuidBodyFieldThatIsNoUuidIsSaidInPlainWords() {
        Tenant t = newTenant();
        // Jackson's own words would be: Cannot deserialize value of type `java.util.UUID` from String ...
        Res r = post("/api/work-orders", t.token(Role.MANAGER), Map.of("unitId", "not-a-uuid", "kind", "REPAIR"));
        assertThat(r.status()).isEqualTo(400);
        plain(r);
        assertThat(r.json().path("detail").asString()).contains("unitId", "identifier (UUID)");
    }

    @Test
    void aPathParameterThatIsNoUuidIsSaidInPlainWords() {
        Tenant t = newTenant();
        Res r = get("/api/returns/not-a-uuid", t.admin());
        assertThat(r.status()).isEqualTo(400);
        plain(r);
        assertThat(r.json().path("detail").asString()).contains("'id'", "not-a-uuid", "identifier (UUID)");
    }

    @Test
    void aConsolePageWithAnAddressThatIsNoUuidSaysSoWithoutJavaTypes() throws Exception {
        Tenant t = newTenant();
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(), BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + t.code() + "-agent&password=secret-agent&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/console"));

        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(uri("/console/returns/not-a-uuid"))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body())
                .contains("invalid value")
                .doesNotContain("java.", "Exception", "Failed to convert")
                .doesNotContainPattern(JAVA_TYPE);
    }
}
