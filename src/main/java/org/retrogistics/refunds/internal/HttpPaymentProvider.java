package org.retrogistics.refunds.internal;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.retrogistics.refunds.PaymentProvider;
import org.retrogistics.refunds.RefundsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The adapter for a payment provider's HTTP API: {@code POST {base-url}/payouts} with a bearer API key and an
 * {@code Idempotency-Key} header that stays the same on every attempt for one movement, so a retry after a timeout
 * cannot pay twice. A 2xx answer with an {@code id} is done; anything else is a failure with the reason.
 */
public class HttpPaymentProvider implements PaymentProvider {

    private static final Logger log = LoggerFactory.getLogger(HttpPaymentProvider.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;

    public HttpPaymentProvider(RefundsSettings.Provider settings) {
        if (settings.baseUrl() == null || settings.baseUrl().isBlank()) {
            throw new IllegalStateException("retrogistics.refunds.provider.base-url is needed for the http provider");
        }
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(settings.timeout()).build());
        factory.setReadTimeout(settings.timeout());
        RestClient.Builder builder =
                RestClient.builder().baseUrl(settings.baseUrl()).requestFactory(factory);
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            builder.defaultHeader("Authorization", "Bearer " + settings.apiKey());
        }
        this.http = builder.build();
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public PayoutResult pay(Payout p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", p.movementId().toString());
        body.put("direction", p.kind().direction().name());
        body.put("kind", p.kind().name());
        body.put("amount", p.amount().amount().toPlainString());
        body.put("currency", p.amount().currency().getCurrencyCode());
        body.put("customer", p.customerEmail());
        body.put("rma", p.rmaNumber());
        try {
            String answer = http.post()
                    .uri("/payouts")
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .header("Idempotency-Key", p.idempotencyKey())
                    .body(JSON.writeValueAsString(body))
                    .retrieve()
                    .body(String.class);
            JsonNode json = JSON.readTree(answer == null ? "{}" : answer);
            String id = json.path("id").asString("");
            if (id.isBlank()) {
                return PayoutResult.failed("provider answered without a payout id");
            }
            return PayoutResult.done(id);
        } catch (RestClientResponseException e) {
            String text = e.getResponseBodyAsString();
            return PayoutResult.failed("provider answered " + e.getStatusCode().value()
                    + (text.isBlank() ? "" : ": " + text.substring(0, Math.min(200, text.length()))));
        } catch (RestClientException | tools.jackson.core.JacksonException e) {
            log.warn("Payment provider not reached for {}: {}", p.idempotencyKey(), e.getMessage());
            return PayoutResult.failed(
                    e instanceof RestClientException ? "provider not reached" : "provider answer not readable");
        }
    }
}
