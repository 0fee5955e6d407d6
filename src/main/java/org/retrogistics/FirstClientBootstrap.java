package org.retrogistics;

import java.util.EnumSet;
import org.retrogistics.access.AccessManagement;
import org.retrogistics.access.Role;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ClientFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * On a database with no client yet, creates the first client and its administrator from configuration, so that a new
 * installation on a PostgreSQL server can be signed into; that administrator then adds users and tokens through the
 * API. Does nothing once any client exists, or when not configured.
 */
@Component
@Order(0)
class FirstClientBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstClientBootstrap.class);

    /** The first client and its administrator; all fields are needed. */
    @ConfigurationProperties("retrogistics.bootstrap")
    record BootstrapSettings(
            String clientCode, String clientName, String currency, String adminUsername, String adminPassword) {

        boolean configured() {
            return StringUtils.hasText(clientCode)
                    && StringUtils.hasText(adminUsername)
                    && StringUtils.hasText(adminPassword);
        }
    }

    private final BootstrapSettings settings;
    private final CatalogManagement catalog;
    private final AccessManagement access;

    FirstClientBootstrap(BootstrapSettings settings, CatalogManagement catalog, AccessManagement access) {
        this.settings = settings;
        this.catalog = catalog;
        this.access = access;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.configured() || !catalog.allClients().isEmpty()) {
            return;
        }
        ClientFacts client = catalog.registerClient(
                settings.clientCode(),
                StringUtils.hasText(settings.clientName()) ? settings.clientName() : settings.clientCode(),
                StringUtils.hasText(settings.currency()) ? settings.currency() : "EUR");
        access.createUser(
                client.clientId(),
                settings.adminUsername(),
                settings.adminPassword(),
                "Administrator",
                EnumSet.of(Role.ADMIN, Role.MANAGER));
        log.info("Created the first client '{}' and its administrator '{}'", client.code(), settings.adminUsername());
    }
}
