package org.retrogistics.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.retrogistics.access.AccessAudit;
import org.retrogistics.access.AccessManagement;
import org.retrogistics.access.Actor;
import org.retrogistics.access.ApiTokenSnapshot;
import org.retrogistics.access.IssuingResetLinks;
import org.retrogistics.access.PasswordManagement;
import org.retrogistics.access.PasswordReset;
import org.retrogistics.access.Role;
import org.retrogistics.access.TokenManagement;
import org.retrogistics.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounts in the console: administrators manage their client's users and tokens and read the audit
 * ({@code /console/access}); every signed-in user changes their own password ({@code /console/account}); a user sets a
 * new password through a one-time link ({@code /account/reset/{secret}}, open to anyone holding the link). Secrets (a
 * new token, a reset link) are shown in the answer to the form, never carried through the session.
 */
@Controller
class AccessPages {

    private static final String ADMIN = "hasRole('ADMIN')";
    private static final String ACCESS = "redirect:/console/access";

    private final AccessManagement access;
    private final TokenManagement tokens;
    private final PasswordManagement passwords;
    private final IssuingResetLinks resetLinks;
    private final AccessAudit audit;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccessPages(
            AccessManagement access,
            TokenManagement tokens,
            PasswordManagement passwords,
            IssuingResetLinks resetLinks,
            AccessAudit audit) {
        this.access = access;
        this.tokens = tokens;
        this.passwords = passwords;
        this.resetLinks = resetLinks;
        this.audit = audit;
    }

    /** For the console's navigation: whether the signed-in person administers their client. */
    public boolean signedInAdmin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Actor actor && actor.has(Role.ADMIN);
    }

    // ---- administrators

    @GetMapping("/console/access")
    @PreAuthorize(ADMIN)
    String overview(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("users", access.users(actor.clientId()));
        model.addAttribute("tokens", tokens.snapshots(actor.clientId()));
        model.addAttribute("audit", audit.recent(actor.clientId(), 50));
        model.addAttribute("staffRoles", EnumSet.complementOf(EnumSet.of(Role.CUSTOMER)));
        model.addAttribute("tokenRoles", Role.values());
        model.addAttribute("me", actor.name());
        model.addAttribute("now", java.time.Instant.now());
        return "console/access-admin";
    }

    @PostMapping("/console/access/users/{username}/{action:disable|enable}")
    @PreAuthorize(ADMIN)
    String userState(
            @AuthenticationPrincipal Actor actor,
            @PathVariable String username,
            @PathVariable String action,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        return attempt(flash, () -> {
            if (action.equals("disable")) {
                access.disable(actor, username, reason);
            } else {
                access.enable(actor, username, reason);
            }
            return username + " is " + action + "d.";
        });
    }

    @PostMapping("/console/access/users/{username}/roles")
    @PreAuthorize(ADMIN)
    String roles(
            @AuthenticationPrincipal Actor actor,
            @PathVariable String username,
            @RequestParam(required = false) List<Role> roles,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        return attempt(flash, () -> {
            Set<Role> set = roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
            access.changeRoles(actor, username, set, reason);
            return username + " now has " + set + ".";
        });
    }

    @PostMapping("/console/access/users/{username}/password-reset")
    @PreAuthorize(ADMIN)
    String passwordReset(
            @AuthenticationPrincipal Actor actor,
            @PathVariable String username,
            @RequestParam(required = false) String reason,
            HttpServletResponse response,
            Model model) {
        try {
            model.addAttribute("resetFor", username);
            model.addAttribute("reset", resetLinks.issueReset(actor, username, reason));
        } catch (DomainException e) {
            response.setStatus(PageErrors.status(e));
            model.addAttribute("error", e.getMessage());
        }
        return overview(actor, model);
    }

    /** A token just issued, with the secret shown this once. */
    record Issued(ApiTokenSnapshot token, String secret) {}

    /** The issue-token form; every field may be missing, and is then refused in words. */
    record TokenForm(String name, List<Role> roles, String customerEmail, Integer expiresInDays) {}

    @PostMapping("/console/access/tokens")
    @PreAuthorize(ADMIN)
    String issueToken(
            @AuthenticationPrincipal Actor actor,
            @ModelAttribute TokenForm form,
            HttpServletResponse response,
            Model model) {
        String name = form.name();
        List<Role> roles = form.roles();
        String customerEmail = form.customerEmail();
        Integer expiresInDays = form.expiresInDays();
        try {
            if (name == null || name.isBlank() || roles == null || roles.isEmpty()) {
                throw new FormIncomplete("Give the token a name and at least one role.");
            }
            TokenManagement.IssuedToken issued = tokens.issue(
                    actor.clientId(),
                    actor.name(),
                    name.strip(),
                    EnumSet.copyOf(roles),
                    customerEmail == null || customerEmail.isBlank() ? null : customerEmail.strip(),
                    expiresInDays == null ? null : Duration.ofDays(expiresInDays));
            model.addAttribute("issued", new Issued(issued.snapshot(), issued.secret()));
        } catch (DomainException e) {
            response.setStatus(PageErrors.status(e));
            model.addAttribute("error", e.getMessage());
        }
        return overview(actor, model);
    }

    @PostMapping("/console/access/tokens/{id}/revoke")
    @PreAuthorize(ADMIN)
    String revoke(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        return attempt(flash, () -> {
            ApiTokenSnapshot token = tokens.snapshot(actor.clientId(), id);
            tokens.revoke(actor, id, reason);
            return "Token " + token.name() + " is revoked.";
        });
    }

    private static String attempt(RedirectAttributes flash, java.util.function.Supplier<String> change) {
        try {
            flash.addFlashAttribute("notice", change.get());
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return ACCESS;
    }

    // ---- every signed-in user

    @GetMapping("/console/account")
    @PreAuthorize("isAuthenticated()")
    String account(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("actor", actor);
        return "console/access-account";
    }

    /** The change-password form; the page answers with a redirect, so the form is never shown back. */
    record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {}

    @PostMapping("/console/account/password")
    @PreAuthorize("isAuthenticated()")
    String changePassword(
            @AuthenticationPrincipal Actor actor,
            @ModelAttribute PasswordForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes flash) {
        try {
            if (form.newPassword() == null || !form.newPassword().equals(form.confirmPassword())) {
                throw new FormIncomplete("The new password and its confirmation differ.");
            }
            Actor renewed = passwords.changeOwn(actor, form.currentPassword(), form.newPassword());
            // the change ends every session begun before it; this one goes on with the new state, under a new id
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities()));
            SecurityContextHolder.setContext(context);
            request.changeSessionId();
            contexts.saveContext(context, request, response);
            flash.addFlashAttribute("notice", "Your password is changed. Other sessions of yours have ended.");
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/console/account";
    }

    // ---- anyone holding a reset link

    @GetMapping("/account/reset/{secret}")
    String resetForm(@PathVariable String secret, HttpServletResponse response, Model model) {
        return resetPage(secret, response, model);
    }

    @PostMapping("/account/reset/{secret}")
    String reset(
            @PathVariable String secret,
            @RequestParam(required = false) String newPassword,
            @RequestParam(required = false) String confirmPassword,
            HttpServletResponse response,
            Model model) {
        try {
            if (newPassword == null || !newPassword.equals(confirmPassword)) {
                throw new FormIncomplete("The new password and its confirmation differ.");
            }
            model.addAttribute("done", passwords.useReset(secret, newPassword));
            return "account/reset";
        } catch (PasswordManagement.ResetLinkUnusable e) {
            return resetPage(secret, response, model);
        } catch (DomainException e) {
            response.setStatus(PageErrors.status(e));
            model.addAttribute("error", e.getMessage());
            return resetPage(secret, response, model);
        }
    }

    private String resetPage(String secret, HttpServletResponse response, Model model) {
        PasswordReset.State state = passwords.resetState(secret).orElse(null);
        model.addAttribute("state", state == null ? "UNKNOWN" : state.name());
        model.addAttribute("secret", secret);
        if (state == null) {
            response.setStatus(404);
        } else if (state != PasswordReset.State.USABLE) {
            response.setStatus(410);
        }
        return "account/reset";
    }

    /** A form sent without what it needs. */
    static class FormIncomplete extends DomainException {
        FormIncomplete(String message) {
            super(Kind.INVALID, "form-incomplete", message);
        }
    }
}
