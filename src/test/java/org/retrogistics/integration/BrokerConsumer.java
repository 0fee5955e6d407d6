package org.retrogistics.integration;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * A consumer of the real broker on 127.0.0.1:5672 (guest/guest), as a client's system would be: a queue of its own
 * bound to the events exchange, read directly (never through a proxy a test cuts).
 */
final class BrokerConsumer implements AutoCloseable {

    static final String EXCHANGE = "retrogistics.events";
    static final int PORT = 5672;

    private final CachingConnectionFactory connections;
    private final RabbitTemplate rabbit;
    private final String queue;

    private BrokerConsumer(String bindingKey) {
        connections = new CachingConnectionFactory("127.0.0.1", PORT);
        connections.setUsername("guest");
        connections.setPassword("guest");
        RabbitAdmin admin = new RabbitAdmin(connections);
        TopicExchange exchange = new TopicExchange(EXCHANGE, true, false);
        admin.declareExchange(exchange);
        // exclusive (gone with the connection), not auto-delete: each timed receive consumes and cancels
        Queue q = new Queue("test.events." + UUID.randomUUID(), false, true, false);
        admin.declareQueue(q);
        admin.declareBinding(BindingBuilder.bind(q).to(exchange).with(bindingKey));
        queue = q.getName();
        rabbit = new RabbitTemplate(connections);
    }

    /** A queue bound to the exchange with a binding key (a type, or a pattern such as {@code return.#}). */
    static BrokerConsumer bound(String bindingKey) {
        return new BrokerConsumer(bindingKey);
    }

    /** Whether a broker listens on the port: the broker tests are skipped where none runs. */
    static boolean listening() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", PORT), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The next message that matches, skipping others (other tests' events); null when none comes in time. */
    Message next(Predicate<Message> wanted, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Message m = rabbit.receive(queue, 200);
            if (m != null && wanted.test(m)) {
                return m;
            }
        }
        return null;
    }

    static String body(Message m) {
        return new String(m.getBody(), StandardCharsets.UTF_8);
    }

    /** Publishes to a durable queue by name (the default exchange), as a client's WMS or TMS would. */
    void sendToQueue(String name, Message m) {
        new RabbitAdmin(connections).declareQueue(new Queue(name, true));
        rabbit.send("", name, m);
    }

    @Override
    public void close() {
        connections.destroy();
    }
}
