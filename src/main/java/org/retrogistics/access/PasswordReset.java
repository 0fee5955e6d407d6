package org.retrogistics.access;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.retrogistics.shared.ClientId;

/**
 * A one-time link an administrator gives a user to set a new password; only the SHA-256 of its secret is kept. It
 * works once, until it expires, and not after a newer link for the same user was issued.
 */
@Entity
@Table(schema = "access")
public class PasswordReset {

    /** What a link can do now. */
    public enum State {
        USABLE,
        USED,
        EXPIRED
    }

    @Id
    private UUID id;

    private UUID clientId;
    private UUID userId;
    private String secretHash;
    private Instant createdAt;
    private String createdBy;
    private Instant expiresAt;
    private Instant usedAt;

    @jakarta.persistence.Version
    private Long version;

    protected PasswordReset() {}

    PasswordReset(ClientId client, UUID userId, String secretHash, String createdBy, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.clientId = client.value();
        this.userId = userId;
        this.secretHash = secretHash;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    State state(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
    }

    /** Ends the link: it was used, or a newer one replaces it. */
    void end(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    UUID userId() {
        return userId;
    }

    ClientId clientId() {
        return new ClientId(clientId);
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
