package org.retrogistics.access.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.retrogistics.access.Actor;
import org.retrogistics.access.PasswordManagement;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A signed-in user's own account: any user (HTTP Basic) changes their own password; a token has none (403). */
@RestController
@RequestMapping("/api/account")
@PreAuthorize("isAuthenticated() and principal.user")
class AccountApi {

    private final PasswordManagement passwords;

    AccountApi(PasswordManagement passwords) {
        this.passwords = passwords;
    }

    record PasswordChange(
            @NotBlank @Size(max = 200) String currentPassword,
            @NotBlank @Size(min = 12, max = 200) String newPassword) {}

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal Actor actor, @Valid @RequestBody PasswordChange body) {
        passwords.changeOwn(actor, body.currentPassword(), body.newPassword());
        return ResponseEntity.noContent().build();
    }
}
