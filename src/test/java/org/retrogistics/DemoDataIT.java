package org.retrogistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo data a newcomer sees, and the rule that a configured database is never seeded unless asked. Each case runs
 * the whole application on a database of its own.
 */
class DemoDataIT {

    private static String freshDatabase() throws Exception {
        String name = "demo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c =
                EmbeddedPostgresDefault.server().getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create database " + name);
        }
        return EmbeddedPostgresDefault.server().getJdbcUrl("postgres", name);
    }

    /** How many returns existed when readiness turned to accepting traffic (-1: it never did). */
    private static final java.util.concurrent.atomic.AtomicLong returnsWhenReady =
            new java.util.concurrent.atomic.AtomicLong(-1);

    private static ConfigurableApplicationContext run(String url, String seed) {
        returnsWhenReady.set(-1);
        // command-line arguments: they outrank application.yml, as they would for an operator
        return new SpringApplicationBuilder(RetrogisticsApplication.class)
                .listeners((org.springframework.context.ApplicationListener<
                                org.springframework.boot.availability.AvailabilityChangeEvent<?>>)
                        e -> {
                            if (e.getState() == org.springframework.boot.availability.ReadinessState.ACCEPTING_TRAFFIC
                                    && e.getSource() instanceof ConfigurableApplicationContext c) {
                                returnsWhenReady.set(c.getBean(JdbcClient.class)
                                        .sql("select count(*) from return_request")
                                        .query(Long.class)
                                        .single());
                            }
                        })
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--server.port=0",
                        "--retrogistics.demo.seed=" + seed,
                        "--retrogistics.demo.orders=600",
                        "--retrogistics.demo.returns=240");
    }

    @Test
    void seedsTwoClientsACatalogueOrdersAndReturnsInEveryState() throws Exception {
        try (ConfigurableApplicationContext app = run(freshDatabase(), "always")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select code from client order by code")
                            .query(String.class)
                            .list())
                    .containsExactly("fjord", "northwind");
            assertThat(jdbc.sql("select count(*) from product")
                            .query(Long.class)
                            .single())
                    .isBetween(180L, 220L);
            assertThat(jdbc.sql("select count(*) from product where battery_chemistry is not null and serialized")
                            .query(Long.class)
                            .single())
                    .isPositive();
            assertThat(jdbc.sql("select count(*) from customer_order")
                            .query(Long.class)
                            .single())
                    .isEqualTo(600);
            assertThat(jdbc.sql("select count(*) from return_request")
                            .query(Long.class)
                            .single())
                    .isEqualTo(240);
            assertThat(returnsWhenReady.get())
                    .as("readiness turns UP only once the demo's returns are all there")
                    .isEqualTo(240);
            List<String> states = jdbc.sql("select distinct status from return_request")
                    .query(String.class)
                    .list();
            assertThat(states)
                    .contains(
                            "UNDER_REVIEW",
                            "AUTHORIZED",
                            "REJECTED",
                            "IN_TRANSIT",
                            "PARTIALLY_RECEIVED",
                            "RECEIVED",
                            "CLOSED",
                            "CANCELLED",
                            "EXPIRED");
            assertThat(jdbc.sql("select distinct kind from return_request")
                            .query(String.class)
                            .list())
                    .contains("CUSTOMER_RETURN", "DELIVERY_FAILURE", "END_OF_LIFE");
            assertThat(jdbc.sql("select count(*) from app_user")
                            .query(Long.class)
                            .single())
                    .isEqualTo(10);
            // recycling: per client a certified recycler with an open batch and one whose certificate lapsed
            assertThat(jdbc.sql("select count(*) from recycler")
                            .query(Long.class)
                            .single())
                    .isEqualTo(4);
            assertThat(jdbc.sql("select count(*) from recycling_batch where status = 'OPEN'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);
            // the warehouse: parcels scanned, units inspected, decided and given work orders (the last two by events)
            assertThat(jdbc.sql("select count(*) from receipt")
                            .query(Long.class)
                            .single())
                    .isPositive();
            assertThat(jdbc.sql("select count(*) from inspection")
                            .query(Long.class)
                            .single())
                    .isPositive();
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> jdbc.sql("select count(*) from disposition_decision")
                                    .query(Long.class)
                                    .single()
                            == jdbc.sql("select count(distinct unit_id) from inspection")
                                    .query(Long.class)
                                    .single());
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> jdbc.sql("select count(*) from work_order")
                                    .query(Long.class)
                                    .single()
                            > 0);
        }
    }

    @Test
    void aConfiguredDatabaseIsNotSeededUnlessAsked() throws Exception {
        try (ConfigurableApplicationContext app = run(freshDatabase(), "auto")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from client").query(Long.class).single())
                    .isZero();
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aNewServerDatabaseGetsItsFirstClientAndAdministratorFromConfiguration() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(RetrogisticsApplication.class)
                .run(
                        "--spring.datasource.url=" + freshDatabase(),
                        "--spring.datasource.username=postgres",
                        "--server.port=0",
                        "--retrogistics.bootstrap.client-code=acme",
                        "--retrogistics.bootstrap.client-name=Acme Returns",
                        "--retrogistics.bootstrap.currency=USD",
                        "--retrogistics.bootstrap.admin-username=acme-admin",
                        "--retrogistics.bootstrap.admin-password=change-me-at-once")) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            String basic = java.util.Base64.getEncoder().encodeToString("acme-admin:change-me-at-once".getBytes());
            var issued = http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/tokens"))
                            .header("Authorization", "Basic " + basic)
                            .header("Content-Type", "application/json")
                            .POST(
                                    java.net.http.HttpRequest.BodyPublishers.ofString(
                                            "{\"name\":\"shop\",\"roles\":[\"CUSTOMER\"],\"customerEmail\":\"sam@example.com\"}"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(issued.statusCode()).isEqualTo(201);
            String token = tools.jackson.databind.json.JsonMapper.builder()
                    .build()
                    .readTree(issued.body())
                    .path("token")
                    .asString();
            var me = http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/client"))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(me.body()).contains("\"code\":\"acme\"").contains("CUSTOMER");
        }
    }
}
