package org.retrogistics.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A physical place of a client: warehouse, repair centre, store or recycler. */
@Entity
@Table(schema = "catalog")
public class Site {

    @Id
    private UUID id;

    private UUID clientId;
    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    private SiteKind kind;

    private String address;
    private Double latitude;
    private Double longitude;

    @jakarta.persistence.Version
    private Long version;

    protected Site() {}

    public Site(UUID clientId, SiteDraft draft) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.code = draft.code();
        this.name = draft.name();
        this.kind = draft.kind();
        this.address = draft.address();
        this.latitude = draft.latitude();
        this.longitude = draft.longitude();
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public SiteKind getKind() {
        return kind;
    }

    public String getAddress() {
        return address;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }
}
