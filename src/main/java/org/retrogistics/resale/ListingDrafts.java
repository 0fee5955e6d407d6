package org.retrogistics.resale;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.disposition.DispositionDecision;
import org.retrogistics.disposition.RecoveryBreakdown;
import org.retrogistics.disposition.UnitFacts;
import org.retrogistics.resale.internal.ListingRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.springframework.stereotype.Component;

/** Drafts a unit's listing from the decision in force: its title, condition and the model's expected price. */
@Component
class ListingDrafts {

    private final ListingRepository listings;
    private final CatalogManagement catalog;
    private final Clock clock;

    ListingDrafts(ListingRepository listings, CatalogManagement catalog, Optional<Clock> clock) {
        this.listings = listings;
        this.catalog = catalog;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** What the disposition model says a listing of this unit shows and asks. */
    private record Pricing(String title, String condition, Money price, String source) {}

    private Pricing pricing(ClientId client, DispositionDecision d) {
        UnitFacts facts = d.facts();
        RecoveryBreakdown value = d.assessment(d.option()).value();
        ProductFacts product = catalog.productBySku(client, facts.sku()).orElse(null);
        return new Pricing(
                product == null ? facts.sku() : product.name(),
                ConditionLabel.of(facts.functionalGrade(), facts.cosmeticGrade()),
                value.grossPrice(),
                "disposition model: " + d.option() + " for " + facts.gradeBand() + " at " + value.grossPrice()
                        + (value.source() == null ? "" : " (" + value.source() + ")"));
    }

    Listing draft(ClientId client, DispositionDecision d, SalesChannel channel) {
        Pricing p = pricing(client, d);
        return new Listing(
                new Listing.Draft(
                        client.value(),
                        "LS-%06d".formatted(listings.nextNumber()),
                        d.unitId(),
                        channel,
                        d.option(),
                        d.facts().sku(),
                        p.title(),
                        p.condition(),
                        p.price(),
                        p.source()),
                now());
    }

    /** A draft priced again from the decision in force (a regrade after refurbishment moves the price). */
    void redraft(Listing listing, ClientId client, DispositionDecision d) {
        Pricing p = pricing(client, d);
        listing.redraft(p.condition(), p.price(), p.source());
    }

    Instant now() {
        return clock.instant();
    }
}
