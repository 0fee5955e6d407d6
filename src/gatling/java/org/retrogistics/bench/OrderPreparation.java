package org.retrogistics.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk-loads fresh delivered orders with two returnable lines each through {@code POST /api/orders/bulk}, so that
 * every return the load test creates has order lines of its own (a line can only be returned up to its delivered
 * quantity).
 */
final class OrderPreparation {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BigDecimal REVIEW_THRESHOLD = new BigDecimal("1000");

    private final BenchSettings settings;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    OrderPreparation(BenchSettings settings) {
        this.settings = settings;
    }

    /** Two SKUs below the review threshold whose products a customer may return for any reason. */
    List<String> returnableSkus() {
        JsonNode page = JSON.readTree(send(get("/api/products?size=500")));
        List<String> skus = new ArrayList<>();
        for (JsonNode p : page.get("content")) {
            JsonNode value = p.path("unitValue").path("amount");
            // amounts travel as exact decimal strings ("48.99")
            boolean cheap = value.isMissingNode() || new BigDecimal(value.asString()).compareTo(REVIEW_THRESHOLD) < 0;
            if (p.path("returnable").asBoolean(false)
                    && !"digital".equals(p.path("category").asString())
                    && cheap) {
                skus.add(p.get("sku").asString());
            }
        }
        if (skus.size() < 2) {
            throw new IllegalStateException("The catalogue has fewer than two returnable products below 1000");
        }
        return skus;
    }

    /** Creates {@code settings.orders()} orders named {@code prefix-0 .. prefix-(n-1)}; returns the time it took. */
    Duration createOrders(String prefix, List<String> skus) {
        long started = System.nanoTime();
        Instant deliveredAt = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant orderedAt = deliveredAt.minus(3, ChronoUnit.DAYS);
        for (int from = 0; from < settings.orders(); from += settings.batchSize()) {
            int to = Math.min(settings.orders(), from + settings.batchSize());
            List<Map<String, Object>> drafts = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                drafts.add(Map.of(
                        "orderNumber", orderNumber(prefix, i),
                        "customerEmail", customerEmail(i),
                        "customerName", "Bench Customer " + i,
                        "orderedAt", orderedAt.toString(),
                        "deliveredAt", deliveredAt.toString(),
                        "currency", "USD",
                        "lines",
                                List.of(
                                        line(skus.get(i % skus.size()), "49.90"),
                                        line(skus.get((i + 1) % skus.size()), "129.00"))));
            }
            String body = JSON.writeValueAsString(Map.of("orders", drafts));
            send(HttpRequest.newBuilder(uri("/api/orders/bulk"))
                    .header("Authorization", "Bearer " + settings.token())
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    static String orderNumber(String prefix, int i) {
        return prefix + "-" + i;
    }

    static String customerEmail(int i) {
        return "bench" + i + "@example.com";
    }

    private static Map<String, Object> line(String sku, String price) {
        return Map.of("sku", sku, "quantity", 1, "unitPrice", new BigDecimal(price));
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + settings.token())
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
    }

    private URI uri(String path) {
        return URI.create(settings.baseUrl() + path);
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
