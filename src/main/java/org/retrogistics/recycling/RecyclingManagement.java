package org.retrogistics.recycling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.Client;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.catalog.Site;
import org.retrogistics.catalog.SiteDraft;
import org.retrogistics.catalog.SiteKind;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.Unit;
import org.retrogistics.custody.UnitNotInCustody;
import org.retrogistics.custody.UnitState;
import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.StoredDecision;
import org.retrogistics.inspection.Inspection;
import org.retrogistics.inspection.InspectionManagement;
import org.retrogistics.recycling.RecyclingBatch.UnitAlreadyBatched;
import org.retrogistics.recycling.internal.CertificateDocument;
import org.retrogistics.recycling.internal.RecyclerRepository;
import org.retrogistics.recycling.internal.RecyclingBatchRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.Money;
import org.retrogistics.shared.NotFound;
import org.retrogistics.shared.RecoveryFacts;
import org.retrogistics.shared.UnitFateReached;
import org.retrogistics.shared.UnitFateReached.Fate;
import org.retrogistics.workshop.WorkOrder;
import org.retrogistics.workshop.WorkOrderRecords.SanitisationRecord;
import org.retrogistics.workshop.WorkshopManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recyclers and their certifications; recycling and destruction batches from open to certificate; disposals to
 * landfill. Every refusal is a domain exception thrown before anything is written, inside one transaction.
 */
@Service
@Transactional(readOnly = true)
public class RecyclingManagement {

    private final RecyclerRepository recyclers;
    private final RecyclingBatchRepository batches;
    private final CatalogManagement catalog;
    private final CustodyLedger custody;
    private final InspectionManagement inspection;
    private final WorkshopManagement workshop;
    private final DispositionManagement dispositions;
    private final WeightEstimation weights;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    RecyclingManagement(
            RecyclerRepository recyclers,
            RecyclingBatchRepository batches,
            CatalogManagement catalog,
            CustodyLedger custody,
            InspectionManagement inspection,
            WorkshopManagement workshop,
            DispositionManagement dispositions,
            WeightEstimation weights,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Optional<Clock> clock) {
        this.recyclers = recyclers;
        this.batches = batches;
        this.catalog = catalog;
        this.custody = custody;
        this.inspection = inspection;
        this.workshop = workshop;
        this.dispositions = dispositions;
        this.weights = weights;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    // ---- recyclers

    /** A certificate as given: scheme, number and validity. */
    public record CertificationDraft(
            CertificationScheme scheme, String number, LocalDate validFrom, LocalDate validUntil) {}

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
        Site site;
        if (siteId != null) {
            site = catalog.sites(client).stream()
                    .filter(s -> s.getId().equals(siteId))
                    .findFirst()
                    .orElseThrow(() -> new NotFound("site", siteId));
            if (site.getKind() != SiteKind.RECYCLER) {
                throw new SiteNotARecycler(site);
            }
        } else {
            if (code == null || code.isBlank() || name == null || name.isBlank()) {
                throw new InvalidRecycler("a recycler needs an existing recycler site (siteId) or a code and a name");
            }
            if (recyclers.existsByClientIdAndCode(client.value(), code.strip())) {
                throw new DuplicateRecycler(code.strip());
            }
            site = catalog.addSite(
                    client, new SiteDraft(code.strip(), name.strip(), SiteKind.RECYCLER, address, null, null));
        }
        if (recyclers.existsByClientIdAndCode(client.value(), site.getCode())) {
            throw new DuplicateRecycler(site.getCode());
        }
        Recycler recycler = new Recycler(client.value(), site.getId(), site.getCode(), site.getName(), clock.instant());
        for (CertificationDraft c : certifications == null ? List.<CertificationDraft>of() : certifications) {
            recycler.certify(c.scheme(), c.number(), c.validFrom(), c.validUntil());
        }
        return recyclers.saveAndFlush(recycler);
    }

    @Transactional
    public Recycler certify(Actor actor, UUID recyclerId, CertificationDraft c) {
        Recycler recycler = recycler(actor.clientId(), recyclerId);
        recycler.certify(c.scheme(), c.number(), c.validFrom(), c.validUntil());
        return recyclers.saveAndFlush(recycler);
    }

    public Recycler recycler(ClientId client, UUID id) {
        return recyclers.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("recycler", id));
    }

    public List<Recycler> recyclers(ClientId client) {
        return recyclers.findByClientIdOrderByCode(client.value());
    }

    /** The recycler's site address, for the certificate and the pages. */
    public String address(ClientId client, Recycler recycler) {
        return catalog.sites(client).stream()
                .filter(s -> s.getId().equals(recycler.getSiteId()))
                .map(Site::getAddress)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    // ---- batches

    /** Opens a batch to a recycler certified on the batch date (today when none is given). */
    @Transactional
    public RecyclingBatch open(Actor actor, UUID recyclerId, BatchPurpose purpose, LocalDate batchDate, String note) {
        Recycler recycler = recycler(actor.clientId(), recyclerId);
        if (purpose == null) {
            throw new InvalidBatch("a batch needs a purpose: RECYCLE or DESTROY");
        }
        LocalDate day = batchDate == null ? today() : batchDate;
        long n = jdbc.sql("select nextval('recycling_batch_seq')")
                .query(Long.class)
                .single();
        RecyclingBatch batch = new RecyclingBatch(
                actor.clientId().value(),
                "RB-%06d".formatted(n),
                recycler,
                purpose,
                day,
                note == null || note.isBlank() ? null : note.strip(),
                actor.name(),
                clock.instant());
        return batches.saveAndFlush(batch);
    }

    /**
     * Adds a unit or harvested part, found by id or by licence plate or serial, weighed on the scale ({@code
     * scaleGrams}) or estimated.
     */
    @Transactional
    public RecyclingBatch addUnit(
            Actor actor, UUID batchId, Long version, UUID unitId, String identity, Long scaleGrams) {
        ClientId client = actor.clientId();
        RecyclingBatch batch = load(client, batchId, version);
        Recycler recycler = recycler(client, batch.getRecyclerId());
        Unit unit = findUnit(client, unitId, identity);
        if (unit.getState() != UnitState.IN_CUSTODY) {
            throw new UnitNotInCustody(unit, "sent to a recycler");
        }
        activeBatchOf(unit.getId())
                .filter(number -> !number.equals(batch.getNumber()))
                .ifPresent(number -> {
                    throw new UnitAlreadyBatched(unit.getLicencePlate(), number);
                });
        if (disposed(unit.getId())) {
            throw new AlreadyDisposed(unit.getLicencePlate());
        }
        ProductFacts product = catalog.product(client, unit.getProductId());
        UnitWeight weight = weights.require(scaleGrams, product, unit.getLicencePlate());
        batch.add(
                recycler,
                new BatchUnit(
                        unit.getId(),
                        unit.getLicencePlate(),
                        unit.getSerial(),
                        unit.getSku(),
                        product.category(),
                        weight,
                        dataBearing(client, unit, product),
                        sanitisationCertificate(client, unit).orElse(null),
                        clock.instant(),
                        actor.name()));
        return batches.saveAndFlush(batch);
    }

    /** The batch leaves for the recycler: every unit is in transit to it, and leaves custody when the batch closes. */
    @Transactional
    public RecyclingBatch ship(Actor actor, UUID batchId, Long version) {
        ClientId client = actor.clientId();
        RecyclingBatch batch = load(client, batchId, version);
        Recycler recycler = recycler(client, batch.getRecyclerId());
        Instant now = clock.instant();
        batch.ship(recycler, now);
        for (BatchUnit u : batch.getUnits()) {
            Unit unit = custody.unit(client, u.getUnitId());
            if (unit.getState() != UnitState.IN_CUSTODY) {
                throw new UnitNotInCustody(unit, "shipped to a recycler");
            }
            custody.record(
                    client,
                    u.getUnitId(),
                    new CustodyMove(
                            CustodyEventType.IN_TRANSIT,
                            "recycler " + recycler.getCode(),
                            "recycler:" + recycler.getCode(),
                            now,
                            actor.name(),
                            "recycling-batch:" + batch.getNumber(),
                            "shipped to " + recycler.getName() + " for "
                                    + batch.getPurpose().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return batches.saveAndFlush(batch);
    }

    /** What the recycler reports when the batch is processed. */
    public record Closing(
            ProcessingMethod method,
            LocalDate processedOn,
            String certificateNumber,
            BigDecimal cost,
            BigDecimal rebate) {}

    /**
     * Closes a shipped batch: records the method and day, issues the certificate (PDF), and publishes each unit's fate
     * and, where the batch has them, its share of the recycling cost and rebate.
     */
    @Transactional
    public RecyclingBatch close(Actor actor, UUID batchId, Long version, Closing closing) {
        ClientId client = actor.clientId();
        RecyclingBatch batch = load(client, batchId, version);
        Recycler recycler = recycler(client, batch.getRecyclerId());
        Client owner = catalog.findClient(client).orElseThrow(() -> new NotFound("client", client.value()));
        Instant now = clock.instant();
        String certificate = closing.certificateNumber() == null
                        || closing.certificateNumber().isBlank()
                ? (batch.getPurpose() == BatchPurpose.DESTROY ? "COD-" : "COR-")
                        + batch.getNumber().substring(3)
                : closing.certificateNumber().strip();
        batch.close(
                closing.method(),
                closing.processedOn() == null ? today() : closing.processedOn(),
                certificate,
                closing.cost(),
                closing.rebate(),
                owner.getCurrency(),
                now);
        RecyclingBatch saved = batches.saveAndFlush(batch);
        byte[] pdf = CertificateDocument.render(saved, recycler, address(client, recycler), owner.getName());
        jdbc.sql("update recycling_batch set certificate_pdf = :pdf where id = :id")
                .param("pdf", pdf)
                .param("id", saved.getId())
                .update();
        Fate fate = saved.getMethod().fate();
        for (BatchUnit u : saved.getUnits()) {
            custody.record(
                    client,
                    u.getUnitId(),
                    new CustodyMove(
                            CustodyEventType.RELEASED,
                            null,
                            "recycler:" + recycler.getCode(),
                            now,
                            actor.name(),
                            "recycling-batch:" + saved.getNumber(),
                            saved.getMethod().description() + " on " + saved.getProcessedOn() + ", certificate "
                                    + certificate));
            events.publishEvent(new UnitFateReached(
                    u.getUnitId(), client, fate, u.getWeightGrams(), "recycling-batch", saved.getNumber(), now));
        }
        List<RecoveryFacts.Entry> money = new ArrayList<>();
        money.addAll(shares(saved, client, saved.getCost(), RecoveryFacts.Kind.RECYCLING));
        money.addAll(shares(saved, client, saved.getRebate(), RecoveryFacts.Kind.RECYCLING_REBATE));
        if (!money.isEmpty()) {
            events.publishEvent(new RecoveryFacts(money, now));
        }
        return saved;
    }

    /**
     * A batch amount split over its units by weight (equally when nothing weighs anything), in the currency's minor
     * unit, the rounding remainder on the last unit so that the shares add up to the amount exactly.
     */
    static List<RecoveryFacts.Entry> shares(
            RecyclingBatch batch, ClientId client, BigDecimal amount, RecoveryFacts.Kind kind) {
        if (amount == null || amount.signum() == 0 || batch.getUnits().isEmpty()) {
            return List.of();
        }
        java.util.Currency currency = java.util.Currency.getInstance(batch.getCurrency());
        int scale = currency.getDefaultFractionDigits();
        BigDecimal total = amount.setScale(scale, RoundingMode.HALF_EVEN);
        List<BatchUnit> units = batch.getUnits();
        long grams = batch.totalGrams();
        List<RecoveryFacts.Entry> entries = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < units.size(); i++) {
            BatchUnit u = units.get(i);
            BigDecimal share = i == units.size() - 1
                    ? total.subtract(given)
                    : grams == 0
                            ? total.divide(BigDecimal.valueOf(units.size()), scale, RoundingMode.DOWN)
                            : total.multiply(BigDecimal.valueOf(u.getWeightGrams()))
                                    .divide(BigDecimal.valueOf(grams), scale, RoundingMode.DOWN);
            given = given.add(share);
            entries.add(new RecoveryFacts.Entry(
                    u.getUnitId(),
                    null,
                    client,
                    kind,
                    new Money(share, currency),
                    "recycling-batch",
                    batch.getNumber()));
        }
        return entries;
    }

    /** Calls off an open batch; its units stay where they are and may join another batch. */
    @Transactional
    public RecyclingBatch cancel(Actor actor, UUID batchId, Long version) {
        RecyclingBatch batch = load(actor.clientId(), batchId, version);
        batch.cancel();
        return batches.saveAndFlush(batch);
    }

    public RecyclingBatch batch(ClientId client, UUID id) {
        return batches.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("recycling batch", id));
    }

    public Page<RecyclingBatch> batches(ClientId client, BatchStatus status, Pageable page) {
        return batches.search(client.value(), status, page);
    }

    /** The certificate issued when the batch closed. */
    public byte[] certificate(ClientId client, UUID batchId) {
        RecyclingBatch batch = batch(client, batchId);
        return jdbc.sql("select certificate_pdf from recycling_batch where id = :id and certificate_pdf is not null")
                .param("id", batch.getId())
                .query(byte[].class)
                .optional()
                .orElseThrow(() -> new NotFound("certificate of recycling batch", batch.getNumber()));
    }

    // ---- disposal

    /** A unit disposed of to landfill, with its weight. */
    public record Disposal(
            UUID id, UUID unitId, String licencePlate, UnitWeight weight, String note, Instant at, String by) {}

    /**
     * Disposes of a unit whose disposition is DISPOSE (the last resort): it leaves custody to landfill and its fate is
     * LANDFILL with its weight. A data-bearing unit must be sanitised first: landfill destroys nothing with a certificate.
     */
    @Transactional
    public Disposal dispose(Actor actor, UUID unitId, String identity, Long scaleGrams, String note) {
        ClientId client = actor.clientId();
        Unit unit = findUnit(client, unitId, identity);
        if (unit.getState() != UnitState.IN_CUSTODY) {
            throw new UnitNotInCustody(unit, "disposed of");
        }
        Optional<DispositionOption> option = dispositions
                .current(client, unit.getId())
                .map(StoredDecision::decision)
                .map(d -> d.option());
        if (option.isEmpty() || option.get() != DispositionOption.DISPOSE) {
            throw new NotDecidedDispose(unit.getLicencePlate(), option.orElse(null));
        }
        activeBatchOf(unit.getId()).ifPresent(number -> {
            throw new UnitAlreadyBatched(unit.getLicencePlate(), number);
        });
        if (disposed(unit.getId())) {
            throw new AlreadyDisposed(unit.getLicencePlate());
        }
        ProductFacts product = catalog.product(client, unit.getProductId());
        String sanitised = sanitisationCertificate(client, unit).orElse(null);
        if (dataBearing(client, unit, product) && sanitised == null) {
            throw new RecyclingBatch.DataBearingNotSanitised("unit " + unit.getLicencePlate()
                    + " can hold personal data and has no passed sanitisation record: it cannot go to landfill"
                    + " until it is sanitised");
        }
        UnitWeight weight = weights.require(scaleGrams, product, unit.getLicencePlate());
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String text = note == null || note.isBlank() ? null : note.strip();
        jdbc.sql(
                        """
                        insert into disposal (id, client_id, unit_id, weight_grams, weight_source, note, disposed_at,
                                              disposed_by)
                        values (:id, :client, :unit, :grams, :source, :note, :at, :by)
                        """)
                .param("id", id)
                .param("client", client.value())
                .param("unit", unit.getId())
                .param("grams", weight.grams())
                .param("source", weight.source().name())
                .param("note", text)
                .param("at", java.sql.Timestamp.from(now))
                .param("by", actor.name())
                .update();
        custody.record(
                client,
                unit.getId(),
                new CustodyMove(
                        CustodyEventType.RELEASED,
                        "LANDFILL",
                        "waste contractor",
                        now,
                        actor.name(),
                        "disposal:" + id,
                        "disposed of to landfill" + (text == null ? "" : ": " + text)));
        events.publishEvent(new UnitFateReached(
                unit.getId(), client, Fate.LANDFILL, weight.grams(), "disposal", id.toString(), now));
        return new Disposal(id, unit.getId(), unit.getLicencePlate(), weight, text, now, actor.name());
    }

    // ---- reads other parts of the module use

    /** Whether a unit can hold data: its latest inspection says so, or, uninspected, its product does. */
    boolean dataBearing(ClientId client, Unit unit, ProductFacts product) {
        return inspection
                .latest(client, unit.getId())
                .map(Inspection::isDataBearing)
                .orElse(product.dataBearing());
    }

    /**
     * The certificate id of the unit's latest passed sanitisation record; a harvested part also counts its parent's
     * (storage purged or destroyed at teardown).
     */
    Optional<String> sanitisationCertificate(ClientId client, Unit unit) {
        Optional<String> own = passedSanitisation(client, unit.getId());
        if (own.isPresent() || unit.getParentUnitId() == null) {
            return own;
        }
        return passedSanitisation(client, unit.getParentUnitId());
    }

    private Optional<String> passedSanitisation(ClientId client, UUID unitId) {
        return workshop.forUnit(client, unitId).stream()
                .map(WorkOrder::getSanitisation)
                .filter(s -> s != null && s.passed())
                .map(SanitisationRecord::certificateId)
                .reduce((first, second) -> second);
    }

    private Unit findUnit(ClientId client, UUID unitId, String identity) {
        if (unitId != null) {
            return custody.unit(client, unitId);
        }
        if (identity == null || identity.isBlank()) {
            throw new InvalidBatch("name the unit: its id, licence plate or serial");
        }
        List<Unit> found = custody.find(client, identity.strip());
        if (found.isEmpty()) {
            throw new NotFound("unit", identity.strip());
        }
        if (found.size() > 1) {
            throw new InvalidBatch(
                    "serial " + identity.strip() + " names " + found.size() + " units: use the licence plate");
        }
        return found.get(0);
    }

    private Optional<String> activeBatchOf(UUID unitId) {
        return jdbc.sql(
                        """
                        select b.number from recycling_batch_unit u join recycling_batch b on b.id = u.batch_id
                        where u.unit_id = :unit and u.active
                        """)
                .param("unit", unitId)
                .query(String.class)
                .optional();
    }

    private boolean disposed(UUID unitId) {
        return jdbc.sql("select count(*) from disposal where unit_id = :unit")
                        .param("unit", unitId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private RecyclingBatch load(ClientId client, UUID id, Long version) {
        RecyclingBatch batch = batch(client, id);
        if (version != null && !version.equals(batch.getVersion())) {
            throw new StaleBatch(batch, version);
        }
        return batch;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A recycler code the client already uses. */
    public static class DuplicateRecycler extends DomainException {
        DuplicateRecycler(String code) {
            super(Kind.CONFLICT, "duplicate-recycler", "the client already has a recycler with code " + code);
        }
    }

    /** A recycler request missing what it needs. */
    public static class InvalidRecycler extends DomainException {
        InvalidRecycler(String message) {
            super(Kind.INVALID, "invalid-recycler", message);
        }
    }

    /** Batches go only to a site that is a recycler. */
    public static class SiteNotARecycler extends DomainException {
        SiteNotARecycler(Site site) {
            super(
                    Kind.REJECTED,
                    "site-not-a-recycler",
                    "site " + site.getCode() + " is a " + site.getKind() + ", not a RECYCLER");
        }
    }

    /** A batch request missing what it needs. */
    public static class InvalidBatch extends DomainException {
        InvalidBatch(String message) {
            super(Kind.INVALID, "invalid-recycling-batch", message);
        }
    }

    /** Only a unit decided DISPOSE goes to landfill. */
    public static class NotDecidedDispose extends DomainException {
        NotDecidedDispose(String plate, DispositionOption option) {
            super(
                    Kind.REJECTED,
                    "unit-not-decided-dispose",
                    "unit " + plate + " is "
                            + (option == null ? "not decided yet" : "decided " + option)
                            + ": only a unit whose disposition is DISPOSE goes to landfill");
        }
    }

    /** The unit went to landfill already. */
    public static class AlreadyDisposed extends DomainException {
        AlreadyDisposed(String plate) {
            super(Kind.CONFLICT, "unit-already-disposed", "unit " + plate + " was disposed of already");
        }
    }

    /** A step sent with an old version of the batch. */
    public static class StaleBatch extends DomainException {
        StaleBatch(RecyclingBatch batch, long given) {
            super(
                    Kind.CONFLICT,
                    "stale-version",
                    "recycling batch " + batch.getNumber() + " is at version " + batch.getVersion() + ", not " + given
                            + "; reload it and retry");
        }
    }
}
