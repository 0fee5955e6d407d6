package org.retrogistics.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The client (brand, retailer) that owns a record; every record belongs to exactly one. */
public record ClientId(UUID value) implements Serializable {

    public ClientId {
        Objects.requireNonNull(value, "client id");
    }

    public static ClientId of(String text) {
        return new ClientId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
