package org.retrogistics.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser for server-rendered pages: its own cookies, the CSRF token of the last page, redirects left to read. */
public final class FormBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Function<String, URI> uri;
    private String csrf;

    public FormBrowser(Function<String, URI> uri) {
        this.uri = uri;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri.apply(path)).GET());
    }

    /** Posts a form with the CSRF token of the last page read. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        Map<String, String> all = new LinkedHashMap<>(form);
        all.put("_csrf", csrf);
        String body = all.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri.apply(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in to the console; answers the redirect's target. */
    public String signIn(String username, String password) {
        get("/login");
        HttpResponse<String> r = post("/login", Map.of("username", username, "password", password));
        return r.headers().firstValue("Location").orElse("(no redirect: " + r.statusCode() + ")");
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r =
                    http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
