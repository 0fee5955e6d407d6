package org.retrogistics.custody;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Custody settings: the GS1 company prefix and extension digit our SSCCs are built on. The default prefix is GS1's
 * documented example (0614141); an operator sets its own.
 */
@ConfigurationProperties("retrogistics.custody")
public record CustodySettings(String ssccCompanyPrefix, Character ssccExtension) {
    public CustodySettings {
        ssccCompanyPrefix = ssccCompanyPrefix == null ? "0614141" : ssccCompanyPrefix;
        ssccExtension = ssccExtension == null ? '0' : ssccExtension;
    }
}
