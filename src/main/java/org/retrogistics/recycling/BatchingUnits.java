package org.retrogistics.recycling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyEventType;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.CustodyMove;
import org.retrogistics.custody.UnitNotInCustody;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.custody.UnitState;
import org.retrogistics.disposition.DispositionManagement;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.disposition.OverridingDispositions;
import org.retrogistics.disposition.StoredDecision;
import org.retrogistics.recycling.RecyclingManagement.InvalidBatch;
import org.retrogistics.recycling.internal.RecyclingBatchRepository;
import org.retrogistics.shared.ClientId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recycling or destruction batch from open to shipped: opened to a certified recycler, filled with units and
 * harvested parts, shipped, or called off.
 */
@Service
@Transactional(readOnly = true)
public class BatchingUnits {

    /** The module name disposition options carried out here declare ({@link DispositionOption#carriedOutBy()}). */
    private static final String RECYCLING = "recycling";

    /** Disposition's services this use case reads and, on an override, writes through. */
    @org.springframework.stereotype.Component
    record Decisions(DispositionManagement queries, OverridingDispositions overriding) {}

    private final RecyclingBatchRepository batches;
    private final RecyclingManagement management;
    private final RecyclingCandidates candidates;
    private final CustodyLedger custody;
    private final DispositionManagement dispositions;
    private final OverridingDispositions overriding;
    private final Clock clock;

    BatchingUnits(
            RecyclingBatchRepository batches,
            RecyclingManagement management,
            RecyclingCandidates candidates,
            CustodyLedger custody,
            Decisions decisions,
            Optional<Clock> clock) {
        this.batches = batches;
        this.management = management;
        this.candidates = candidates;
        this.custody = custody;
        this.dispositions = decisions.queries();
        this.overriding = decisions.overriding();
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Opens a batch to a recycler certified on the batch date (today when none is given). */
    @Transactional
    public RecyclingBatch open(Actor actor, UUID recyclerId, BatchPurpose purpose, LocalDate batchDate, String note) {
        Recycler recycler = management.recycler(actor.clientId(), recyclerId);
        if (purpose == null) {
            throw new InvalidBatch("a batch needs a purpose: RECYCLE or DESTROY");
        }
        LocalDate day = batchDate == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : batchDate;
        RecyclingBatch batch = new RecyclingBatch(
                new RecyclingBatch.Draft(
                        actor.clientId().value(),
                        "RB-%06d".formatted(batches.nextNumber()),
                        purpose,
                        day,
                        note == null || note.isBlank() ? null : note.strip(),
                        actor.name()),
                recycler,
                clock.instant());
        return batches.saveAndFlush(batch);
    }

    /** Opens a batch as {@link #open} does and answers it as a value. */
    @Transactional
    public RecyclingBatchSnapshot opened(
            Actor actor, UUID recyclerId, BatchPurpose purpose, LocalDate batchDate, String note) {
        return RecyclingBatchSnapshot.of(open(actor, recyclerId, purpose, batchDate, note));
    }

    /**
     * A unit or harvested part to add, found by id or by licence plate or serial, weighed on the scale ({@code
     * scaleGrams}) or estimated; the override reason is needed when its disposition sends it elsewhere.
     */
    public record Addition(UUID unitId, String identity, Long scaleGrams, String overrideReason) {}

    /** Adds a unit or harvested part (see {@link Addition}). */
    @Transactional
    public RecyclingBatch addUnit(Actor actor, UUID batchId, Long version, Addition addition) {
        ClientId client = actor.clientId();
        RecyclingBatch batch = management.load(client, batchId, version);
        Recycler recycler = management.recycler(client, batch.getRecyclerId());
        UnitSnapshot unit = candidates.find(client, addition.unitId(), addition.identity());
        if (unit.state() != UnitState.IN_CUSTODY) {
            throw new UnitNotInCustody(unit, "sent to a recycler");
        }
        candidates.refuseTaken(unit, batch.getNumber());
        guardDecision(actor, unit, batch, addition.overrideReason());
        ProductFacts product = candidates.product(client, unit);
        UnitWeight weight = candidates.weight(addition.scaleGrams(), product, unit);
        batch.add(
                recycler,
                new BatchUnit(
                        new BatchUnit.Draft(
                                unit.id(),
                                unit.licencePlate(),
                                unit.serial(),
                                unit.sku(),
                                product.category(),
                                weight,
                                candidates.dataBearing(client, unit, product),
                                candidates.sanitisationCertificate(client, unit).orElse(null)),
                        clock.instant(),
                        actor.name()));
        return batches.saveAndFlush(batch);
    }

    /**
     * A unit decided for an option another module carries out (restock, resale, repair...) goes to a recycler only on
     * a person's say-so: with a reason, the decision is overridden to this batch's purpose and the reason is kept on
     * its trail; without one, it is refused. Units without a decision (harvested parts) and units decided for
     * recycling, destruction or disposal pass.
     */
    private void guardDecision(Actor actor, UnitSnapshot unit, RecyclingBatch batch, String overrideReason) {
        Optional<DispositionOption> decided = dispositions
                .current(actor.clientId(), unit.id())
                .map(StoredDecision::decision)
                .map(d -> d.option());
        if (decided.isEmpty() || RECYCLING.equals(decided.get().carriedOutBy())) {
            return;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw new DecidedOtherwise(unit.licencePlate(), decided.get());
        }
        DispositionOption instead =
                batch.getPurpose() == BatchPurpose.DESTROY ? DispositionOption.DESTROY : DispositionOption.RECYCLE;
        overriding.override(
                actor,
                unit.id(),
                instead,
                "added to recycling batch " + batch.getNumber() + ": " + overrideReason.strip(),
                null);
    }

    /** The batch leaves for the recycler: every unit is in transit to it, and leaves custody when the batch closes. */
    @Transactional
    public RecyclingBatch ship(Actor actor, UUID batchId, Long version) {
        ClientId client = actor.clientId();
        RecyclingBatch batch = management.load(client, batchId, version);
        Recycler recycler = management.recycler(client, batch.getRecyclerId());
        Instant now = clock.instant();
        batch.ship(recycler, now);
        for (BatchUnit u : batch.getUnits()) {
            UnitSnapshot unit = custody.unit(client, u.getUnitId());
            if (unit.state() != UnitState.IN_CUSTODY) {
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
                                    + batch.getPurpose().name().toLowerCase(Locale.ROOT)));
        }
        return batches.saveAndFlush(batch);
    }

    /** Calls off an open batch; its units stay where they are and may join another batch. */
    @Transactional
    public RecyclingBatch cancel(Actor actor, UUID batchId, Long version) {
        RecyclingBatch batch = management.load(actor.clientId(), batchId, version);
        batch.cancel();
        return batches.saveAndFlush(batch);
    }
}
