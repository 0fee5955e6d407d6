package org.retrogistics.recycling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.SiteDraft;
import org.retrogistics.catalog.SiteFacts;
import org.retrogistics.catalog.SiteKind;
import org.retrogistics.recycling.RecyclingManagement.DuplicateRecycler;
import org.retrogistics.recycling.RecyclingManagement.InvalidRecycler;
import org.retrogistics.recycling.RecyclingManagement.SiteNotARecycler;
import org.retrogistics.recycling.internal.RecyclerRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers recyclers with the certifications they hold, and records certifications renewed. */
@Service
@Transactional(readOnly = true)
public class RegisteringRecyclers {

    /** A certificate as given: scheme, number and validity. */
    public record CertificationDraft(
            CertificationScheme scheme, String number, LocalDate validFrom, LocalDate validUntil) {}

    private final RecyclerRepository recyclers;
    private final RecyclingManagement management;
    private final CatalogManagement catalog;
    private final Clock clock;

    RegisteringRecyclers(
            RecyclerRepository recyclers,
            RecyclingManagement management,
            CatalogManagement catalog,
            Optional<Clock> clock) {
        this.recyclers = recyclers;
        this.management = management;
        this.catalog = catalog;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Adds a recycler as {@link #addRecycler} does and answers it as a value. */
    @Transactional
    public RecyclerSnapshot registered(
            Actor actor,
            UUID siteId,
            String code,
            String name,
            String address,
            List<CertificationDraft> certifications) {
        return RecyclerSnapshot.of(addRecycler(actor, siteId, code, name, address, certifications));
    }

    /**
     * Registers a recycler with the certifications it holds: on an existing site of kind RECYCLER ({@code siteId}), or
     * on a new one made from {@code code}, {@code name} and {@code address}.
     */
    @Transactional
    public Recycler addRecycler(
            Actor actor,
            UUID siteId,
            String code,
            String name,
            String address,
            List<CertificationDraft> certifications) {
        ClientId client = actor.clientId();
        SiteFacts site = siteId != null ? recyclerSite(client, siteId) : newSite(client, code, name, address);
        if (recyclers.existsByClientIdAndCode(client.value(), site.code())) {
            throw new DuplicateRecycler(site.code());
        }
        Recycler recycler = new Recycler(client.value(), site.id(), site.code(), site.name(), clock.instant());
        for (CertificationDraft c : certifications == null ? List.<CertificationDraft>of() : certifications) {
            recycler.certify(c.scheme(), c.number(), c.validFrom(), c.validUntil());
        }
        return recyclers.saveAndFlush(recycler);
    }

    private SiteFacts recyclerSite(ClientId client, UUID siteId) {
        SiteFacts site = catalog.sites(client).stream()
                .filter(s -> s.id().equals(siteId))
                .findFirst()
                .orElseThrow(() -> new NotFound("site", siteId));
        if (site.kind() != SiteKind.RECYCLER) {
            throw new SiteNotARecycler(site);
        }
        return site;
    }

    private SiteFacts newSite(ClientId client, String code, String name, String address) {
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            throw new InvalidRecycler("a recycler needs an existing recycler site (siteId) or a code and a name");
        }
        if (recyclers.existsByClientIdAndCode(client.value(), code.strip())) {
            throw new DuplicateRecycler(code.strip());
        }
        return catalog.addSite(
                client, new SiteDraft(code.strip(), name.strip(), SiteKind.RECYCLER, address, null, null));
    }

    @Transactional
    public Recycler certify(Actor actor, UUID recyclerId, CertificationDraft c) {
        Recycler recycler = management.recycler(actor.clientId(), recyclerId);
        recycler.certify(c.scheme(), c.number(), c.validFrom(), c.validUntil());
        return recyclers.saveAndFlush(recycler);
    }
}
