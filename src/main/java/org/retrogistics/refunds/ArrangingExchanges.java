package org.retrogistics.refunds;

import java.util.ArrayList;
import java.util.List;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.refunds.RefundEvents.ExchangeArranged;
import org.retrogistics.refunds.RefundManagement.Outcome;
import org.retrogistics.refunds.RefundRefusals.InvalidResolution;
import org.retrogistics.refunds.internal.LineResolutionRepository;
import org.retrogistics.returns.ExchangeScope;
import org.retrogistics.returns.PolicyTerms;
import org.retrogistics.returns.Resolution;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * An exchange (another item, within the policy's exchange scope) or a replacement (the same item): the goods are taken
 * from exchange stock, the line pays for them up to what the policy allows, and the price difference is refunded or
 * charged.
 */
@Component
class ArrangingExchanges {

    private final CatalogManagement catalog;
    private final PolicyVersions policies;
    private final StockingExchanges stock;
    private final LineResolutionRepository resolutions;
    private final RefundFacts facts;
    private final ApplicationEventPublisher events;

    ArrangingExchanges(
            CatalogManagement catalog,
            PolicyVersions policies,
            StockingExchanges stock,
            LineResolutionRepository resolutions,
            RefundFacts facts,
            ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.policies = policies;
        this.stock = stock;
        this.resolutions = resolutions;
        this.facts = facts;
        this.events = events;
    }

    Outcome arrange(Resolving x) {
        ResolveLine c = x.command();
        ClientId client = x.client();
        Money allowed = x.allowance().allowed();
        String currency = x.zero().currency().getCurrencyCode();
        ProductFacts item = itemSentOut(c);
        Money itemPrice = c.kind() == Resolution.EXCHANGE ? item.unitValue().times(c.quantity()) : allowed;
        if (!itemPrice.currency().equals(x.zero().currency())) {
            throw new InvalidResolution(item.sku() + " is priced in " + itemPrice.currency() + ", the line in "
                    + x.zero().currency());
        }
        stock.reserve(client, item, c.quantity());
        ExchangePricing pricing = ExchangePricing.of(allowed, itemPrice);
        x.account().commit(pricing.outOfLine(), c.quantity());
        LineResolution resolution = x.resolution(
                allowed.amount(),
                item.sku(),
                pricing.goodsValue().amount(),
                currency,
                explanation(x, item, itemPrice, pricing));
        resolutions.save(resolution);
        List<MoneyMovement> made = differences(x, resolution, pricing);
        events.publishEvent(new ExchangeArranged(
                resolution.getId(),
                client.value(),
                c.r().rmaNumber(),
                c.line().lineNo(),
                item.sku(),
                c.quantity(),
                pricing.goodsValue().amount(),
                currency,
                x.now()));
        if (pricing.goodsValue().amount().signum() > 0 && !x.units().isEmpty()) {
            facts.refundAvoided(client, c.r().id(), x.units(), pricing.goodsValue(), resolution.getId());
        }
        return new Outcome(resolution, made);
    }

    /** The item an exchange names, within the policy's exchange scope; for a replacement, the line's own item. */
    private ProductFacts itemSentOut(ResolveLine c) {
        ClientId client = c.client();
        if (c.kind() != Resolution.EXCHANGE) {
            return catalog.product(client, c.line().productId());
        }
        String sku = c.goodsSku();
        if (sku == null || sku.isBlank()) {
            throw new InvalidResolution("an exchange names the item sent out instead (sku)");
        }
        ProductFacts item =
                catalog.productBySku(client, sku.strip()).orElseThrow(() -> new NotFound("product", sku.strip()));
        PolicyTerms policy = policies.judgedUnder(client, c.r());
        ExchangeScope scope = policy == null ? ExchangeScope.SAME_PRODUCT : policy.exchangeScope();
        ExchangeScopePolicy.check(scope, catalog.product(client, c.line().productId()), item);
        return item;
    }

    private static String explanation(Resolving x, ProductFacts item, Money itemPrice, ExchangePricing pricing) {
        return x.allowance().explanation() + "; " + item.sku() + " sent out for " + itemPrice
                + (pricing.refunded().amount().signum() > 0 ? "; difference back " + pricing.refunded() : "")
                + (pricing.charged().amount().signum() > 0 ? "; difference charged " + pricing.charged() : "");
    }

    /** The price difference: refunded when the goods cost less than allowed, charged when they cost more. */
    private static List<MoneyMovement> differences(Resolving x, LineResolution resolution, ExchangePricing pricing) {
        List<MoneyMovement> made = new ArrayList<>();
        if (pricing.refunded().amount().signum() > 0) {
            made.add(x.movement(resolution, MovementKind.EXCHANGE_DIFFERENCE_REFUNDED, pricing.refunded(), 0, null));
        }
        if (pricing.charged().amount().signum() > 0) {
            made.add(x.movement(resolution, MovementKind.EXCHANGE_DIFFERENCE_CHARGED, pricing.charged(), 0, null));
        }
        return made;
    }
}
