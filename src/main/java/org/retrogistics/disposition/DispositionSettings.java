package org.retrogistics.disposition;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Disposition settings: what every client's vendor terms and donation policy allow until the client says otherwise,
 * and how many decisions a re-evaluation writes per batch.
 */
@ConfigurationProperties("retrogistics.disposition")
public record DispositionSettings(Boolean vendorReturnAllowed, Boolean donationAllowed, Integer batchSize) {
    public DispositionSettings {
        vendorReturnAllowed = vendorReturnAllowed != null && vendorReturnAllowed;
        donationAllowed = donationAllowed == null || donationAllowed;
        batchSize = batchSize == null ? 1000 : batchSize;
    }
}
