package org.retrogistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.integration.WebhookReceiver;
import org.retrogistics.shared.ExclusiveJob;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.web.FormBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Two instances on one database, every request sent round-robin: the test's application (A) and a second one started
 * beside it (B) on the same database. Sessions are kept in the database, so a sign-in made on one serves the other; two
 * edits of one return on different instances cannot both win; concurrent returns of one order line across instances
 * never exceed what was delivered; a scheduled job's round runs on one instance; and both dispatch webhooks and
 * customer e-mails (to a real SMTP server, GreenMail), each message reaching its receiver once.
 */
@TestPropertySource(
        properties = {
            "retrogistics.integration.webhooks.dispatch=true",
            "retrogistics.integration.webhooks.poll-interval=100ms",
            "spring.mail.host=127.0.0.1",
            "retrogistics.integration.mail.dispatch=true",
            "retrogistics.integration.mail.poll-interval=100ms"
        })
// closed after the class: its dispatcher must not go on claiming the deliveries other tests make in the shared database
@DirtiesContext
class TwoInstancesIT extends ApiTestSupport {

    private static final int SMTP_PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry p) {
        p.add("spring.mail.port", () -> SMTP_PORT);
    }

    private static ConfigurableApplicationContext other;
    private static int otherPort;

    private final AtomicInteger turn = new AtomicInteger();

    @Autowired
    private Environment environment;

    @Autowired
    private DataSource database;

    /** Starts instance B once, on this application's database, with the same settings. */
    @BeforeEach
    void startTheOtherInstance() {
        if (other != null) {
            return;
        }
        other = new SpringApplicationBuilder(RetrogisticsApplication.class)
                .run(
                        "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                        "--server.address=127.0.0.1",
                        "--server.port=0",
                        "--retrogistics.demo.seed=never",
                        "--retrogistics.security.throttle.address-failures=100000",
                        "--retrogistics.integration.webhooks.dispatch=true",
                        "--retrogistics.integration.webhooks.poll-interval=100ms",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + SMTP_PORT,
                        "--retrogistics.integration.mail.dispatch=true",
                        "--retrogistics.integration.mail.poll-interval=100ms");
        otherPort = Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stopTheOtherInstance() {
        if (other != null) {
            other.close();
            other = null;
        }
        SMTP.stop();
    }

    private static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every request of the test's helpers goes to A and B in turn, as behind a round-robin balancer. */
    @Override
    protected java.net.URI uri(String path) {
        return roundRobin().apply(path);
    }

    private Function<String, java.net.URI> roundRobin() {
        return path ->
                java.net.URI.create("http://127.0.0.1:" + (turn.getAndIncrement() % 2 == 0 ? port : otherPort) + path);
    }

    @Test
    void aSignInOnOneInstanceServesTheOtherUntilItsSignOutOnEither() {
        Tenant t = newTenant();
        FormBrowser browser = new FormBrowser(roundRobin());
        // the sign-in page (and its CSRF token, kept in the session) comes from A, the sign-in goes to B
        assertThat(browser.signIn(t.code() + "-agent", "secret-agent")).isEqualTo("/console");
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> page = browser.get("/console");
            assertThat(page.statusCode()).as("console page %d", i).isEqualTo(200);
            assertThat(page.body()).contains(t.code() + "-agent");
        }
        browser.get("/console");
        assertThat(browser.post("/logout", Map.of()).statusCode()).isEqualTo(302);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> after = browser.get("/console");
            assertThat(after.statusCode()).isEqualTo(302);
            assertThat(after.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).contains("/login"));
        }
    }

    @Test
    void twoAgentsOnDifferentInstancesActingOnOneVersionCannotBothWin() throws Exception {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "laptop", 1);
        Res created =
                post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")));
        String id = created.json().path("id").asString();
        String etag = created.header("ETag");
        List<Res> answers = concurrently(List.of(
                () -> post("/api/returns/" + id + "/authorize", t.token(Role.AGENT), Map.of(), "If-Match", etag),
                () -> post(
                        "/api/returns/" + id + "/reject",
                        t.token(Role.AGENT),
                        Map.of("reason", "no"),
                        "If-Match",
                        etag)));
        assertThat(answers.stream().map(Res::status)).containsExactlyInAnyOrder(200, 409);
        String status = get("/api/returns/" + id, t.token(Role.AGENT))
                .json()
                .path("status")
                .asString();
        Res winner = answers.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        assertThat(status).isEqualTo(winner.json().path("status").asString());
    }

    @Test
    void concurrentReturnsOfOneLineAcrossInstancesNeverExceedWhatWasDelivered() throws Exception {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "shirt", 3);
        List<Callable<Res>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() ->
                    post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "SIZE_FIT", "EXCHANGE"))));
        }
        List<Res> answers = concurrently(calls);
        assertThat(answers.stream().filter(r -> r.status() == 201)).hasSize(3);
        assertThat(answers.stream().filter(r -> r.status() != 201))
                .allSatisfy(r -> assertThat(r.problemCode()).isEqualTo("return-quantity-exceeded"));
        assertThat(count(
                        "select returned_quantity from order_line ol join customer_order o on o.id = ol.order_id"
                                + " where o.order_number = ?",
                        order))
                .isEqualTo(3);
    }

    @Test
    void aJobStartedOnBothInstancesAtOnceRunsOnOne() throws Exception {
        String job = "two-instances-" + java.util.UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        DataSource otherDatabase = other.getBean(DataSource.class);
        // the round that runs holds its lock until the other instance's attempt has come back (skipped), so the two
        // overlap for certain; were the lock not taken, the second round would run too and the count would say so
        CountDownLatch skipped = new CountDownLatch(1);
        Callable<Boolean> round = () -> {
            runs.incrementAndGet();
            skipped.await(5, TimeUnit.SECONDS);
            return true;
        };
        List<Callable<Boolean>> both = List.of(
                () -> noteSkip(ExclusiveJob.run(database, job, () -> call(round)), skipped),
                () -> noteSkip(ExclusiveJob.run(otherDatabase, job, () -> call(round)), skipped));
        assertThat(concurrently(both)).containsExactlyInAnyOrder(true, false);
        assertThat(runs).hasValue(1);
    }

    @Test
    void bothInstancesDispatchWebhooksAndEachMessageArrivesOnce() {
        Tenant t = newTenant();
        try (WebhookReceiver receiver = WebhookReceiver.answering(204)) {
            Res s = post(
                    "/api/integration/webhooks",
                    t.token(Role.MANAGER),
                    Map.of("url", receiver.url(), "eventTypes", List.of("return.authorized.v1")));
            assertThat(s.status()).as(s.body()).isEqualTo(201);
            int returns = 12;
            for (int i = 0; i < returns; i++) {
                String order = placeOrder(t, 3, "shirt", 1);
                Res r = post(
                        "/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")));
                assertThat(r.json().path("status").asString()).isEqualTo("AUTHORIZED");
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.calls().size() >= returns);
            // a second look after the dispatchers have polled many more times: nothing came twice
            await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
            Map<String, Long> perMessage = receiver.calls().stream()
                    .collect(Collectors.groupingBy(WebhookReceiver.Call::id, Collectors.counting()));
            assertThat(perMessage).hasSize(returns);
            assertThat(perMessage.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
        }
    }

    @Test
    void bothInstancesSendCustomerEmailsAndEachShopperGetsOnePerReturn() throws Exception {
        Tenant t = newTenant();
        int returns = 8;
        List<String> rmas = new ArrayList<>();
        for (int i = 0; i < returns; i++) {
            String order = placeOrder(t, 3, "shirt", 1);
            Res r = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")));
            assertThat(r.json().path("status").asString()).isEqualTo("AUTHORIZED");
            rmas.add(r.json().path("rmaNumber").asString());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> authorizedMails(rmas).size() >= returns);
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        Map<String, Long> perReturn =
                authorizedMails(rmas).stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(perReturn).hasSize(returns);
        assertThat(perReturn.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
    }

    /** The RMA numbers of this test's returns named in the subjects GreenMail received, once per e-mail. */
    private static List<String> authorizedMails(List<String> rmas) throws Exception {
        List<String> found = new ArrayList<>();
        for (jakarta.mail.internet.MimeMessage m : SMTP.getReceivedMessages()) {
            String subject = m.getSubject();
            rmas.stream().filter(rma -> subject.contains(rma + " ")).forEach(found::add);
        }
        return found;
    }

    private static boolean noteSkip(boolean ran, CountDownLatch skipped) {
        if (!ran) {
            skipped.countDown();
        }
        return ran;
    }

    private static void call(Callable<?> c) {
        try {
            c.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts all calls at once, from a latch, and collects their answers. */
    private static <T> List<T> concurrently(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
