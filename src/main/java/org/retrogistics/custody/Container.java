package org.retrogistics.custody;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.retrogistics.shared.Sscc;

/** A tote, pallet or gaylord, identified by its SSCC; it may sit inside another container. */
@Entity
@Table(schema = "custody")
public class Container {

    @Id
    private UUID id;

    private UUID clientId;
    private String sscc;

    @Enumerated(EnumType.STRING)
    private ContainerKind kind;

    private UUID parentId;
    private String location;
    private Instant createdAt;
    private String createdBy;

    @Version
    private Long version;

    protected Container() {}

    Container(UUID clientId, Sscc sscc, ContainerKind kind, String location, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.sscc = sscc.value();
        this.kind = kind;
        this.location = location;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void putInto(Container parent) {
        this.parentId = parent == null ? null : parent.getId();
        if (parent != null) {
            this.location = parent.getLocation();
        }
    }

    void moveTo(String location) {
        this.location = location;
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public String getSscc() {
        return sscc;
    }

    public ContainerKind getKind() {
        return kind;
    }

    public UUID getParentId() {
        return parentId;
    }

    public String getLocation() {
        return location;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Long getVersion() {
        return version;
    }
}
