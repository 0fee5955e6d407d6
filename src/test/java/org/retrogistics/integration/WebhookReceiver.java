package org.retrogistics.integration;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntUnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP receiver for the webhook tests, on 127.0.0.1 and a free port: it keeps every request and answers the
 * status its behaviour gives for the call's number (1 for the first); a call it is told to stall waits, unanswered,
 * longer than the sender's read timeout. It verifies signatures with its own HMAC, as a receiver would.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    public record Call(String id, long timestamp, String signature, String body) {}

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile IntUnaryOperator status;
    private volatile int stallCalls;

    WebhookReceiver(IntUnaryOperator status) {
        this.status = status;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            calls.add(new Call(
                    h.getFirst("webhook-id"),
                    Long.parseLong(h.getFirst("webhook-timestamp")),
                    h.getFirst("webhook-signature"),
                    body));
            int number = calls.size();
            if (number <= stallCalls) {
                try {
                    // longer than the sender's read timeout; released when the receiver closes
                    closed.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(this.status.applyAsInt(number), -1);
            exchange.close();
        });
        server.start();
    }

    public static WebhookReceiver answering(int status) {
        return new WebhookReceiver(n -> status);
    }

    /** The first {@code n} calls get no answer in time. */
    WebhookReceiver stallingFirst(int n) {
        this.stallCalls = n;
        return this;
    }

    void answer(IntUnaryOperator status) {
        this.status = status;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Whether the secret signed the call: one of the header's space-separated {@code v1,<base64>} signatures. */
    static boolean signedWith(String secret, Call call) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String expected = "v1,"
                    + Base64.getEncoder()
                            .encodeToString(mac.doFinal((call.id() + "." + call.timestamp() + "." + call.body())
                                    .getBytes(StandardCharsets.UTF_8)));
            for (String s : call.signature().split(" ")) {
                if (MessageDigest.isEqual(
                        s.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
