package org.retrogistics.transport;

import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.returns.ReturnSettlement;
import org.retrogistics.returns.ReturningToSender;
import org.retrogistics.returns.ShippingReturns;
import org.springframework.stereotype.Component;

/** The returns use cases a parcel's carrier events drive, taken as one collaborator. */
@Component
record ParcelReturns(
        ReturnManagement reads,
        ShippingReturns shipping,
        ReturningToSender returningToSender,
        ReturnSettlement settlement) {}
