package org.retrogistics.demo;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.retrogistics.EmbeddedPostgresDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says loudly, once the application is up, that it runs in demo mode: the embedded database holds demo users whose
 * passwords are published, so the instance must not be reachable by anyone else (docs/adr/0015).
 */
@Component
class DemoModeWarning {

    private static final Logger log = LoggerFactory.getLogger(DemoModeWarning.class);

    private final DemoSettings settings;
    private final Environment environment;

    DemoModeWarning(DemoSettings settings, Environment environment) {
        this.settings = settings;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warn() {
        boolean embedded = environment.getProperty(EmbeddedPostgresDefault.EMBEDDED_FLAG, Boolean.class, false);
        if (!embedded || !settings.shouldSeed(true)) {
            return;
        }
        String address = environment.getProperty("server.address");
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder banner = new StringBuilder("\n\n")
                .append("  ************************************************************************************\n")
                .append("  DEMO MODE: embedded, temporary PostgreSQL with demo users whose passwords are PUBLIC\n")
                .append("  (README and this log). Listening on ")
                .append(address == null ? "all interfaces" : address)
                .append(", port ")
                .append(port)
                .append(".\n");
        if (address == null || !loopback(address)) {
            banner.append("  server.address makes it reachable from other machines: anyone there can sign in.\n");
        }
        banner.append("  Do not expose it. For real use configure spring.datasource.url (a PostgreSQL server).\n")
                .append("  ************************************************************************************\n");
        log.warn(banner.toString());
    }

    private static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
