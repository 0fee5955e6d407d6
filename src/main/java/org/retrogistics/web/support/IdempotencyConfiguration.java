package org.retrogistics.web.support;

import jakarta.persistence.EntityManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The parts of {@link IdempotencyFilter} that are not the filter: the flush of service calls and the purge of keys; and
 * the flush before listeners that run in the publishing transaction.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    /** Static and infrastructure: an advisor must exist before the services it advises are created. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static ServiceCallFlush serviceCallFlush(ObjectProvider<EntityManagerFactory> entityManagers) {
        return new ServiceCallFlush(entityManagers);
    }

    /** Static and infrastructure for the same reason: listeners in the publishing transaction see its writes. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static PublisherWritesFlush publisherWritesFlush(ObjectProvider<EntityManagerFactory> entityManagers) {
        return new PublisherWritesFlush(entityManagers);
    }

    @Bean
    IdempotencyPurge idempotencyPurge(JdbcClient jdbc, javax.sql.DataSource database) {
        return new IdempotencyPurge(new IdempotencyStore(jdbc), database);
    }

    /** Deletes expired keys in batches; an expired key is already treated as new, so this only frees space. */
    static class IdempotencyPurge {

        private static final int BATCH = 10_000;

        private final IdempotencyStore store;
        private final javax.sql.DataSource database;

        IdempotencyPurge(IdempotencyStore store, javax.sql.DataSource database) {
            this.store = store;
            this.database = database;
        }

        /** One instance purges at a time when several share the database (ExclusiveJob). */
        @Scheduled(
                fixedDelayString = "${retrogistics.api.idempotency.purge-every:PT1H}",
                initialDelayString = "${retrogistics.api.idempotency.purge-every:PT1H}")
        void purgeOnOneInstance() {
            org.retrogistics.shared.ExclusiveJob.run(database, "idempotency-purge", this::purge);
        }

        int purge() {
            int total = 0;
            int deleted;
            do {
                deleted = store.purgeExpired(BATCH);
                total += deleted;
            } while (deleted == BATCH);
            if (total > 0) {
                log.info("purged {} expired idempotency keys", total);
            }
            return total;
        }
    }
}
