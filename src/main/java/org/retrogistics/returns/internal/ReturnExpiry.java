package org.retrogistics.returns.internal;

import javax.sql.DataSource;
import org.retrogistics.returns.ExpiringReturns;
import org.retrogistics.returns.ReturnSettlement;
import org.retrogistics.shared.ExclusiveJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires authorized returns that were never shipped within their policy's days, and counts shipped parcels not
 * scanned again within their policy's days as lost.
 */
@Component
class ReturnExpiry {

    private static final Logger log = LoggerFactory.getLogger(ReturnExpiry.class);

    private final ExpiringReturns expiring;
    private final ReturnSettlement settlement;
    private final DataSource database;

    ReturnExpiry(ExpiringReturns expiring, ReturnSettlement settlement, DataSource database) {
        this.expiring = expiring;
        this.settlement = settlement;
        this.database = database;
    }

    // each round runs on one instance only when several share the database (ExclusiveJob)

    @Scheduled(fixedDelayString = "${retrogistics.returns.expiry-check:PT15M}", initialDelayString = "PT1M")
    void expireOverdue() {
        ExclusiveJob.run(database, "returns-expiry", () -> {
            int expired = expiring.expireOverdue();
            if (expired > 0) {
                log.info("Expired {} return(s) not shipped in time", expired);
            }
        });
    }

    @Scheduled(fixedDelayString = "${retrogistics.returns.expiry-check:PT15M}", initialDelayString = "PT2M")
    void loseOverdue() {
        ExclusiveJob.run(database, "returns-lost", () -> {
            int lost = settlement.loseOverdue();
            if (lost > 0) {
                log.info("{} shipped return(s) not scanned again in time counted as lost", lost);
            }
        });
    }
}
