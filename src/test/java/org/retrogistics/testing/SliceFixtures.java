package org.retrogistics.testing;

import java.math.BigDecimal;
import java.util.UUID;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductDraft;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.ExpectedUnit;
import org.retrogistics.shared.ClientId;

/**
 * What a module slice test needs before it publishes an event: a client of its own, a product and a unit in custody,
 * made through the owning modules' APIs so that the slice shares one database with the other tests without meeting
 * them.
 */
public final class SliceFixtures {

    /** A unit at the dock, with the client and product it belongs to. */
    public record Received(ClientId client, ProductFacts product, UUID unitId, String licencePlate) {}

    private SliceFixtures() {}

    /** A new client (unique code, USD). */
    public static ClientId newClient(CatalogManagement catalog) {
        String code = "s" + UUID.randomUUID().toString().substring(0, 8);
        return catalog.registerClient(code, "Slice client " + code, "USD").clientId();
    }

    /** A returnable phone (serialized, data-bearing, a year's warranty) at {@code price} USD. */
    public static ProductFacts phone(CatalogManagement catalog, ClientId client, String price) {
        String sku = "PHONE-" + UUID.randomUUID().toString().substring(0, 8);
        return catalog.addProduct(
                client,
                new ProductDraft(
                        sku,
                        null,
                        sku + " product",
                        "Test",
                        "electronics",
                        null,
                        300,
                        new BigDecimal(price),
                        "USD",
                        true,
                        12,
                        true,
                        true,
                        null,
                        null,
                        null));
    }

    /** A new client's phone, taken in at the dock with nothing announcing it. */
    public static Received unitAtDock(CatalogManagement catalog, CustodyLedger custody) {
        ClientId client = newClient(catalog);
        ProductFacts product = phone(catalog, client, "499.00");
        var unit = custody.takeIn(
                new ExpectedUnit(
                        client,
                        product.id(),
                        product.sku(),
                        null,
                        null,
                        "slice:" + UUID.randomUUID(),
                        "DOCK",
                        null,
                        "slice-test"),
                null,
                "taken in by a module test");
        return new Received(client, product, unit.id(), unit.licencePlate());
    }
}
