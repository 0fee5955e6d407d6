package org.retrogistics.resale;

import static org.retrogistics.resale.ListingStatus.DRAFT;
import static org.retrogistics.resale.ListingStatus.LISTED;
import static org.retrogistics.resale.ListingStatus.SOLD;
import static org.retrogistics.resale.ListingStatus.WITHDRAWN;
import static org.retrogistics.resale.ListingTrigger.PUBLISH;
import static org.retrogistics.resale.ListingTrigger.SELL;
import static org.retrogistics.resale.ListingTrigger.WITHDRAW;

import java.util.List;
import java.util.Optional;

/** The listing's lifecycle as data; the aggregate asks this table and a test draws the diagram from it. */
public final class ListingLifecycle {

    /** One allowed move. */
    public record Transition(ListingStatus from, ListingTrigger trigger, ListingStatus to) {}

    public static final List<Transition> TABLE = List.of(
            new Transition(DRAFT, PUBLISH, LISTED),
            new Transition(LISTED, SELL, SOLD),
            new Transition(DRAFT, WITHDRAW, WITHDRAWN),
            new Transition(LISTED, WITHDRAW, WITHDRAWN));

    private ListingLifecycle() {}

    public static Optional<ListingStatus> next(ListingStatus from, ListingTrigger trigger) {
        return TABLE.stream()
                .filter(t -> t.from() == from && t.trigger() == trigger)
                .map(Transition::to)
                .findFirst();
    }
}
