package org.retrogistics.demo;

import org.retrogistics.returns.ClosingReturns;
import org.retrogistics.returns.ExpiringReturns;
import org.retrogistics.returns.ReceivingReturns;
import org.retrogistics.returns.RequestingReturns;
import org.retrogistics.returns.ReturningToSender;
import org.retrogistics.returns.ReviewingReturns;
import org.retrogistics.returns.ShippingReturns;
import org.springframework.stereotype.Component;

/** The returns use cases the demo data plays its returns through, taken as one collaborator. */
@Component
record DemoReturnSteps(
        RequestingReturns requesting,
        ReturningToSender returningToSender,
        ReviewingReturns reviewing,
        ShippingReturns shipping,
        ReceivingReturns receiving,
        ClosingReturns closing,
        ExpiringReturns expiring) {}
