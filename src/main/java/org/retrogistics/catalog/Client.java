package org.retrogistics.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.retrogistics.shared.ClientId;

/** A brand or retailer whose returns are handled here. */
@Entity
@Table(schema = "catalog")
public class Client {

    @Id
    private UUID id;

    private String code;
    private String name;

    private String currency;

    private Instant createdAt;

    @jakarta.persistence.Version
    private Long version;

    protected Client() {}

    public Client(String code, String name, String currency) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.name = name;
        this.currency = currency;
        this.createdAt = Instant.now();
    }

    public ClientId clientId() {
        return new ClientId(id);
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCurrency() {
        return currency;
    }
}
