package org.retrogistics.integration.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.returns.ReturnEvents.ReturnReceived;
import org.retrogistics.testing.ApiTestSupport;
import org.retrogistics.testing.PublishingAsTheOwner;
import org.retrogistics.web.FormBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Customer e-mails end to end: real returns changed over the API, a real SMTP server (GreenMail) run by the test on a
 * free port, the e-mails read as a mail client reads them, and their links followed over HTTP. One tenant speaks
 * German, one has its own subject and text template. Retries are shortened to a fifth of a second.
 */
// closed after the class: its dispatcher must not go on claiming the e-mails of the shared database
@DirtiesContext
class CustomerMailIT extends ApiTestSupport {

    private static final int SMTP_PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
    private static final String PUBLIC_URL = "https://returns.example.com";
    private static final String GERMAN = "de" + UUID.randomUUID().toString().substring(0, 8);
    private static final String BRAND = "br" + UUID.randomUUID().toString().substring(0, 8);
    private static final Path OVERRIDES = overrides();

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry p) {
        p.add("spring.mail.host", () -> "127.0.0.1");
        p.add("spring.mail.port", () -> SMTP_PORT);
        p.add("retrogistics.public-url", () -> PUBLIC_URL);
        p.add("retrogistics.security.link-secret", () -> "mail-test-link-secret-0123456789");
        p.add("retrogistics.integration.mail.dispatch", () -> "true");
        p.add("retrogistics.integration.mail.poll-interval", () -> "100ms");
        p.add("retrogistics.integration.mail.backoff", () -> "200ms");
        p.add("retrogistics.integration.mail.max-attempts", () -> "100");
        p.add("retrogistics.integration.mail.lease", () -> "10s");
        p.add("retrogistics.integration.mail.from", () -> "Returns <returns@example.com>");
        p.add("retrogistics.integration.mail.overrides", () -> OVERRIDES.toUri().toString());
        p.add("retrogistics.integration.mail.clients." + GERMAN + ".language", () -> "de");
        p.add("retrogistics.integration.mail.clients." + BRAND + ".reply-to", () -> "care@brand.example");
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void anAuthorizedReturnGetsOneEmailWhoseLinksWork() throws Exception {
        Tenant t = newTenant();
        JsonNode r = newReturn(t, "shirt", "CHANGED_MIND");
        String rma = r.path("rmaNumber").asString();

        SentMail mail = awaitMails(t, 1).get(0);
        assertThat(mail.to()).isEqualTo(SHOPPER);
        assertThat(mail.subject()).isEqualTo("Your return " + rma + " is authorized");
        assertThat(mail.text()).contains("Hello Sam Shopper,", "your return " + rma + " is authorized");
        assertThat(mail.html()).contains("your return " + rma + " is authorized", "lang=\"en\"");
        assertThat(mail.oneClick()).isEqualTo("List-Unsubscribe=One-Click");

        // the status link is the portal's signed one: it opens the return without a session, with its label button
        String status = mail.linkAfter("on your return page:");
        assertThat(status).startsWith(PUBLIC_URL + "/portal/" + t.code() + "/status?rma=" + rma);
        Res page = send(HttpRequest.newBuilder(local(status)).GET(), null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(rma, "id=\"make-label\"");

        // the unsubscribe link: opening it changes nothing, its button (or the one-click POST) stops the e-mails
        String unsubscribe = mail.unsubscribeUrl();
        assertThat(mail.linkAfter("Stop these e-mails:")).isEqualTo(unsubscribe);
        assertThat(unsubscribe).doesNotContain("shopper").doesNotContain("%40");
        FormBrowser shopper = new FormBrowser(this::uri);
        HttpResponse<String> confirm =
                shopper.get(local(unsubscribe).toString().substring(localBase().length()));
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Stop these e-mails");
        assertThat(unsubscribed(t)).isZero();
        Res forged = send(
                HttpRequest.newBuilder(local(unsubscribe.replaceAll("sig=.*", "sig=forged")))
                        .GET(),
                null);
        assertThat(forged.status()).isEqualTo(404);
        assertThat(unsubscribed(t)).isZero();
        Matcher button = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(confirm.body());
        assertThat(button.find()).isTrue();
        HttpResponse<String> done = shopper.post(button.group(1).replace("&amp;", "&"), Map.of());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("You will get no more e-mails");
        assertThat(unsubscribed(t)).isOne();
        // a mail client's one-click POST (no session, no token) answers the same, and changes nothing more
        Res oneClick = send(
                HttpRequest.newBuilder(local(unsubscribe))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")),
                null);
        assertThat(oneClick.status()).as(oneClick.body()).isEqualTo(200);
        assertThat(oneClick.body()).contains("You will get no more e-mails");
        assertThat(unsubscribed(t)).isOne();

        // the parcel arrives: no e-mail is written for an address that unsubscribed
        String id = r.path("id").asString();
        receive(t, id);
        awaitListenersDone(id);
        assertThat(count("select count(*) from customer_mail where client_id = ?", t.id().value()))
                .isOne();
        assertThat(mailsOf(t)).hasSize(1);
    }

    @Test
    void eachStatusSendsExactlyOneEmail() {
        Tenant t = newTenant();
        JsonNode shirt = newReturn(t, "shirt", "CHANGED_MIND");
        String rma = shirt.path("rmaNumber").asString();
        String id = shirt.path("id").asString();
        receive(t, id);
        Res refund = post(
                "/api/returns/" + id + "/resolutions",
                t.token(Role.AGENT),
                Map.of("lineNo", 1, "kind", "REFUND", "quantity", 1));
        assertThat(refund.status()).as(refund.body()).isEqualTo(201);
        // over the review threshold: an agent rejects it, with words for the customer
        JsonNode laptop = newReturn(t, "laptop", "CHANGED_MIND");
        assertThat(laptop.path("status").asString()).isEqualTo("UNDER_REVIEW");
        String laptopRma = laptop.path("rmaNumber").asString();
        Res rejected = post(
                "/api/returns/" + laptop.path("id").asString() + "/reject",
                t.token(Role.AGENT),
                Map.of("reason", "The laptop was bought more than a year ago."));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);

        List<SentMail> mails = awaitMails(t, 4);
        assertThat(mails)
                .extracting(SentMail::subject)
                .containsExactlyInAnyOrder(
                        "Your return " + rma + " is authorized",
                        "We have received your return " + rma,
                        "Your refund for return " + rma,
                        "Your return " + laptopRma + " was not accepted");
        SentMail refunded = withSubject(mails, "Your refund");
        // 29.00 paid, 15% restocking fee 4.35
        assertThat(refunded.text()).contains("Your refund of $24.65 for return " + rma, "back to the payment you used");
        SentMail no = withSubject(mails, "was not accepted");
        assertThat(no.text()).contains("The reason given:", "The laptop was bought more than a year ago.");
        assertThat(no.html()).contains("The laptop was bought more than a year ago.");
        assertThat(count(
                        "select count(*) from customer_mail where client_id = ? and status = 'SENT' and attempts = 1",
                        t.id().value()))
                .isEqualTo(4);
    }

    @Test
    void theClientsLanguageAndOwnTemplatesAreUsed() {
        Tenant german = newTenant(GERMAN);
        String rma =
                newReturn(german, "shirt", "CHANGED_MIND").path("rmaNumber").asString();
        SentMail de = awaitMails(german, 1).get(0);
        assertThat(de.subject()).isEqualTo("Ihre Rücksendung " + rma + " ist genehmigt");
        assertThat(de.text()).contains("Hallo Sam Shopper,", "Diese E-Mails abbestellen:");
        assertThat(de.html()).contains("lang=\"de\"", "Gute Nachricht");

        Tenant brand = newTenant(BRAND);
        String brandRma =
                newReturn(brand, "shirt", "CHANGED_MIND").path("rmaNumber").asString();
        SentMail own = awaitMails(brand, 1).get(0);
        // its own subject and plain text; the HTML it did not override is the default one, with its own sender
        assertThat(own.subject()).isEqualTo("Pack it up: " + brandRma);
        assertThat(own.text()).startsWith("Dear customer of Test client " + BRAND);
        assertThat(own.html()).contains("your return " + brandRma + " is authorized");
        assertThat(count(
                        "select count(*) from customer_mail where client_id = ? and reply_to = 'care@brand.example'"
                                + " and sender = 'Returns <returns@example.com>'",
                        brand.id().value()))
                .isOne();
    }

    @Test
    void anSmtpOutageLeavesTheEmailPendingAndItIsSentOnceWhenBack() {
        Tenant t = newTenant();
        SMTP.stop();
        try {
            newReturn(t, "shirt", "CHANGED_MIND");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> count(
                                    "select count(*) from customer_mail where client_id = ? and status = 'PENDING'"
                                            + " and attempts >= 2 and last_error is not null",
                                    t.id().value())
                            == 1);
        } finally {
            SMTP.start();
        }
        assertThat(awaitMails(t, 1)).hasSize(1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count(
                                "select count(*) from customer_mail where client_id = ? and status = 'SENT'",
                                t.id().value())
                        == 1);
        assertThat(mailsOf(t)).hasSize(1);
    }

    @Test
    void theSameEventTwiceIsOneEmail() {
        Tenant t = newTenant();
        JsonNode r = newReturn(t, "shirt", "CHANGED_MIND");
        UUID id = UUID.fromString(r.path("id").asString());
        awaitMails(t, 1);
        // what the registry does when a listener runs again after a crash: the same event, delivered twice
        ReturnReceived received =
                new ReturnReceived(id, t.id().value(), r.path("rmaNumber").asString(), Instant.now());
        PublishingAsTheOwner owner = new PublishingAsTheOwner(tx, events, jdbc);
        owner.publish(id, received);
        owner.publish(id, received);
        List<SentMail> mails = awaitMails(t, 2);
        assertThat(mails)
                .extracting(SentMail::subject)
                .filteredOn(s -> s.startsWith("We have received"))
                .hasSize(1);
        assertThat(count("select count(*) from customer_mail where client_id = ?", t.id().value()))
                .isEqualTo(2);
    }

    private JsonNode newReturn(Tenant t, String product, String reason) {
        String order = placeOrder(t, 3, product, 1);
        Map<String, Object> body = new HashMap<>(returnOf(line(order, 1, 1, reason, "REFUND")));
        body.put("customerName", "Sam Shopper");
        Res r = post("/api/returns", t.token(Role.CUSTOMER), body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private void receive(Tenant t, String returnId) {
        Res r = post(
                "/api/returns/" + returnId + "/receipts",
                t.token(Role.WAREHOUSE),
                Map.of("lineNo", 1, "quantity", 1, "location", "dock-1"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** Waits until exactly {@code n} e-mails of the tenant have arrived, and a moment more finds no other. */
    private List<SentMail> awaitMails(Tenant t, int n) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsOf(t).size() >= n);
        assertThat(mailsOf(t)).hasSize(n);
        return mailsOf(t);
    }

    private List<SentMail> mailsOf(Tenant t) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        String h = m.getHeader("List-Unsubscribe", null);
                        return h != null && h.contains("/portal/" + t.code() + "/");
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(SentMail::of)
                .toList();
    }

    private static SentMail withSubject(List<SentMail> mails, String part) {
        return mails.stream()
                .filter(m -> m.subject().contains(part))
                .findFirst()
                .orElseThrow();
    }

    private long unsubscribed(Tenant t) {
        return count("select count(*) from customer_mail_unsubscribe where client_id = ?", t.id().value());
    }

    /** Waits until the listeners of the return's events (the e-mail ones among them) have finished. */
    private void awaitListenersDone(String returnId) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> count(
                                "select count(*) from event_publication where completion_date is null"
                                        + " and serialized_event like ?",
                                "%" + returnId + "%")
                        == 0);
    }

    /** A link as e-mailed (the public address) pointed at the application under test. */
    private URI local(String link) {
        return URI.create(link.replace(PUBLIC_URL, localBase()));
    }

    private String localBase() {
        return "http://localhost:" + port;
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client's own folder: its own subject in English, and its own plain-text template of an authorization. */
    private static Path overrides() {
        try {
            Path root = Files.createTempDirectory("mail-overrides");
            Path own = Files.createDirectories(root.resolve(BRAND));
            Files.writeString(
                    own.resolve("messages.properties"),
                    "subject.return-authorized=Pack it up: {0}\n",
                    StandardCharsets.UTF_8);
            Files.writeString(
                    own.resolve("return-authorized.txt"),
                    "Dear customer of [(${clientName})],\n\n[(${rmaNumber})] is yours to send: [(${statusUrl})]\n\n"
                            + "Stop these e-mails: [(${unsubscribeUrl})]\n",
                    StandardCharsets.UTF_8);
            root.toFile().deleteOnExit();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
