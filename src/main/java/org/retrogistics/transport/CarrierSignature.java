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

/**
 * Named policy: a carrier event is accepted only with {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">} made
 * with the carrier's shared secret, and a timestamp within the tolerance of now — so a captured request cannot be
 * replayed later. The comparison takes constant time.
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

    public static void verify(String secret, String header, String body, Instant now, Duration tolerance) {
        if (secret == null || secret.isBlank()) {
            throw new BadSignature("no secret is configured for this carrier");
        }
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
        if (Math.abs(now.getEpochSecond() - t) > tolerance.toSeconds()) {
            throw new BadSignature("the signature's timestamp is more than " + tolerance.toSeconds()
                    + " s from now: an old or replayed request");
        }
        byte[] expected = sign(secret, t, body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.US_ASCII))) {
            throw new BadSignature("the signature does not match the body");
        }
    }

    /** A carrier request whose signature cannot be trusted. */
    public static class BadSignature extends DomainException {
        BadSignature(String message) {
            super(Kind.UNAUTHENTICATED, "bad-signature", message);
        }
    }
}
