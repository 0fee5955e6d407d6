package org.retrogistics.integration.internal;

import org.retrogistics.integration.InboundStatusUpdates;
import org.retrogistics.integration.IntegrationSettings;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the broker needs, declared by Spring's RabbitAdmin when the first connection opens (nothing connects at
 * start-up): the durable topic exchange events go to, and the durable queue status updates come from, with its
 * consumer. A declaration
 * that differs from what the operator made (a queue with a dead-letter exchange, say) is left as the operator made it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("retrogistics.integration.broker.enabled")
class BrokerDeclarations {

    @Bean
    TopicExchange retrogisticsEvents(IntegrationSettings settings) {
        TopicExchange exchange = new TopicExchange(settings.broker().exchange(), true, false);
        exchange.setIgnoreDeclarationExceptions(true);
        return exchange;
    }

    @Bean
    Queue statusUpdatesQueue(IntegrationSettings settings) {
        Queue queue = QueueBuilder.durable(settings.broker().inboundQueue()).build();
        queue.setIgnoreDeclarationExceptions(true);
        return queue;
    }

    /** The consumer of status updates; it connects in the background and keeps trying while the broker is away. */
    @Bean
    SimpleMessageListenerContainer statusUpdatesListener(
            ConnectionFactory connections, InboundStatusUpdates updates, IntegrationSettings settings) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections);
        container.setQueueNames(settings.broker().inboundQueue());
        container.setMessageListener(new StatusUpdateListener(updates));
        container.setMissingQueuesFatal(false);
        container.setPrefetchCount(10);
        return container;
    }
}
