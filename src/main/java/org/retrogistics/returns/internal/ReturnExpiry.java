package org.retrogistics.returns.internal;

import org.retrogistics.returns.ReturnManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Expires authorized returns that were never shipped within their policy's days. */
@Component
class ReturnExpiry {

    private static final Logger log = LoggerFactory.getLogger(ReturnExpiry.class);

    private final ReturnManagement returns;

    ReturnExpiry(ReturnManagement returns) {
        this.returns = returns;
    }

    @Scheduled(fixedDelayString = "${retrogistics.returns.expiry-check:PT15M}", initialDelayString = "PT1M")
    void expireOverdue() {
        int expired = returns.expireOverdue();
        if (expired > 0) {
            log.info("Expired {} return(s) not shipped in time", expired);
        }
    }
}
