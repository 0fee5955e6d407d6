package org.retrogistics.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.retrogistics.access.internal.AppUserRepository;
import org.retrogistics.access.internal.PasswordResetRepository;
import org.retrogistics.shared.DomainException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords: a user changes their own (knowing the current one), or sets a new one through the one-time link an
 * administrator gave them ({@link IssuingResetLinks}). A new password ends the user's other console sessions (it raises
 * the user's version).
 */
@Service
@Transactional(readOnly = true)
public class PasswordManagement {

    private final AppUserRepository users;
    private final PasswordResetRepository resets;
    private final AccessManagement access;
    private final PasswordEncoder encoder;
    private final Clock clock;

    PasswordManagement(
            AppUserRepository users,
            PasswordResetRepository resets,
            AccessManagement access,
            PasswordEncoder encoder,
            Optional<Clock> clock) {
        this.users = users;
        this.resets = resets;
        this.access = access;
        this.encoder = encoder;
        this.clock = clock.orElse(Clock.systemUTC());
    }

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
        IssuingResetLinks.endOpenLinks(resets, user, clock.instant());
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
