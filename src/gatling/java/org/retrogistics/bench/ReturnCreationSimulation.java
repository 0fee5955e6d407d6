package org.retrogistics.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sustained return creation over HTTP: {@code POST /api/returns} with two lines (policy check, quantity reservation,
 * events, custody units), each on fresh order lines bulk-loaded in {@link #before()}.
 *
 * <p>Closed workload like pgbench's: {@code bench.users} virtual users, each on its own keep-alive connection, send
 * the next request as soon as the previous one answered. A warm-up phase (request name "warm-up return") lets the JIT
 * and the connection pools settle; the figures to report are those of the request named "create return", which runs
 * for {@code bench.duration} seconds. Both phases stop early if the prepared orders run out.
 */
public class ReturnCreationSimulation extends Simulation {

    static final String MEASURED = "create return";
    static final String WARM_UP = "warm-up return";

    private final BenchSettings settings = BenchSettings.fromEnvironment();
    private final String prefix =
            "BENCH-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private final AtomicInteger nextOrder = new AtomicInteger();
    private final AtomicBoolean exhausted = new AtomicBoolean();
    private final AtomicLong measuredFrom = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong measuredTo = new AtomicLong(Long.MIN_VALUE);

    {
        HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl().toString())
                .authorizationHeader("Bearer " + settings.token())
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .userAgentHeader("retrogistics-bench");

        PopulationBuilder warmUp = phase("warm-up", WARM_UP, settings.warmUp(), false);
        PopulationBuilder measured = phase("measured", MEASURED, settings.duration(), true);
        setUp(settings.warmUp().isZero() ? measured : warmUp.andThen(measured))
                .protocols(protocol)
                // a hard bound on the whole run, whatever happens
                .maxDuration(settings.warmUp().plus(settings.duration()).plusSeconds(60))
                // the targets; Gatling prints each assertion with its actual value at the end, bench/run.sh
                // reads them
                .assertions(
                        details(MEASURED).failedRequests().count().is(0L),
                        details(MEASURED).responseTime().percentile(99.0).lte(50),
                        // recorded for the report, not targets
                        details(MEASURED).allRequests().count().gte(0L),
                        details(MEASURED).responseTime().percentile(50.0).gte(0),
                        details(MEASURED).responseTime().percentile(95.0).gte(0),
                        details(MEASURED).responseTime().max().gte(0),
                        details(MEASURED).responseTime().mean().gte(0));
    }

    private PopulationBuilder phase(String name, String requestName, Duration duration, boolean measured) {
        ChainBuilder createReturn = exec(http(requestName)
                .post("/api/returns")
                .body(StringBody(ReturnCreationSimulation::returnBody))
                .check(status().is(201)));
        ScenarioBuilder scenario = scenario(name)
                .exec(session -> {
                    if (measured) {
                        measuredFrom.accumulateAndGet(System.currentTimeMillis(), Math::min);
                    }
                    return session;
                })
                .asLongAsDuring(session -> !exhausted.get(), duration)
                .on(feed(orders())
                        .doIf(session -> session.getBoolean("available"))
                        .then(createReturn))
                .exec(session -> {
                    if (measured) {
                        measuredTo.accumulateAndGet(System.currentTimeMillis(), Math::max);
                    }
                    return session;
                });
        return scenario.injectOpen(atOnceUsers(settings.users()));
    }

    /** Never empty (an empty feeder would abort the run): past the prepared orders it flags the end instead. */
    private Iterator<Map<String, Object>> orders() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                int i = nextOrder.getAndIncrement();
                if (i >= settings.orders()) {
                    exhausted.set(true);
                    return Map.of("available", false);
                }
                return Map.of(
                        "available",
                        true,
                        "orderNumber",
                        OrderPreparation.orderNumber(prefix, i),
                        "customerEmail",
                        OrderPreparation.customerEmail(i));
            }
        };
    }

    private static String returnBody(Session session) {
        String order = session.getString("orderNumber");
        return """
                {"customerEmail":"%s","lines":[\
                {"orderNumber":"%s","lineNo":1,"quantity":1,"reason":"CHANGED_MIND","resolution":"REFUND"},\
                {"orderNumber":"%s","lineNo":2,"quantity":1,"reason":"DEFECTIVE","resolution":"REPAIR"}]}"""
                .formatted(session.getString("customerEmail"), order, order);
    }

    @Override
    public void before() {
        OrderPreparation preparation = new OrderPreparation(settings);
        List<String> skus = preparation.returnableSkus();
        Duration took = preparation.createOrders(prefix, skus);
        System.out.printf(
                "BENCH prepared %d orders (2 lines each, %d SKUs) as %s-* in %d ms; %d users, warm-up %d s, measured %d s%n",
                settings.orders(),
                skus.size(),
                prefix,
                took.toMillis(),
                settings.users(),
                settings.warmUp().toSeconds(),
                settings.duration().toSeconds());
    }

    @Override
    public void after() {
        int used = Math.min(nextOrder.get(), settings.orders());
        System.out.printf("BENCH used %d of %d prepared orders%n", used, settings.orders());
        if (measuredTo.get() > measuredFrom.get()) {
            // first request sent to last response received in the measured phase; bench/run.sh divides by it
            System.out.printf("BENCH measured window %d ms%n", measuredTo.get() - measuredFrom.get());
        }
        if (exhausted.get()) {
            System.out.println("BENCH WARNING: ran out of prepared orders before the measured phase ended;"
                    + " raise bench.orders (or bench.maxRate) and run again");
        }
    }
}
