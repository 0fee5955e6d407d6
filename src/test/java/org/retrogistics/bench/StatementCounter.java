package org.retrogistics.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the application sends to the database, whichever way it goes (Hibernate, JdbcClient, the event
 * publication registry): each statement execution (a batch counts once, its rows separately), its client-side time,
 * and each commit. Load-independent figures for the benchmark: statements per scan, per re-evaluated unit.
 */
final class StatementCounter {

    /** One statement's tally: executions (round trips), rows sent (batch entries), time waited. */
    static final class Tally {
        final AtomicLong executions = new AtomicLong();
        final AtomicLong rows = new AtomicLong();
        final AtomicLong nanos = new AtomicLong();
    }

    private static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();
    private static final AtomicLong COMMITS = new AtomicLong();
    /** Commits by the name of the thread that made them: a request's own commits apart from background work. */
    private static final Map<String, AtomicLong> COMMITS_BY_THREAD = new ConcurrentHashMap<>();

    private static final ThreadLocal<Boolean> IGNORED = ThreadLocal.withInitial(() -> false);

    private StatementCounter() {}

    static void reset() {
        TALLIES.clear();
        COMMITS.set(0);
        COMMITS_BY_THREAD.clear();
    }

    /** Runs the benchmark's own queries (polling, checks) without counting them. */
    static <T> T uncounted(Supplier<T> work) {
        IGNORED.set(true);
        try {
            return work.get();
        } finally {
            IGNORED.set(false);
        }
    }

    /** Commits since the last reset made on threads whose name starts with {@code prefix} ("http-": requests). */
    static long commitsOnThreads(String prefix) {
        return COMMITS_BY_THREAD.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .mapToLong(e -> e.getValue().get())
                .sum();
    }

    /** A copy of the tallies so far, by statement text. */
    static Snapshot snapshot() {
        Map<String, long[]> copy = new LinkedHashMap<>();
        TALLIES.forEach((sql, t) -> copy.put(sql, new long[] {t.executions.get(), t.rows.get(), t.nanos.get()}));
        return new Snapshot(copy, COMMITS.get());
    }

    record Snapshot(Map<String, long[]> bySql, long commits) {

        long executions() {
            return bySql.values().stream().mapToLong(v -> v[0]).sum();
        }

        long rows() {
            return bySql.values().stream().mapToLong(v -> v[1]).sum();
        }

        double dbSeconds() {
            return bySql.values().stream().mapToLong(v -> v[2]).sum() / 1e9;
        }

        /** A markdown table of the statements, most executed first, per operation. */
        String table(double operations, int top) {
            StringBuilder b = new StringBuilder();
            b.append(
                    "| statement | executions per op | rows per op | total client-side time s |\n|---|---:|---:|---:|\n");
            List<Map.Entry<String, long[]>> sorted = bySql.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0])
                            .reversed())
                    .limit(top)
                    .toList();
            for (Map.Entry<String, long[]> e : sorted) {
                b.append(String.format(
                        "| `%s` | %.3f | %.3f | %.2f |%n",
                        e.getKey().replace("|", "\\|"),
                        e.getValue()[0] / operations,
                        e.getValue()[1] / operations,
                        e.getValue()[2] / 1e9));
            }
            return b.toString();
        }
    }

    private static void count(String sql, long rows, long nanos) {
        if (IGNORED.get()) {
            return;
        }
        String key = sql == null ? "?" : sql.replaceAll("\\s+", " ").strip();
        if (key.length() > 110) {
            key = key.substring(0, 110) + "…";
        }
        Tally t = TALLIES.computeIfAbsent(key, k -> new Tally());
        t.executions.incrementAndGet();
        t.rows.addAndGet(rows);
        t.nanos.addAndGet(nanos);
    }

    /** Wraps the application's data source so that everything it runs is counted. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource ds && !(bean instanceof Counting)) {
                        return new Counting(ds);
                    }
                    return bean;
                }
            };
        }
    }

    static final class Counting extends DelegatingDataSource {
        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws java.sql.SQLException {
            return connection(super.getConnection(user, password));
        }
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, m, args) -> {
                    Object result = invoke(target, m, args);
                    if (m.getName().equals("commit") && !IGNORED.get()) {
                        COMMITS.incrementAndGet();
                        COMMITS_BY_THREAD
                                .computeIfAbsent(Thread.currentThread().getName(), k -> new AtomicLong())
                                .incrementAndGet();
                    }
                    if (result instanceof java.sql.CallableStatement cs
                            && m.getName().equals("prepareCall")) {
                        return statement(cs, java.sql.CallableStatement.class, (String) args[0]);
                    }
                    if (result instanceof PreparedStatement ps && m.getName().startsWith("prepare")) {
                        return statement(ps, PreparedStatement.class, (String) args[0]);
                    }
                    if (result instanceof Statement s && m.getName().equals("createStatement")) {
                        return statement(s, Statement.class, null);
                    }
                    return result;
                });
    }

    private static Object statement(Statement target, Class<?> type, String preparedSql) {
        InvocationHandler h = new InvocationHandler() {
            long batched;
            String batchSql;

            @Override
            public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
                String name = m.getName();
                if (name.equals("addBatch")) {
                    batched++;
                    if (args != null && args.length == 1) {
                        batchSql = (String) args[0];
                    }
                    return StatementCounter.invoke(target, m, args);
                }
                if (!name.startsWith("execute")) {
                    return StatementCounter.invoke(target, m, args);
                }
                long start = System.nanoTime();
                try {
                    return StatementCounter.invoke(target, m, args);
                } finally {
                    long took = System.nanoTime() - start;
                    boolean batch = name.startsWith("executeBatch") || name.startsWith("executeLargeBatch");
                    String sql = preparedSql != null
                            ? preparedSql
                            : args != null && args.length > 0 && args[0] instanceof String s ? s : batchSql;
                    count(sql, batch ? batched : 1, took);
                    if (batch) {
                        batched = 0;
                    }
                }
            }
        };
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
