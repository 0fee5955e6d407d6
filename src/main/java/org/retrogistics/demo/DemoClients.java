package org.retrogistics.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.retrogistics.access.AccessManagement;
import org.retrogistics.access.Role;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.catalog.SiteDraft;
import org.retrogistics.catalog.SiteKind;
import org.retrogistics.orders.OrderFacts;
import org.retrogistics.returns.PolicyTerms;
import org.retrogistics.returns.ReturnPolicies;
import org.retrogistics.shared.ClientId;
import org.springframework.stereotype.Component;

/** One demo client seeded through the same services the API uses. */
@Component
class DemoClients {

    /** What sets a demo client apart: its product templates, codes, brand, GTIN range and return policy. */
    record Plan(String templates, String prefix, String brand, int gtinBase, PolicyTerms policy) {}

    private final DemoSettings settings;
    private final CatalogManagement catalog;
    private final ReturnPolicies policies;
    private final AccessManagement access;
    private final DemoReturns demoReturns;
    private final DemoWarehouse warehouse;

    DemoClients(
            DemoSettings settings,
            CatalogManagement catalog,
            ReturnPolicies policies,
            AccessManagement access,
            DemoReturns demoReturns,
            DemoWarehouse warehouse) {
        this.settings = settings;
        this.catalog = catalog;
        this.policies = policies;
        this.access = access;
        this.demoReturns = demoReturns;
        this.warehouse = warehouse;
    }

    /** A demo client whose users, sites, catalogue and policy exist, before its orders and returns. */
    record SetUp(ClientFacts client, Plan plan, List<ProductFacts> products) {}

    /** The quick part of a client: its users and admin token, sites, products and policy. */
    SetUp setUp(ClientFacts client, Plan plan, Random random, Map<String, String> credentials) {
        ClientId id = client.clientId();
        String prefix = plan.prefix();
        String brand = plan.brand();
        for (Role role : List.of(Role.AGENT, Role.WAREHOUSE, Role.TECHNICIAN, Role.MANAGER, Role.ADMIN)) {
            String username = client.code() + "-" + role.name().toLowerCase();
            String password = "demo-" + role.name().toLowerCase();
            access.createUser(
                    id, username, password, capitalise(role.name()) + " at " + client.name(), EnumSet.of(role));
            credentials.put("user " + pad(username), "password " + password);
        }
        credentials.put(
                "token " + pad(client.code() + " (admin)"),
                access.issueToken(id, "demo-admin", EnumSet.of(Role.ADMIN)));

        catalog.addSite(
                id, new SiteDraft(prefix + "-DC1", brand + " returns centre", SiteKind.WAREHOUSE, null, 52.37, 4.90));
        catalog.addSite(
                id,
                new SiteDraft(prefix + "-RC1", brand + " repair centre", SiteKind.REPAIR_CENTRE, null, 51.92, 4.48));
        catalog.addSite(
                id, new SiteDraft(prefix + "-ST1", brand + " flagship store", SiteKind.STORE, null, 52.09, 5.12));
        catalog.addSite(id, new SiteDraft(prefix + "-RY1", "Certified recycler", SiteKind.RECYCLER, null, 51.44, 5.47));

        List<ProductFacts> products = catalog.addProducts(
                id, DemoCatalog.products(plan.templates(), prefix, brand, client.currency(), plan.gtinBase(), random));
        policies.publish(id, plan.policy());
        return new SetUp(client, plan, products);
    }

    /** The long part: the client's orders, returns in every state, and its warehouse. */
    void fill(SetUp c, Random random) {
        ClientFacts client = c.client();
        ClientId id = client.clientId();
        List<OrderFacts> placed =
                demoReturns.placeOrders(id, client, c.plan().prefix(), c.products(), settings.orders() / 2, random);
        demoReturns.seedReturns(id, client, placed, settings.returns() / 2, random);
        warehouse.seed(client, 25, random);
    }

    static String capitalise(String s) {
        String lower = s.toLowerCase();
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String pad(String s) {
        return String.format("%-22s", s);
    }
}
