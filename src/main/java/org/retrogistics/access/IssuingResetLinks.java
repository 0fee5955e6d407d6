package org.retrogistics.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.retrogistics.access.internal.PasswordResetRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator gives one of their client's users a one-time link to set a new password. */
@Service
@Transactional(readOnly = true)
public class IssuingResetLinks {

    private final PasswordResetRepository resets;
    private final AccessManagement access;
    private final AccessAudit audit;
    private final AccessSettings settings;
    private final Clock clock;
    private final String publicUrl;

    IssuingResetLinks(
            PasswordResetRepository resets,
            AccessManagement access,
            AccessAudit audit,
            AccessSettings settings,
            Optional<Clock> clock,
            @Value("${retrogistics.public-url:http://localhost:8080}") String publicUrl) {
        this.resets = resets;
        this.access = access;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
        // links are built from configuration, never from a request's Host header, which a caller chooses
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A reset link and when it stops working; the link holds the secret and is shown this once. */
    public record ResetLink(String link, Instant expiresAt) {}

    /** Issues a one-time link for one of the actor's client's users; earlier open links of that user stop working. */
    @Transactional
    public ResetLink issueReset(Actor by, String username, String reason) {
        String why = AccessManagement.requireReason(reason);
        AppUser user = access.user(by.clientId(), username);
        endOpenLinks(resets, user, clock.instant());
        String secret = Secrets.random();
        Instant now = clock.instant();
        PasswordReset reset = resets.save(new PasswordReset(
                by.clientId(),
                user.id(),
                Secrets.sha256(secret),
                by.name(),
                now,
                now.plus(settings.resetLinkExpiry())));
        audit.record(by.clientId(), by.name(), AccessAction.PASSWORD_RESET_ISSUED, "user " + username, why);
        return new ResetLink(publicUrl + "/account/reset/" + secret, reset.expiresAt());
    }

    /** The user's links not used yet stop working: a new link or a new password replaces them. */
    static void endOpenLinks(PasswordResetRepository resets, AppUser user, Instant now) {
        resets.findByUserIdAndUsedAtIsNull(user.id()).forEach(r -> r.end(now));
    }
}
