package org.retrogistics.access.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.access.AccessAction;
import org.retrogistics.access.AccessAudit;
import org.retrogistics.access.AccessManagement;
import org.retrogistics.access.Actor;
import org.retrogistics.access.ApiToken;
import org.retrogistics.access.ApiTokenSnapshot;
import org.retrogistics.access.AppUser;
import org.retrogistics.access.IssuingResetLinks;
import org.retrogistics.access.Role;
import org.retrogistics.access.TokenManagement;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's administrators manage its users and API tokens and read the audit of those changes, always for their own
 * client: another client's user or token is answered as unknown (404).
 */
@RestController
@RequestMapping("/api")
@PreAuthorize("hasRole('ADMIN')")
class AccessApi {

    private final AccessManagement access;
    private final TokenManagement tokens;
    private final IssuingResetLinks passwords;
    private final AccessAudit audit;

    AccessApi(AccessManagement access, TokenManagement tokens, IssuingResetLinks passwords, AccessAudit audit) {
        this.access = access;
        this.tokens = tokens;
        this.passwords = passwords;
        this.audit = audit;
    }

    // ---- users

    record NewUser(
            @NotBlank @Size(max = 80) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
            @NotBlank @Size(min = 12, max = 200) String password,
            @NotBlank @Size(max = 200) String displayName,
            @NotEmpty Set<Role> roles) {}

    record UserView(String username, String displayName, List<String> roles, boolean enabled) {
        static UserView of(AppUser u) {
            return new UserView(
                    u.getUsername(),
                    u.getDisplayName(),
                    u.roleSet().stream().map(Enum::name).toList(),
                    u.isEnabled());
        }
    }

    /** Why a change is made; kept in the access audit. */
    record Reason(@NotBlank @Size(max = 500) String reason) {}

    record NewRoles(@NotEmpty Set<Role> roles, @NotBlank @Size(max = 500) String reason) {}

    @GetMapping("/users")
    List<UserView> users(@AuthenticationPrincipal Actor actor) {
        return access.users(actor.clientId()).stream().map(UserView::of).toList();
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<UserView> addUser(@AuthenticationPrincipal Actor actor, @Valid @RequestBody NewUser user) {
        AppUser created = access.createUser(actor, user.username(), user.password(), user.displayName(), user.roles());
        return ResponseEntity.status(201).body(UserView.of(created));
    }

    @PostMapping("/users/{username}/disable")
    UserView disable(
            @AuthenticationPrincipal Actor actor, @PathVariable String username, @Valid @RequestBody Reason body) {
        return UserView.of(access.disable(actor, username, body.reason()));
    }

    @PostMapping("/users/{username}/enable")
    UserView enable(
            @AuthenticationPrincipal Actor actor, @PathVariable String username, @Valid @RequestBody Reason body) {
        return UserView.of(access.enable(actor, username, body.reason()));
    }

    @PutMapping("/users/{username}/roles")
    UserView roles(
            @AuthenticationPrincipal Actor actor, @PathVariable String username, @Valid @RequestBody NewRoles body) {
        return UserView.of(access.changeRoles(actor, username, body.roles(), body.reason()));
    }

    /** The link holds a secret shown once: the answer is not stored anywhere (no-store). */
    @PostMapping("/users/{username}/password-reset")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<IssuingResetLinks.ResetLink> passwordReset(
            @AuthenticationPrincipal Actor actor, @PathVariable String username, @Valid @RequestBody Reason body) {
        return ResponseEntity.status(201)
                .cacheControl(CacheControl.noStore())
                .body(passwords.issueReset(actor, username, body.reason()));
    }

    // ---- tokens

    /**
     * {@code customerEmail}: the shopper a CUSTOMER token acts for (required for CUSTOMER, refused otherwise);
     * {@code expiresInDays}: the token's lifetime, the configured default when left out.
     */
    record NewToken(
            @NotBlank @Size(max = 80) String name,
            @NotEmpty Set<Role> roles,
            @Email @Size(max = 254) String customerEmail,
            @Min(1) @Max(36_500) Integer expiresInDays) {}

    /** The secret is in this answer only; the server keeps its hash. */
    record IssuedToken(
            UUID id, String name, List<String> roles, String customerEmail, Instant expiresAt, String token) {}

    /** A token as listed: never its secret or hash. */
    record TokenView(
            UUID id,
            String name,
            List<String> roles,
            String customerEmail,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt,
            String createdBy) {
        static TokenView of(ApiToken t) {
            return new TokenView(
                    t.getId(),
                    t.getName(),
                    t.roleSet().stream().map(Enum::name).toList(),
                    t.getCustomerEmail(),
                    t.getCreatedAt(),
                    t.getExpiresAt(),
                    t.getLastUsedAt(),
                    t.getRevokedAt(),
                    t.getCreatedBy());
        }
    }

    @GetMapping("/tokens")
    List<TokenView> tokens(@AuthenticationPrincipal Actor actor) {
        return tokens.list(actor.clientId()).stream().map(TokenView::of).toList();
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<IssuedToken> issue(@AuthenticationPrincipal Actor actor, @Valid @RequestBody NewToken token) {
        TokenManagement.IssuedToken issued = tokens.issue(
                actor.clientId(),
                actor.name(),
                token.name(),
                token.roles(),
                token.customerEmail(),
                token.expiresInDays() == null ? null : Duration.ofDays(token.expiresInDays()));
        ApiTokenSnapshot t = issued.snapshot();
        return ResponseEntity.status(201)
                .cacheControl(CacheControl.noStore())
                .body(new IssuedToken(
                        t.id(),
                        t.name(),
                        t.roles().stream().map(Enum::name).toList(),
                        t.customerEmail(),
                        t.expiresAt(),
                        issued.secret()));
    }

    @PostMapping("/tokens/{id}/revoke")
    TokenView revoke(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, @Valid @RequestBody Reason body) {
        return TokenView.of(tokens.revoke(actor, id, body.reason()));
    }

    // ---- audit

    record AuditView(Instant at, String actor, AccessAction action, String subject, String reason) {
        static AuditView of(AccessAudit.Entry e) {
            return new AuditView(e.at(), e.actor(), e.action(), e.subject(), e.reason());
        }
    }

    /** The client's changes to users and tokens, newest first. */
    @GetMapping("/access-audit")
    List<AuditView> audit(
            @AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return audit.recent(actor.clientId(), limit).stream().map(AuditView::of).toList();
    }
}
