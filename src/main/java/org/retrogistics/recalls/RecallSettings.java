package org.retrogistics.recalls;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Recall settings: how many order lines a launch turns into returns per batch (one transaction each). */
@ConfigurationProperties("retrogistics.recalls")
public record RecallSettings(Integer batchSize) {
    public RecallSettings {
        batchSize = batchSize == null ? 5000 : batchSize;
    }
}
