package org.retrogistics.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.retrogistics.EmbeddedPostgresDefault;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.returns.MoneyMoment;
import org.retrogistics.returns.PolicyTerms;
import org.retrogistics.returns.Resolution;
import org.retrogistics.returns.ReturnReason;
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
class DemoData implements ApplicationRunner, DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoSettings settings;
    private final Environment environment;
    private final CatalogManagement catalog;
    private final DemoClients clients;
    private final JdbcClient jdbc;

    /** The users line for the start-up's last ("ready") line; set once the users exist on the embedded database. */
    private volatile String signIn;

    DemoData(
            DemoSettings settings,
            Environment environment,
            CatalogManagement catalog,
            DemoClients clients,
            JdbcClient jdbc) {
        this.settings = settings;
        this.environment = environment;
        this.catalog = catalog;
        this.clients = clients;
        this.jdbc = jdbc;
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

        ClientFacts northwind = catalog.registerClient("northwind", "Northwind Electronics", "USD");
        ClientFacts fjord = catalog.registerClient("fjord", "Fjord Outfitters", "EUR");
        // users, catalogues and policies first, so that people can sign in while the orders and returns are written
        List<DemoClients.SetUp> setUp = List.of(
                clients.setUp(
                        northwind,
                        new DemoClients.Plan("northwind", "NW", "Northwind", 10_000, northwindPolicy()),
                        random,
                        credentials),
                clients.setUp(
                        fjord,
                        new DemoClients.Plan("fjord", "FJ", "Fjord", 20_000, fjordPolicy()),
                        random,
                        credentials));
        announceUsers(embedded, credentials, started);
        if (embedded) {
            signIn = signInLine(credentials);
        }
        setUp.forEach(c -> clients.fill(c, random));

        log.info(
                "Demo data seeded in {} ms: 2 clients, {} products, {} orders, {} returns",
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                count("product"),
                count("customer_order"),
                count("return_request"));
    }

    /** "Demo users ready" is the line to wait for before signing in; the rest of the data follows. */
    private static void announceUsers(boolean embedded, Map<String, String> credentials, long started) {
        long ms = Duration.ofNanos(System.nanoTime() - started).toMillis();
        if (!embedded) {
            // a real server keeps these users: their passwords are the documented demo ones, never printed here
            log.warn("Demo users ready in {} ms on a configured database; change their passwords before real use", ms);
            return;
        }
        StringBuilder banner = new StringBuilder("\n\n  Retrogistics demo credentials (embedded database only)\n");
        credentials.forEach(
                (k, v) -> banner.append("    ").append(k).append("  ").append(v).append('\n'));
        banner.append("  Console: /console   Portal: /portal/northwind, /portal/fjord   API docs: /swagger-ui.html\n");
        banner.append("  Orders and returns are being added; \"Demo data seeded\" says when they are all there.\n");
        log.info("Demo users ready in {} ms{}", ms, banner);
    }

    @Override
    public Optional<String> signIn() {
        return Optional.ofNullable(signIn);
    }

    /** Two of the users, with their passwords, and where the rest are. */
    private static String signInLine(Map<String, String> credentials) {
        String users = credentials.entrySet().stream()
                .filter(e -> e.getKey().startsWith("user "))
                .filter(e -> e.getKey().contains("-agent") || e.getKey().contains("-manager"))
                .limit(2)
                .map(e -> e.getKey().substring(5).strip() + " / " + e.getValue().substring("password ".length()))
                .collect(java.util.stream.Collectors.joining(", "));
        return "demo users " + users + " (all users and tokens in the credentials above)";
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
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
}
