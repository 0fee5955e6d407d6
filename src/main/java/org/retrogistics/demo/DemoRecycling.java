package org.retrogistics.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.retrogistics.EmbeddedPostgresDefault;
import org.retrogistics.access.Actor;
import org.retrogistics.access.Role;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.catalog.SiteFacts;
import org.retrogistics.catalog.SiteKind;
import org.retrogistics.recycling.BatchPurpose;
import org.retrogistics.recycling.BatchingUnits;
import org.retrogistics.recycling.CertificationScheme;
import org.retrogistics.recycling.RecyclerSnapshot;
import org.retrogistics.recycling.RecyclingManagement;
import org.retrogistics.recycling.RegisteringRecyclers;
import org.retrogistics.recycling.RegisteringRecyclers.CertificationDraft;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo recyclers, once the demo clients exist: each client's recycler site certified (R2 and e-Stewards, current), a
 * second recycler whose ISO 14001 certificate lapsed (batches to it are refused), and an open batch to fill.
 */
@Component
class DemoRecycling {

    private final DemoSettings settings;
    private final Environment environment;
    private final CatalogManagement catalog;
    private final RecyclingManagement recycling;
    private final RegisteringRecyclers registering;
    private final BatchingUnits batching;

    DemoRecycling(
            DemoSettings settings,
            Environment environment,
            CatalogManagement catalog,
            RecyclingManagement recycling,
            RegisteringRecyclers registering,
            BatchingUnits batching) {
        this.settings = settings;
        this.environment = environment;
        this.catalog = catalog;
        this.recycling = recycling;
        this.registering = registering;
        this.batching = batching;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        boolean embedded = environment.getProperty(EmbeddedPostgresDefault.EMBEDDED_FLAG, Boolean.class, false);
        if (!settings.shouldSeed(embedded)) {
            return;
        }
        for (String code : List.of("northwind", "fjord")) {
            catalog.findClientByCode(code)
                    .filter(c -> recycling.recyclerSnapshots(c.clientId()).isEmpty())
                    .ifPresent(this::seed);
        }
    }

    private void seed(ClientFacts client) {
        Actor manager = new Actor(client.clientId(), client.code() + "-manager", EnumSet.of(Role.MANAGER), null);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        SiteFacts site = catalog.sites(client.clientId()).stream()
                .filter(s -> s.kind() == SiteKind.RECYCLER)
                .findFirst()
                .orElse(null);
        String prefix = site == null
                ? client.code().substring(0, 2).toUpperCase(java.util.Locale.ROOT)
                : site.code().split("-")[0];
        RecyclerSnapshot certified = registering.registered(
                manager,
                site == null ? null : site.id(),
                site == null ? prefix + "-RY1" : null,
                site == null ? "Certified recycler" : null,
                null,
                List.of(
                        new CertificationDraft(
                                CertificationScheme.R2, prefix + "-R2-2031", today.minusYears(1), today.plusYears(2)),
                        new CertificationDraft(
                                CertificationScheme.E_STEWARDS,
                                prefix + "-ES-0907",
                                today.minusMonths(6),
                                today.plusYears(1))));
        registering.registered(
                manager,
                null,
                prefix + "-RY2",
                "Budget Scrap Metals",
                "Industrial estate 4",
                List.of(new CertificationDraft(
                        CertificationScheme.ISO_14001, prefix + "-ISO-118", today.minusYears(3), today.minusDays(20))));
        batching.open(manager, certified.id(), BatchPurpose.RECYCLE, today, "weekly e-waste cage");
    }
}
