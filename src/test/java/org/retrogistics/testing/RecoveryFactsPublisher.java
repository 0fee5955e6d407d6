package org.retrogistics.testing;

import java.time.Instant;
import java.util.List;
import org.retrogistics.shared.RecoveryFacts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes recovery facts the way a producing module does: through Spring's publisher, inside a transaction. */
public record RecoveryFactsPublisher(ApplicationEventPublisher events, PlatformTransactionManager transactions) {

    public void publish(RecoveryFacts.Entry... entries) {
        publish(new RecoveryFacts(List.of(entries), Instant.now()));
    }

    public void publish(RecoveryFacts facts) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(facts));
    }
}
