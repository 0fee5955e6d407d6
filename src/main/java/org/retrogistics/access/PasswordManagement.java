package org.retrogistics.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.retrogistics.access.internal.AppUserRepository;
import org.retrogistics.access.internal.PasswordResetRepository;
import org.retrogistics.shared.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords: a user changes their own (knowing the current one); an administrator gives a user a one-time link to set
 * a new one. A new password ends the user's other console sessions (it raises the user's version).
 */
@Service
@Transactional(readOnly = true)
public class PasswordManagement {

    private final AppUserRepository users;
    private final PasswordResetRepository resets;
    private final AccessManagement access;
    private final AccessAudit audit;
    private final PasswordEncoder encoder;
    private final AccessSettings settings;
    private final Clock clock;
    private final String publicUrl;

    PasswordManagement(
            AppUserRepository users,
            PasswordResetRepository resets,
            AccessManagement access,
            AccessAudit audit,
            PasswordEncoder encoder,
            AccessSettings settings,
            Optional<Clock> clock,
            @Value("${retrogistics.public-url:http://localhost:8080}") String publicUrl) {
        this.users = users;
        this.resets = resets;
        this.access = access;
        this.audit = audit;
        this.encoder = encoder;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
        // links are built from configuration, never from a request's Host header, which a caller chooses
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A reset link and when it stops working; the link holds the secret and is shown this once. */
    public record ResetLink(String link, Instant expiresAt) {}

    /**
     * Changes the signed-in user's own password. Answers the actor to continue the current session with (the change
     * ends every session begun before it).
     */
    @Transactional
    public Actor changeOwn(Actor actor, String currentPassword, String newPassword) {
        if (!actor.isUser()) {
            throw new NotAUser();
        }
        AppUser user = access.user(actor.clientId(), actor.name());
        if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
            throw new WrongPassword();
        }
        user.changePassword(encoder.encode(acceptable(newPassword)));
        endOpenLinks(user);
        AppUser saved = access.changed(actor, user, AccessAction.PASSWORD_CHANGED, null);
        Actor renewed = saved.toActor();
        renewed.eraseCredentials();
        return renewed;
    }

    /** Issues a one-time link for one of the actor's client's users; earlier open links of that user stop working. */
    @Transactional
    public ResetLink issueReset(Actor by, String username, String reason) {
        String why = AccessManagement.requireReason(reason);
        AppUser user = access.user(by.clientId(), username);
        endOpenLinks(user);
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

    /** What a link can do now; an unknown secret is empty. */
    public Optional<PasswordReset.State> resetState(String secret) {
        return find(secret).map(r -> r.state(clock.instant()));
    }

    /** Sets a new password through a link, which ends with it. Answers the user name, to sign in with. */
    @Transactional
    public String useReset(String secret, String newPassword) {
        PasswordReset reset = find(secret).orElseThrow(() -> new ResetLinkUnusable(null));
        Instant now = clock.instant();
        PasswordReset.State state = reset.state(now);
        if (state != PasswordReset.State.USABLE) {
            throw new ResetLinkUnusable(state);
        }
        String password = acceptable(newPassword);
        AppUser user = users.findById(reset.userId()).orElseThrow(() -> new ResetLinkUnusable(null));
        reset.end(now);
        user.changePassword(encoder.encode(password));
        endOpenLinks(user);
        access.changed(reset.clientId(), user.getUsername(), user, AccessAction.PASSWORD_RESET_USED, null);
        return user.getUsername();
    }

    private Optional<PasswordReset> find(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return resets.findBySecretHash(Secrets.sha256(secret));
    }

    private void endOpenLinks(AppUser user) {
        Instant now = clock.instant();
        resets.findByUserIdAndUsedAtIsNull(user.id()).forEach(r -> r.end(now));
    }

    private static String acceptable(String password) {
        if (password == null || password.length() < AccessManagement.MIN_PASSWORD_LENGTH || password.length() > 200) {
            throw new WeakPassword();
        }
        return password;
    }

    /** Only a signed-in user has a password; a token has none. */
    public static class NotAUser extends DomainException {
        NotAUser() {
            super(Kind.REJECTED, "not-a-user", "Only a signed-in user has a password to change");
        }
    }

    /** The current password given does not match. */
    public static class WrongPassword extends DomainException {
        WrongPassword() {
            super(Kind.REJECTED, "wrong-current-password", "The current password is not correct");
        }
    }

    /** A new password that is too short or too long. */
    public static class WeakPassword extends DomainException {
        WeakPassword() {
            super(
                    Kind.INVALID,
                    "password-too-short",
                    "A password has at least " + AccessManagement.MIN_PASSWORD_LENGTH + " and at most 200 characters");
        }
    }

    /** A reset link that is unknown, used (or replaced) or expired. */
    public static class ResetLinkUnusable extends DomainException {
        ResetLinkUnusable(PasswordReset.State state) {
            super(
                    Kind.REJECTED,
                    "reset-link-unusable",
                    state == PasswordReset.State.USED
                            ? "This link has been used already, or a newer one replaced it"
                            : state == PasswordReset.State.EXPIRED
                                    ? "This link has expired; ask your administrator for a new one"
                                    : "This link is not valid");
        }
    }
}
