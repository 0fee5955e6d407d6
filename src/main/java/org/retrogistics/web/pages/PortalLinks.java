package org.retrogistics.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed, expiring links to a return's status page, for the messages a shopper receives: they name the client, the RMA
 * number and an expiry, signed with HMAC-SHA256 under {@code retrogistics.security.link-secret}, and carry no e-mail.
 * Without a configured secret a random one is made at start, and links die with the instance.
 */
@Component
public class PortalLinks {

    private static final Logger LOG = LoggerFactory.getLogger(PortalLinks.class);
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final Duration validity;
    private final Clock clock;

    @Autowired
    PortalLinks(
            @Value("${retrogistics.security.link-secret:}") String secret,
            @Value("${retrogistics.security.link-validity:90d}") Duration validity) {
        this(secret, validity, Clock.systemUTC());
    }

    PortalLinks(String secret, Duration validity, Clock clock) {
        byte[] bytes;
        if (secret == null || secret.isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            LOG.warn("retrogistics.security.link-secret is not set: a random one is used, so the return status links"
                    + " sent to shoppers stop working at restart and on other instances");
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, HMAC);
        this.validity = validity;
        this.clock = clock;
    }

    /** The path of a return's status page, signed and valid for the configured time from now. */
    public String statusPath(String clientCode, String rmaNumber) {
        long expires = clock.instant().plus(validity).getEpochSecond();
        return "/portal/" + clientCode + "/status?rma=" + URLEncoder.encode(rmaNumber, StandardCharsets.UTF_8) + "&exp="
                + expires + "&sig=" + sign(clientCode, rmaNumber, expires);
    }

    /** Whether a link's signature is this application's for these values and the link has not expired. */
    boolean valid(String clientCode, String rmaNumber, long expires, String signature) {
        if (signature == null || expires < clock.instant().getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(
                sign(clientCode, rmaNumber, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String clientCode, String rmaNumber, long expires) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            // a separator that neither a client code nor an RMA number holds: no two triples sign the same text
            byte[] digest =
                    mac.doFinal((clientCode + '\n' + rmaNumber + '\n' + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
