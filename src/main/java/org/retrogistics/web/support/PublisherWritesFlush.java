package org.retrogistics.web.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Before a plain {@code @EventListener} runs, the publisher's pending JPA changes are flushed. Such a listener runs in
 * the transaction that publishes the event, at the moment it is published (ADR 0022); it often writes with plain SQL (a
 * queue row that references a unit created in the same step), and SQL does not trigger JPA's automatic flush.
 * Transactional listeners ({@code @ApplicationModuleListener}) run after the commit and need no flush.
 */
final class PublisherWritesFlush extends StaticMethodMatcherPointcutAdvisor {

    PublisherWritesFlush(ObjectProvider<EntityManagerFactory> entityManagers) {
        setAdvice((MethodInterceptor) invocation -> {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagers.getObject());
                if (em != null) {
                    em.flush();
                }
            }
            return invocation.proceed();
        });
    }

    @Override
    public boolean matches(Method method, Class<?> targetClass) {
        return targetClass.getName().startsWith("org.retrogistics.")
                && AnnotatedElementUtils.hasAnnotation(method, EventListener.class)
                && !AnnotatedElementUtils.hasAnnotation(method, TransactionalEventListener.class);
    }
}
