package org.retrogistics.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.orders.OrderDraft;
import org.retrogistics.orders.OrderFacts;
import org.retrogistics.orders.OrderLineFacts;
import org.retrogistics.orders.OrderManagement;
import org.retrogistics.returns.NewReturn;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnKind;
import org.retrogistics.returns.ReturnReason;
import org.retrogistics.returns.ReturnSnapshot;
import org.retrogistics.returns.ReturnStatus;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.springframework.stereotype.Component;

/** Demo orders by made-up customers, and returns of them walked through the same services as the API's. */
@Component
class DemoReturns {

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

    private final OrderManagement orders;
    private final DemoReturnSteps returns;

    DemoReturns(OrderManagement orders, DemoReturnSteps returns) {
        this.orders = orders;
        this.returns = returns;
    }

    /** Places orders of the client's products by made-up customers, delivered over the last five months. */
    List<OrderFacts> placeOrders(
            ClientId id, ClientFacts client, String prefix, List<ProductFacts> products, int count, Random random) {
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
                    DemoClients.capitalise(first) + " " + DemoClients.capitalise(last),
                    ordered,
                    delivered.isAfter(now) ? null : delivered,
                    client.currency(),
                    orderLines));
        }
        List<OrderFacts> placed = new ArrayList<>();
        for (int from = 0; from < drafts.size(); from += 500) {
            placed.addAll(orders.placeAll(id, drafts.subList(from, Math.min(drafts.size(), from + 500))));
        }
        return placed;
    }

    /** Creates returns through the service and walks each to a target state, so every state has examples. */
    void seedReturns(ClientId id, ClientFacts client, List<OrderFacts> placed, int count, Random random) {
        Actor agent = new Actor(id, client.code() + "-agent", EnumSet.of(Role.AGENT), null);
        Actor warehouse = new Actor(id, client.code() + "-warehouse", EnumSet.of(Role.WAREHOUSE), null);
        Instant now = Instant.now();
        List<UUID> toExpire = new ArrayList<>();
        int created = 0;
        int attempts = 0;
        while (created < count && attempts < count * 6) {
            attempts++;
            OrderFacts order = placed.get(random.nextInt(placed.size()));
            if (order.deliveredAt() == null) {
                continue;
            }
            long age = Duration.between(order.deliveredAt(), now).toDays();
            try {
                ReturnSnapshot r = request(agent, order, age, attempts, random);
                created++;
                walk(r, agent, warehouse, random, toExpire);
            } catch (DomainException refused) {
                // the policy refused this combination (window closed, resolution not offered): a real customer would
                // have been told so; the demo just picks another order
            }
        }
        expire(toExpire);
    }

    /** A return of the order: now and then one to sender or an end-of-life take-back, mostly a customer's return. */
    private ReturnSnapshot request(Actor agent, OrderFacts order, long age, int attempt, Random random) {
        int pick = random.nextInt(100);
        if (pick < 4) {
            return returns.returningToSender()
                    .returnToSenderSnapshot(
                            agent, order.orderNumber(), "DHL", "JD" + (10_000_000 + attempt), "address unknown");
        }
        if (pick < 8) {
            OrderLineFacts line = order.lines().get(0);
            return returns.requesting()
                    .requestSnapshot(
                            agent,
                            new NewReturn(
                                    ReturnKind.END_OF_LIFE,
                                    order.customerEmail(),
                                    order.customerName(),
                                    List.of(new NewReturn.Line(
                                            null,
                                            null,
                                            line.sku(),
                                            1,
                                            ReturnReason.END_OF_LIFE,
                                            null,
                                            "take-back of an old device",
                                            null,
                                            null,
                                            Resolution.NONE))));
        }
        boolean defect = age > 30 || random.nextInt(4) == 0;
        List<NewReturn.Line> lines = new ArrayList<>();
        for (OrderLineFacts line : order.lines()) {
            if (lines.isEmpty() || random.nextBoolean()) {
                ReturnReason reason = defect ? ReturnReason.DEFECTIVE : nonDefectReason(line.sku(), random);
                Resolution resolution = defect
                        ? (random.nextBoolean() ? Resolution.REPAIR : Resolution.REPLACEMENT)
                        : pickResolution(random);
                lines.add(new NewReturn.Line(
                        order.orderNumber(),
                        line.lineNo(),
                        null,
                        1 + random.nextInt(line.quantity()),
                        reason,
                        null,
                        defect ? "stopped working" : null,
                        null,
                        null,
                        resolution));
            }
        }
        return returns.requesting()
                .requestSnapshot(
                        agent,
                        new NewReturn(ReturnKind.CUSTOMER_RETURN, order.customerEmail(), order.customerName(), lines));
    }

    /** Walks the return on; ship and receive keep its lines as asked, so it is read again only after authorizing. */
    private void walk(ReturnSnapshot r, Actor agent, Actor warehouse, Random random, List<UUID> toExpire) {
        int roll = random.nextInt(100);
        if (r.status() == ReturnStatus.UNDER_REVIEW) {
            if (roll < 35) {
                return;
            }
            if (roll < 60) {
                returns.reviewing().reject(agent, r.id(), null, "Serial number does not match the sale");
                return;
            }
            r = returns.reviewing().authorizeSnapshot(agent, r.id(), null, "Checked the purchase");
            roll = random.nextInt(100);
        }
        if (r.status() == ReturnStatus.AUTHORIZED) {
            if (roll < 15) {
                return;
            }
            if (roll < 20) {
                returns.closing().cancel(agent, r.id(), null, "Customer kept the item");
                return;
            }
            if (roll < 25) {
                toExpire.add(r.id());
                return;
            }
            returns.shipping()
                    .ship(
                            agent,
                            r.id(),
                            null,
                            random.nextBoolean() ? "UPS" : "PostNL",
                            "1Z" + (100_000_000 + random.nextInt(899_999_999)));
        }
        if (roll < 45) {
            return; // in transit
        }
        for (ReturnSnapshot.Line line : r.lines()) {
            int qty = line.quantity();
            boolean part = roll < 55 && qty > 1;
            returns.receiving().receive(warehouse, r.id(), null, line.lineNo(), part ? qty - 1 : qty, "dock");
            if (roll < 55) {
                return; // partially received, or received one line of several
            }
        }
        if (roll < 75) {
            return; // received
        }
        returns.closing().close(warehouse, r.id(), null, "Processed");
    }

    /**
     * Demo only: an authorized return expires when it is not shipped within the policy's days. To show that state
     * without waiting for it, the returns module moves the deadline of a few demo returns into the past and runs the expiry job.
     */
    private void expire(List<UUID> toExpire) {
        returns.expiring().expireNowForDemo(toExpire);
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
}
