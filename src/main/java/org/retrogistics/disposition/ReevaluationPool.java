package org.retrogistics.disposition;

import java.util.Map;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The pool a re-evaluation's helpers run on, beside the thread that started it: {@code reevaluation-threads - 1}
 * threads shared by all re-evaluations at once, a bounded queue, and a graceful stop with the context (running batches
 * finish and commit, queued ones are dropped: the thread that started the pass drains them itself).
 */
@Configuration(proxyBeanMethods = false)
class ReevaluationPool {

    static final String NAME = "reevaluationExecutor";

    @Bean(NAME)
    ThreadPoolTaskExecutor reevaluationExecutor(DispositionSettings settings) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        int helpers = Math.max(1, settings.reevaluationThreads() - 1);
        pool.setCorePoolSize(helpers);
        pool.setMaxPoolSize(helpers);
        pool.setQueueCapacity(64);
        pool.setThreadNamePrefix("reevaluation-");
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(30);
        // the starting thread's log context (request id, if any) follows its batches onto the helpers
        pool.setTaskDecorator(task -> {
            Map<String, String> context = MDC.getCopyOfContextMap();
            return () -> {
                Map<String, String> own = MDC.getCopyOfContextMap();
                if (context == null) {
                    MDC.clear();
                } else {
                    MDC.setContextMap(context);
                }
                try {
                    task.run();
                } finally {
                    if (own == null) {
                        MDC.clear();
                    } else {
                        MDC.setContextMap(own);
                    }
                }
            };
        });
        return pool;
    }
}
