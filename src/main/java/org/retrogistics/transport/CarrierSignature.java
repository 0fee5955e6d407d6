package org.retrogistics.transport;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.WebhookSignature;

/**
 * Named policy: a carrier event is accepted only when signed with the carrier's shared secret, and with a timestamp
 * within the tolerance of now — so a captured request cannot be replayed later. Two schemes: our own
 * {@code Carrier-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}, or Standard Webhooks
 * ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature: v1,<base64 HMAC-SHA256 of
 * "id.timestamp.body">}), which carriers' off-the-shelf webhook senders make. The comparison takes constant time.
 */
public final class CarrierSignature {

    private CarrierSignature() {}

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * The headers a carrier request may be signed with: {@code Carrier-Signature}, or the three Standard Webhooks
     * headers; when {@code webhook-signature} is present the Standard Webhooks scheme is checked.
     */
    public record Headers(String carrierSignature, String webhookId, String webhookTimestamp, String webhookSignature) {

        public static Headers carrier(String carrierSignature) {
            return new Headers(carrierSignature, null, null, null);
        }

        boolean standard() {
            return webhookSignature != null && !webhookSignature.isBlank();
        }
    }

    public static void verify(String secret, Headers headers, String body, Instant now, Duration tolerance) {
        if (!headers.standard()) {
            verify(secret, headers.carrierSignature(), body, now, tolerance);
            return;
        }
        noSecret(secret);
        if (headers.webhookId() == null || headers.webhookId().isBlank() || headers.webhookTimestamp() == null) {
            throw new BadSignature("a webhook-signature needs the webhook-id and webhook-timestamp headers");
        }
        long t;
        try {
            t = Long.parseLong(headers.webhookTimestamp().strip());
        } catch (NumberFormatException e) {
            throw new BadSignature("the webhook-timestamp is not a number");
        }
        recent(t, now, tolerance);
        if (!WebhookSignature.verifies(secret, headers.webhookId(), t, body, headers.webhookSignature())) {
            throw new BadSignature("the webhook-signature does not match the body");
        }
    }

    public static void verify(String secret, String header, String body, Instant now, Duration tolerance) {
        noSecret(secret);
        if (header == null || header.isBlank()) {
            throw new BadSignature("the request has no Carrier-Signature header");
        }
        Long t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                try {
                    t = Long.parseLong(kv[1]);
                } catch (NumberFormatException e) {
                    throw new BadSignature("the signature's timestamp is not a number");
                }
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (t == null || v1 == null) {
            throw new BadSignature("the Carrier-Signature header needs t=… and v1=…");
        }
        recent(t, now, tolerance);
        byte[] expected = sign(secret, t, body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.US_ASCII))) {
            throw new BadSignature("the signature does not match the body");
        }
    }

    private static void noSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new BadSignature("no secret is configured for this carrier");
        }
    }

    private static void recent(long t, Instant now, Duration tolerance) {
        if (Math.abs(now.getEpochSecond() - t) > tolerance.toSeconds()) {
            throw new BadSignature("the signature's timestamp is more than " + tolerance.toSeconds()
                    + " s from now: an old or replayed request");
        }
    }

    /** A carrier request whose signature cannot be trusted. */
    public static class BadSignature extends DomainException {
        BadSignature(String message) {
            super(Kind.UNAUTHENTICATED, "bad-signature", message);
        }
    }
}
