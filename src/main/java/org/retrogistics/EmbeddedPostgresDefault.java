package org.retrogistics;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * When no {@code spring.datasource.url} is configured, starts an embedded PostgreSQL (same engine, same SQL as
 * production) so that a newcomer runs the whole application with one command. One server per JVM: test contexts
 * share it, and it stops with the JVM. This is demo mode: unless {@code server.address} is set, the application then
 * listens on 127.0.0.1 only (docs/adr/0015).
 *
 * <p>The server starts in the background on a port chosen up front, so its initdb and start (about two seconds) overlap
 * the reading of the application's configuration; the first data source waits for it before it is initialised.
 */
public class EmbeddedPostgresDefault implements EnvironmentPostProcessor, Ordered {

    /** Set to {@code true} in the environment when the embedded default is in use. */
    public static final String EMBEDDED_FLAG = "retrogistics.database.embedded";

    static final String DATABASE = "retrogistics";

    /** Where the embedded demo listens when {@code server.address} is not set. */
    public static final String LOOPBACK = "127.0.0.1";

    private static CompletableFuture<EmbeddedPostgres> server;

    private static int port;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        int pgPort = startInBackground();
        // the URL EmbeddedPostgres.getJdbcUrl gives, known before the server is up
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.datasource.url",
                "jdbc:postgresql://localhost:" + pgPort + "/" + DATABASE + "?user=postgres",
                "spring.datasource.username",
                "postgres",
                "spring.datasource.password",
                "",
                EMBEDDED_FLAG,
                "true"));
        if (!StringUtils.hasText(environment.getProperty("server.address"))) {
            // demo mode: its users and passwords are published, so it answers this machine only unless told otherwise
            properties.put("server.address", LOOPBACK);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
        application.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(new AwaitServer()));
    }

    /** Holds back every data source until the embedded server accepts connections. */
    private static final class AwaitServer implements BeanPostProcessor {
        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource) {
                server();
            }
            return bean;
        }
    }

    /** The JVM's embedded server, started on first use and waited for; tests create throw-away databases on it. */
    static EmbeddedPostgres server() {
        startInBackground();
        try {
            return server.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Starts the JVM's server once, in the background; returns the port it will listen on. */
    private static synchronized int startInBackground() {
        if (server == null) {
            port = freePort();
            server = CompletableFuture.supplyAsync(() -> start(port));
        }
        return port;
    }

    private static EmbeddedPostgres start(int pgPort) {
        EmbeddedPostgres started;
        try {
            started = EmbeddedPostgres.builder()
                    .setPort(pgPort)
                    .setServerConfig("max_connections", "200")
                    // its data directory is temporary and removed at exit, so durability buys nothing here
                    .setServerConfig("fsync", "off")
                    .start();
            try (Connection c = started.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("create database " + DATABASE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database", e);
        }
        // Spring Boot runs its shutdown handlers after every application context has closed, so the database
        // outlives the connection pools that use it (a plain JVM hook would race them)
        SpringApplication.getShutdownHandlers().add(() -> closeQuietly(started));
        return started;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded PostgreSQL", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException ignored) {
            // the JVM is stopping; the temporary data directory is removed by the library
        }
    }

    @Override
    public int getOrder() {
        // after the config data (application.yml, environment variables) has been read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
