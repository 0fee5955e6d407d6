package org.retrogistics.disposition;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Disposition settings: what every client's vendor terms and donation policy allow until the client says otherwise,
 * how many decisions a re-evaluation writes per batch and how many batches it works on at once.
 */
@ConfigurationProperties("retrogistics.disposition")
public record DispositionSettings(
        Boolean vendorReturnAllowed, Boolean donationAllowed, Integer batchSize, Integer reevaluationThreads) {
    public DispositionSettings {
        vendorReturnAllowed = vendorReturnAllowed != null && vendorReturnAllowed;
        donationAllowed = donationAllowed == null || donationAllowed;
        batchSize = batchSize == null ? 1000 : batchSize;
        // batches decided and written side by side, each in its own transaction: one per core of a small machine
        reevaluationThreads = reevaluationThreads == null ? 2 : Math.max(1, reevaluationThreads);
    }
}
