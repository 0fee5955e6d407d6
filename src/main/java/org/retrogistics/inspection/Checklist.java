package org.retrogistics.inspection;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored version of a client's checklist for one product family and inspection path. Versions are never edited. */
@Entity
@Table(schema = "inspection")
public class Checklist {

    @Id
    private UUID id;

    private UUID clientId;
    private String family;
    private String path;
    private int version;
    private String name;

    @JdbcTypeCode(SqlTypes.JSON)
    private String items;

    private boolean active;
    private Instant createdAt;
    private String createdBy;

    protected Checklist() {}

    /** A checklist of the client's as the definition has it, with its items already in their stored JSON form. */
    Checklist(UUID clientId, ChecklistDefinition definition, String items, String by) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.family = definition.family();
        this.path = definition.path();
        this.version = definition.version();
        this.name = definition.name();
        this.items = items;
        this.active = true;
        this.createdAt = Instant.now();
        this.createdBy = by;
    }

    /** A newer version took its place. */
    void retire() {
        this.active = false;
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public String getFamily() {
        return family;
    }

    public String getPath() {
        return path;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getItems() {
        return items;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
