package org.retrogistics.access.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.retrogistics.access.AccessManagement;
import org.retrogistics.access.Actor;
import org.retrogistics.access.AppUser;
import org.retrogistics.access.Role;
import org.retrogistics.access.ShopperScope;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A client's administrators add users and issue API tokens, always for their own client. */
@RestController
@RequestMapping("/api")
@PreAuthorize("hasRole('ADMIN')")
class AccessApi {

    private final AccessManagement access;

    AccessApi(AccessManagement access) {
        this.access = access;
    }

    record NewUser(
            @NotBlank @Size(max = 80) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
            @NotBlank @Size(min = 12, max = 200) String password,
            @NotBlank @Size(max = 200) String displayName,
            @NotEmpty Set<Role> roles) {}

    record UserView(String username, String displayName, List<String> roles) {
        static UserView of(AppUser u) {
            return new UserView(
                    u.getUsername(),
                    u.getDisplayName(),
                    u.roleSet().stream().map(Enum::name).toList());
        }
    }

    @GetMapping("/users")
    List<UserView> users(@AuthenticationPrincipal Actor actor) {
        return access.users(actor.clientId()).stream().map(UserView::of).toList();
    }

    @PostMapping("/users")
    ResponseEntity<UserView> addUser(@AuthenticationPrincipal Actor actor, @Valid @RequestBody NewUser user) {
        AppUser created =
                access.createUser(actor.clientId(), user.username(), user.password(), user.displayName(), user.roles());
        return ResponseEntity.status(201).body(UserView.of(created));
    }

    /** {@code customerEmail}: the shopper a CUSTOMER token acts for (required for CUSTOMER, refused otherwise). */
    record NewToken(
            @NotBlank @Size(max = 80) String name,
            @NotEmpty Set<Role> roles,
            @Email @Size(max = 254) String customerEmail) {}

    /** The secret is in this answer only; the server keeps its hash. */
    record IssuedToken(String name, List<String> roles, String customerEmail, String token) {}

    @PostMapping("/tokens")
    ResponseEntity<IssuedToken> issue(@AuthenticationPrincipal Actor actor, @Valid @RequestBody NewToken token) {
        String secret = access.issueToken(actor.clientId(), token.name(), token.roles(), token.customerEmail());
        return ResponseEntity.status(201)
                .body(new IssuedToken(
                        token.name(),
                        token.roles().stream().map(Enum::name).sorted().toList(),
                        ShopperScope.normalise(token.customerEmail()),
                        secret));
    }
}
