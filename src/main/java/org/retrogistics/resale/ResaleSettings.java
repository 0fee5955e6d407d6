package org.retrogistics.resale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Resale settings: whether a disposition for resale drafts its listing at once, how many rows a manifest export reads
 * per round trip, and the most units one request may name.
 */
@ConfigurationProperties("retrogistics.resale")
public record ResaleSettings(Boolean draftListings, Integer manifestFetchSize, Integer maxUnitsPerRequest) {
    public ResaleSettings {
        draftListings = draftListings == null || draftListings;
        manifestFetchSize = manifestFetchSize == null ? 2000 : manifestFetchSize;
        maxUnitsPerRequest = maxUnitsPerRequest == null ? 10_000 : maxUnitsPerRequest;
    }
}
