package org.retrogistics.catalog;

import java.util.UUID;

/** A client's site as other modules and the API see it: a store, warehouse or other place, with where it is. */
public record SiteFacts(
        UUID id,
        UUID clientId,
        String code,
        String name,
        SiteKind kind,
        String address,
        Double latitude,
        Double longitude) {

    static SiteFacts of(Site s) {
        return new SiteFacts(
                s.getId(),
                s.getClientId(),
                s.getCode(),
                s.getName(),
                s.getKind(),
                s.getAddress(),
                s.getLatitude(),
                s.getLongitude());
    }
}
