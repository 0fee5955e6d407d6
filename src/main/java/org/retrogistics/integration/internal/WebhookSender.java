package org.retrogistics.integration.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.retrogistics.integration.IntegrationSettings;
import org.retrogistics.shared.WebhookSignature;
import org.springframework.stereotype.Component;

/**
 * Sends one delivery: a POST of its body with the Standard Webhooks headers, signed at send time (the timestamp is
 * the attempt's), with both secrets during a rotation's grace. Short timeouts keep a slow receiver from holding a
 * sender; redirects are not followed, so a receiver cannot point a delivery somewhere its URL did not say.
 */
@Component
class WebhookSender {

    private final HttpClient http;
    private final Duration readTimeout;

    WebhookSender(IntegrationSettings settings) {
        IntegrationSettings.Webhooks s = settings.webhooks();
        this.http = HttpClient.newBuilder()
                .connectTimeout(s.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.readTimeout = s.readTimeout();
    }

    DeliveryQueue.Attempt send(DeliveryQueue.Claimed d) {
        Instant at = Instant.now();
        long timestamp = at.getEpochSecond();
        String signature = WebhookSignature.sign(d.secret(), d.messageId(), timestamp, d.payload());
        if (d.previousSecret() != null) {
            signature += " " + WebhookSignature.sign(d.previousSecret(), d.messageId(), timestamp, d.payload());
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(d.url()))
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Retrogistics-Webhooks/1")
                .header("webhook-id", d.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(d.payload()))
                .build();
        long start = System.nanoTime();
        int number = d.attempts() + 1;
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new DeliveryQueue.Attempt(number, at, response.statusCode(), null, millisSince(start));
        } catch (IOException e) {
            String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new DeliveryQueue.Attempt(number, at, null, error, millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryQueue.Attempt(number, at, null, "interrupted", millisSince(start));
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
