package org.retrogistics.web.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttributeSource;

/**
 * Inside a keyed request's transaction, a service's {@code @Transactional} method joins that transaction instead of
 * committing its own, so JPA would write its changes only at the request's commit, after the answer was built: an
 * answer would show an entity's version (and ETag) from before the change, and a version conflict would surface at
 * the commit instead of as the service's 409. This advice flushes the persistence context when the outermost service
 * call returns, which is where that service's own transaction used to commit, so the answer and the errors are what
 * they are without a key. A failed flush marks the request's transaction for rollback. Outside a keyed request it does
 * nothing.
 */
final class ServiceCallFlush extends StaticMethodMatcherPointcutAdvisor {

    private final TransactionAttributeSource transactional = new AnnotationTransactionAttributeSource();

    ServiceCallFlush(ObjectProvider<EntityManagerFactory> entityManagers) {
        setAdvice((MethodInterceptor) invocation -> {
            RequestTransaction tx = RequestTransaction.current();
            if (tx == null) {
                return invocation.proceed();
            }
            boolean outermost = tx.enter();
            try {
                Object result = invocation.proceed();
                if (outermost) {
                    flush(entityManagers.getObject(), tx);
                }
                return result;
            } finally {
                tx.exit();
            }
        });
        // just outside the transaction interceptor (LOWEST_PRECEDENCE): the service's participation has ended
        setOrder(Ordered.LOWEST_PRECEDENCE - 1);
    }

    @Override
    public boolean matches(Method method, Class<?> targetClass) {
        return targetClass.getName().startsWith("org.retrogistics.")
                && transactional.getTransactionAttribute(method, targetClass) != null;
    }

    private static void flush(EntityManagerFactory entityManagers, RequestTransaction tx) {
        EntityManager em = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagers);
        if (em == null) {
            return;
        }
        try {
            em.flush();
        } catch (RuntimeException e) {
            tx.markRollbackOnly();
            throw entityManagers instanceof EntityManagerFactoryInfo info && info.getJpaDialect() != null
                    ? DataAccessUtils.translateIfNecessary(e, info.getJpaDialect())
                    : e;
        }
    }
}
