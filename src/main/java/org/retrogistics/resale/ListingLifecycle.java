package org.retrogistics.resale;

import static org.retrogistics.resale.ListingStatus.DRAFT;
import static org.retrogistics.resale.ListingStatus.LISTED;
import static org.retrogistics.resale.ListingStatus.SOLD;
import static org.retrogistics.resale.ListingStatus.WITHDRAWN;
import static org.retrogistics.resale.ListingTrigger.PUBLISH;
import static org.retrogistics.resale.ListingTrigger.SELL;
import static org.retrogistics.resale.ListingTrigger.WITHDRAW;
import static org.retrogistics.shared.Lifecycle.move;

import java.util.List;
import org.retrogistics.shared.Lifecycle;

/** The listing's lifecycle as data; the aggregate asks this table and a test draws the diagram from it. */
public final class ListingLifecycle {

    public static final Lifecycle<ListingStatus, ListingTrigger> TABLE = Lifecycle.of(
            DRAFT,
            List.of(
                    move(DRAFT, PUBLISH, LISTED),
                    move(LISTED, SELL, SOLD),
                    move(DRAFT, WITHDRAW, WITHDRAWN),
                    move(LISTED, WITHDRAW, WITHDRAWN)));

    private ListingLifecycle() {}
}
