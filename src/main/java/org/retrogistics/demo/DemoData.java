package org.retrogistics.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.retrogistics.EmbeddedPostgresDefault;
import org.retrogistics.access.AccessManagement;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.Client;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.catalog.SiteDraft;
import org.retrogistics.catalog.SiteKind;
import org.retrogistics.orders.Order;
import org.retrogistics.orders.OrderDraft;
import org.retrogistics.orders.OrderLine;
import org.retrogistics.orders.OrderManagement;
import org.retrogistics.returns.MoneyMoment;
import org.retrogistics.returns.NewReturn;
import org.retrogistics.returns.PolicyTerms;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnKind;
import org.retrogistics.returns.ReturnLine;
import org.retrogistics.returns.ReturnPolicies;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.returns.ReturnRequest;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds two clients, about 200 products, a few thousand orders and a few hundred returns in every state, through the
 * same services the API uses, so the first page shows something real. Runs only on an empty database and, by default,
 * only on the embedded one. Prints the demo credentials.
 */
@Component
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final String[] FIRST = {
        "alex", "sam", "jordan", "maria", "li", "noah", "emma", "omar", "ines", "yuki", "lena", "tom", "ana", "ravi",
        "zoe", "finn", "mila", "jonas", "sara", "leo"
    };
    private static final String[] LAST = {
        "morgan",
        "berg",
        "santos",
        "chen",
        "okafor",
        "novak",
        "larsen",
        "haddad",
        "garcia",
        "kowalski",
        "tanaka",
        "murphy",
        "rossi",
        "schmidt",
        "dubois",
        "silva"
    };

    private final DemoSettings settings;
    private final Environment environment;
    private final CatalogManagement catalog;
    private final OrderManagement orders;
    private final ReturnPolicies policies;
    private final DemoReturnSteps returns;
    private final AccessManagement access;
    private final JdbcClient jdbc;
    private final DemoWarehouse warehouse;

    DemoData(
            DemoSettings settings,
            Environment environment,
            CatalogManagement catalog,
            OrderManagement orders,
            ReturnPolicies policies,
            DemoReturnSteps returns,
            AccessManagement access,
            JdbcClient jdbc,
            DemoWarehouse warehouse) {
        this.settings = settings;
        this.environment = environment;
        this.catalog = catalog;
        this.orders = orders;
        this.policies = policies;
        this.returns = returns;
        this.access = access;
        this.jdbc = jdbc;
        this.warehouse = warehouse;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean embedded = environment.getProperty(EmbeddedPostgresDefault.EMBEDDED_FLAG, Boolean.class, false);
        if (!settings.shouldSeed(embedded) || !catalog.allClients().isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Random random = new Random(20261122L);
        Map<String, String> credentials = new LinkedHashMap<>();

        Client northwind = catalog.registerClient("northwind", "Northwind Electronics", "USD");
        Client fjord = catalog.registerClient("fjord", "Fjord Outfitters", "EUR");
        seedClient(northwind, "northwind", "NW", "Northwind", 10_000, northwindPolicy(), random, credentials);
        seedClient(fjord, "fjord", "FJ", "Fjord", 20_000, fjordPolicy(), random, credentials);

        log.info(
                "Demo data seeded in {} ms: 2 clients, {} products, {} orders, {} returns",
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                count("product"),
                count("customer_order"),
                count("return_request"));
        if (!embedded) {
            // a real server keeps these users: their passwords are the documented demo ones, never printed here
            log.warn("Demo users were created on a configured database; change their passwords before real use");
            return;
        }
        StringBuilder banner = new StringBuilder("\n\n  Retrogistics demo credentials (embedded database only)\n");
        credentials.forEach(
                (k, v) -> banner.append("    ").append(k).append("  ").append(v).append('\n'));
        banner.append("  Console: /console   Portal: /portal/northwind, /portal/fjord   API docs: /swagger-ui.html\n");
        log.info(banner.toString());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void seedClient(
            Client client,
            String templates,
            String prefix,
            String brand,
            int gtinBase,
            PolicyTerms policy,
            Random random,
            Map<String, String> credentials) {
        ClientId id = client.clientId();
        for (Role role : List.of(Role.AGENT, Role.WAREHOUSE, Role.TECHNICIAN, Role.MANAGER, Role.ADMIN)) {
            String username = client.getCode() + "-" + role.name().toLowerCase();
            String password = "demo-" + role.name().toLowerCase();
            access.createUser(
                    id, username, password, capitalise(role.name()) + " at " + client.getName(), EnumSet.of(role));
            credentials.put("user " + pad(username), "password " + password);
        }
        credentials.put(
                "token " + pad(client.getCode() + " (admin)"),
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
                id, DemoCatalog.products(templates, prefix, brand, client.getCurrency(), gtinBase, random));
        policies.publish(id, policy);

        List<Order> placed = placeOrders(id, client, prefix, products, settings.orders() / 2, random);
        seedReturns(id, client, placed, settings.returns() / 2, random);
        warehouse.seed(client, 25, random);
    }

    private List<Order> placeOrders(
            ClientId id, Client client, String prefix, List<ProductFacts> products, int count, Random random) {
        Instant now = Instant.now();
        List<OrderDraft> drafts = new ArrayList<>(count);
        List<ProductFacts> sellable = products.stream()
                .filter(p -> p.unitValue().amount().signum() > 0)
                .toList();
        for (int i = 0; i < count; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            int customer = random.nextInt(400);
            String email = first + "." + last + customer + "@example.com";
            Instant ordered = now.minus(random.nextInt(150 * 24), ChronoUnit.HOURS);
            Instant delivered = ordered.plus(48 + random.nextInt(96), ChronoUnit.HOURS);
            int lines = 1 + random.nextInt(3);
            List<OrderDraft.Line> orderLines = new ArrayList<>();
            List<String> used = new ArrayList<>();
            for (int l = 0; l < lines; l++) {
                ProductFacts p = sellable.get(random.nextInt(sellable.size()));
                if (used.contains(p.sku())) {
                    continue;
                }
                used.add(p.sku());
                int qty = p.category().equals("apparel") ? 1 + random.nextInt(2) : 1;
                boolean finalSale = random.nextInt(25) == 0;
                orderLines.add(new OrderDraft.Line(p.sku(), qty, p.unitValue().amount(), finalSale));
            }
            drafts.add(new OrderDraft(
                    prefix + "-" + (100_000 + i),
                    email,
                    capitalise(first) + " " + capitalise(last),
                    ordered,
                    delivered.isAfter(now) ? null : delivered,
                    client.getCurrency(),
                    orderLines));
        }
        List<Order> placed = new ArrayList<>();
        for (int from = 0; from < drafts.size(); from += 500) {
            placed.addAll(orders.placeAll(id, drafts.subList(from, Math.min(drafts.size(), from + 500))));
        }
        return placed;
    }

    /** Creates returns through the service and walks each to a target state, so every state has examples. */
    private void seedReturns(ClientId id, Client client, List<Order> placed, int count, Random random) {
        Actor agent = new Actor(id, client.getCode() + "-agent", EnumSet.of(Role.AGENT), null);
        Actor warehouse = new Actor(id, client.getCode() + "-warehouse", EnumSet.of(Role.WAREHOUSE), null);
        Instant now = Instant.now();
        List<ReturnRequest> toExpire = new ArrayList<>();
        int created = 0;
        int attempts = 0;
        while (created < count && attempts < count * 6) {
            attempts++;
            Order order = placed.get(random.nextInt(placed.size()));
            if (order.getDeliveredAt() == null) {
                continue;
            }
            long age = Duration.between(order.getDeliveredAt(), now).toDays();
            try {
                ReturnRequest r;
                int pick = random.nextInt(100);
                if (pick < 4) {
                    r = returns.returningToSender()
                            .returnToSender(
                                    agent,
                                    order.getOrderNumber(),
                                    "DHL",
                                    "JD" + (10_000_000 + attempts),
                                    "address unknown");
                } else if (pick < 8) {
                    OrderLine line = order.getLines().get(0);
                    r = returns.requesting()
                            .request(
                                    agent,
                                    new NewReturn(
                                            ReturnKind.END_OF_LIFE,
                                            order.getCustomerEmail(),
                                            order.getCustomerName(),
                                            List.of(new NewReturn.Line(
                                                    null,
                                                    null,
                                                    line.getSku(),
                                                    1,
                                                    ReturnReason.END_OF_LIFE,
                                                    null,
                                                    "take-back of an old device",
                                                    null,
                                                    null,
                                                    Resolution.NONE))));
                } else {
                    boolean defect = age > 30 || random.nextInt(4) == 0;
                    List<NewReturn.Line> lines = new ArrayList<>();
                    for (OrderLine line : order.getLines()) {
                        if (lines.isEmpty() || random.nextBoolean()) {
                            ReturnReason reason =
                                    defect ? ReturnReason.DEFECTIVE : nonDefectReason(line.getSku(), random);
                            Resolution resolution = defect
                                    ? (random.nextBoolean() ? Resolution.REPAIR : Resolution.REPLACEMENT)
                                    : pickResolution(random);
                            lines.add(new NewReturn.Line(
                                    order.getOrderNumber(),
                                    line.getLineNo(),
                                    null,
                                    1 + random.nextInt(line.getQuantity()),
                                    reason,
                                    null,
                                    defect ? "stopped working" : null,
                                    null,
                                    null,
                                    resolution));
                        }
                    }
                    r = returns.requesting()
                            .request(
                                    agent,
                                    new NewReturn(
                                            ReturnKind.CUSTOMER_RETURN,
                                            order.getCustomerEmail(),
                                            order.getCustomerName(),
                                            lines));
                }
                created++;
                walk(r, agent, warehouse, random, toExpire);
            } catch (DomainException refused) {
                // the policy refused this combination (window closed, resolution not offered): a real customer would
                // have been told so; the demo just picks another order
            }
        }
        expire(toExpire);
    }

    private void walk(ReturnRequest r, Actor agent, Actor warehouse, Random random, List<ReturnRequest> toExpire) {
        int roll = random.nextInt(100);
        if (r.getStatus() == ReturnStatus.UNDER_REVIEW) {
            if (roll < 35) {
                return;
            }
            if (roll < 60) {
                returns.reviewing().reject(agent, r.getId(), null, "Serial number does not match the sale");
                return;
            }
            r = returns.reviewing().authorize(agent, r.getId(), null, "Checked the purchase");
            roll = random.nextInt(100);
        }
        if (r.getStatus() == ReturnStatus.AUTHORIZED) {
            if (roll < 15) {
                return;
            }
            if (roll < 20) {
                returns.closing().cancel(agent, r.getId(), null, "Customer kept the item");
                return;
            }
            if (roll < 25) {
                toExpire.add(r);
                return;
            }
            r = returns.shipping()
                    .ship(
                            agent,
                            r.getId(),
                            null,
                            random.nextBoolean() ? "UPS" : "PostNL",
                            "1Z" + (100_000_000 + random.nextInt(899_999_999)));
        }
        if (roll < 45) {
            return; // in transit
        }
        for (ReturnLine line : r.getLines()) {
            int qty = line.getQuantity();
            boolean part = roll < 55 && qty > 1;
            r = returns.receiving().receive(warehouse, r.getId(), null, line.getLineNo(), part ? qty - 1 : qty, "dock");
            if (roll < 55) {
                return; // partially received, or received one line of several
            }
        }
        if (roll < 75) {
            return; // received
        }
        returns.closing().close(warehouse, r.getId(), null, "Processed");
    }

    /**
     * Demo only: an authorized return expires when it is not shipped within the policy's days. To show that state
     * without waiting for it, the deadline of a few demo returns is moved into the past and the expiry job is run.
     */
    private void expire(List<ReturnRequest> toExpire) {
        for (ReturnRequest r : toExpire) {
            jdbc.sql("update return_request set expires_at = now() - interval '1 day' where id = ?")
                    .param(r.getId())
                    .update();
        }
        returns.expiring().expireOverdue();
    }

    private static ReturnReason nonDefectReason(String sku, Random random) {
        ReturnReason[] apparel = {
            ReturnReason.SIZE_FIT, ReturnReason.SIZE_FIT, ReturnReason.CHANGED_MIND, ReturnReason.NOT_AS_DESCRIBED
        };
        ReturnReason[] other = {
            ReturnReason.CHANGED_MIND,
            ReturnReason.DAMAGED_IN_TRANSIT,
            ReturnReason.WRONG_ITEM,
            ReturnReason.NOT_AS_DESCRIBED,
            ReturnReason.MISSING_PARTS,
            ReturnReason.ARRIVED_LATE
        };
        ReturnReason[] pool = sku.startsWith("FJ-") ? apparel : other;
        return pool[random.nextInt(pool.length)];
    }

    private static Resolution pickResolution(Random random) {
        int r = random.nextInt(10);
        return r < 6 ? Resolution.REFUND : r < 8 ? Resolution.EXCHANGE : Resolution.STORE_CREDIT;
    }

    /** Electronics retailer: 30 days, 15% restocking on change-of-mind refunds, money after inspection. */
    private static PolicyTerms northwindPolicy() {
        return new PolicyTerms(
                30,
                14,
                Set.of("digital"),
                new BigDecimal("15.00"),
                Set.of(ReturnReason.ARRIVED_LATE),
                EnumSet.of(
                        Resolution.REFUND,
                        Resolution.EXCHANGE,
                        Resolution.STORE_CREDIT,
                        Resolution.REPAIR,
                        Resolution.REPLACEMENT),
                MoneyMoment.AFTER_INSPECTION,
                new BigDecimal("1000.00"),
                true,
                null,
                null,
                null,
                null);
    }

    /** Apparel retailer: 60 days, free returns, money on the carrier's first scan. */
    private static PolicyTerms fjordPolicy() {
        return new PolicyTerms(
                60,
                21,
                Set.of("intimates"),
                BigDecimal.ZERO,
                Set.of(),
                EnumSet.of(
                        Resolution.REFUND,
                        Resolution.EXCHANGE,
                        Resolution.STORE_CREDIT,
                        Resolution.REPAIR,
                        Resolution.REPLACEMENT),
                MoneyMoment.ON_CARRIER_SCAN,
                new BigDecimal("300.00"),
                true,
                null,
                null,
                null,
                null);
    }

    private static String capitalise(String s) {
        String lower = s.toLowerCase();
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String pad(String s) {
        return String.format("%-22s", s);
    }
}
