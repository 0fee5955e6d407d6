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

    private final RecyclingBatchRepository batches;
    private final RecyclingManagement management;
    private final RecyclingCandidates candidates;
    private final CustodyLedger custody;
    private final Clock clock;

    BatchingUnits(
            RecyclingBatchRepository batches,
            RecyclingManagement management,
            RecyclingCandidates candidates,
            CustodyLedger custody,
            Optional<Clock> clock) {
        this.batches = batches;
        this.management = management;
        this.candidates = candidates;
        this.custody = custody;
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

    /**
     * Adds a unit or harvested part, found by id or by licence plate or serial, weighed on the scale ({@code
     * scaleGrams}) or estimated.
     */
    @Transactional
    public RecyclingBatch addUnit(
            Actor actor, UUID batchId, Long version, UUID unitId, String identity, Long scaleGrams) {
        ClientId client = actor.clientId();
        RecyclingBatch batch = management.load(client, batchId, version);
        Recycler recycler = management.recycler(client, batch.getRecyclerId());
        UnitSnapshot unit = candidates.find(client, unitId, identity);
        if (unit.state() != UnitState.IN_CUSTODY) {
            throw new UnitNotInCustody(unit, "sent to a recycler");
        }
        candidates.refuseTaken(unit, batch.getNumber());
        ProductFacts product = candidates.product(client, unit);
        UnitWeight weight = candidates.weight(scaleGrams, product, unit);
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
