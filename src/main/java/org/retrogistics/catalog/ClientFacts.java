package org.retrogistics.catalog;

import java.util.UUID;
import org.retrogistics.shared.ClientId;

/** A client as other modules and the API see it: its id, code, name and the currency its money is kept in. */
public record ClientFacts(UUID id, String code, String name, String currency) {

    static ClientFacts of(Client c) {
        return new ClientFacts(c.getId(), c.getCode(), c.getName(), c.getCurrency());
    }

    public ClientId clientId() {
        return new ClientId(id);
    }
}
