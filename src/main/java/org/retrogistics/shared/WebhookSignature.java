package org.retrogistics.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures per the Standard Webhooks specification: {@code v1,} and the base64 HMAC-SHA256 of
 * {@code "<webhook-id>.<webhook-timestamp>.<body>"}, keyed with the decoded bytes of a {@code whsec_} secret. Receivers
 * verify with any Standard Webhooks (or Svix) library, or with {@link #verifies}. Shared: our outbound webhooks sign
 * with it (ADR 0027) and carriers may sign their tracking events with it (ADR 0029).
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new secret: {@code whsec_} and 32 random bytes in base64 (the specification asks for 24 to 64). */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The signature of one message, {@code v1,<base64>}. */
    public static String sign(String secret, String messageId, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] digest = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether one of the space-separated signatures of a {@code webhook-signature} header is the secret's. */
    public static boolean verifies(String secret, String messageId, long timestamp, String body, String header) {
        byte[] expected = sign(secret, messageId, timestamp, body).getBytes(StandardCharsets.UTF_8);
        for (String candidate : header.split(" ")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    /** A {@code whsec_} secret is base64 of the key; any other (a carrier's shared secret) is the key's UTF-8 bytes. */
    private static byte[] key(String secret) {
        return secret.startsWith(SECRET_PREFIX)
                ? Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()))
                : secret.getBytes(StandardCharsets.UTF_8);
    }
}
