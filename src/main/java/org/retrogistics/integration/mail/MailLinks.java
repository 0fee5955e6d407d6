package org.retrogistics.integration.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The links an e-mail carries, signed with HMAC-SHA256 under {@code retrogistics.security.link-secret}, built from
 * {@code retrogistics.public-url} and never from a request. The unsubscribe link names the client and the e-mail it
 * came in (not the address), signed apart from the portal's links ("unsubscribe" leads the signed text), and does not
 * expire: a shopper may use it months later. The status link is the portal's own signed status link (the format of
 * the web layer's PortalLinks, which checks it). Without a configured secret no link can be signed that would still
 * work after a restart: the status link is then the portal's start page, and the unsubscribe link is signed with a
 * random key that lives as long as this instance.
 */
@Component
public class MailLinks {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;
    private final boolean configured;
    private final String publicUrl;
    private final Duration statusValidity;
    private final Clock clock;

    @Autowired
    MailLinks(
            @Value("${retrogistics.security.link-secret:}") String secret,
            @Value("${retrogistics.security.link-validity:90d}") Duration statusValidity,
            @Value("${retrogistics.public-url:http://localhost:8080}") String publicUrl) {
        this(secret, statusValidity, publicUrl, Clock.systemUTC());
    }

    MailLinks(String secret, Duration statusValidity, String publicUrl, Clock clock) {
        this.configured = secret != null && !secret.isBlank();
        byte[] bytes;
        if (configured) {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        }
        this.key = new SecretKeySpec(bytes, HMAC);
        this.statusValidity = statusValidity;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.clock = clock;
    }

    /** The signed unsubscribe link of one e-mail. */
    public String unsubscribeUrl(String clientCode, UUID mailId) {
        return publicUrl + "/portal/" + clientCode + "/unsubscribe?m=" + mailId + "&sig="
                + sign("unsubscribe", clientCode, mailId.toString());
    }

    /** Whether an unsubscribe link's signature is this application's for that client and e-mail. */
    public boolean validUnsubscribe(String clientCode, UUID mailId, String signature) {
        return signature != null
                && MessageDigest.isEqual(
                        sign("unsubscribe", clientCode, mailId.toString()).getBytes(StandardCharsets.US_ASCII),
                        signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** The return's status page in the portal (signed, expiring), or the portal's start page without a secret. */
    String statusUrl(String clientCode, String rmaNumber) {
        if (!configured) {
            return publicUrl + "/portal/" + clientCode;
        }
        long expires = clock.instant().plus(statusValidity).getEpochSecond();
        // the portal's format: client, RMA number and expiry joined by newlines (see web.pages.PortalLinks)
        return publicUrl + "/portal/" + clientCode + "/status?rma="
                + URLEncoder.encode(rmaNumber, StandardCharsets.UTF_8) + "&exp=" + expires + "&sig="
                + mac(clientCode + '\n' + rmaNumber + '\n' + expires);
    }

    private String sign(String purpose, String clientCode, String value) {
        return mac(purpose + '\n' + clientCode + '\n' + value);
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
