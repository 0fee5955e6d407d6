package org.retrogistics.recycling;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.SiteFacts;
import org.retrogistics.disposition.DispositionOption;
import org.retrogistics.recycling.internal.RecyclerRepository;
import org.retrogistics.recycling.internal.RecyclingBatchRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.shared.NotFound;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recyclers and recycling batches as they stand, with the module's refusals. The use cases: {@link
 * RegisteringRecyclers}, {@link BatchingUnits}, {@link ClosingBatches} and {@link DisposingToLandfill}; in each, every
 * refusal is a domain exception thrown before anything is written, inside one transaction.
 */
@Service
@Transactional(readOnly = true)
public class RecyclingManagement {

    private final RecyclerRepository recyclers;
    private final RecyclingBatchRepository batches;
    private final CatalogManagement catalog;
    private final JdbcClient jdbc;

    RecyclingManagement(
            RecyclerRepository recyclers,
            RecyclingBatchRepository batches,
            CatalogManagement catalog,
            JdbcClient jdbc) {
        this.recyclers = recyclers;
        this.batches = batches;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    public Recycler recycler(ClientId client, UUID id) {
        return recyclers.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("recycler", id));
    }

    public List<Recycler> recyclers(ClientId client) {
        return recyclers.findByClientIdOrderByCode(client.value());
    }

    /** The recycler, as a value. */
    public RecyclerSnapshot recyclerSnapshot(ClientId client, UUID id) {
        return RecyclerSnapshot.of(recycler(client, id));
    }

    /** The client's recyclers by code, as values. */
    public List<RecyclerSnapshot> recyclerSnapshots(ClientId client) {
        return recyclers(client).stream().map(RecyclerSnapshot::of).toList();
    }

    /** The recycler's site address, for the certificate and the pages. */
    public String address(ClientId client, Recycler recycler) {
        return catalog.sites(client).stream()
                .filter(s -> s.id().equals(recycler.getSiteId()))
                .map(SiteFacts::address)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    // ---- batches

    public RecyclingBatch batch(ClientId client, UUID id) {
        return batches.findByIdAndClientId(id, client.value()).orElseThrow(() -> new NotFound("recycling batch", id));
    }

    public Page<RecyclingBatch> batches(ClientId client, BatchStatus status, Pageable page) {
        return batches.search(client.value(), status, page);
    }

    /** The batch, as a value. */
    public RecyclingBatchSnapshot batchSnapshot(ClientId client, UUID id) {
        return RecyclingBatchSnapshot.of(batch(client, id));
    }

    /** A page of batches, as values. */
    public Page<RecyclingBatchSnapshot> batchSnapshots(ClientId client, BatchStatus status, Pageable page) {
        return batches(client, status, page).map(RecyclingBatchSnapshot::of);
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

    /** The batch at the version the caller saw (none given: as it is). */
    RecyclingBatch load(ClientId client, UUID id, Long version) {
        RecyclingBatch batch = batch(client, id);
        IfMatch.requireCurrent(version, batch.getVersion(), () -> new StaleBatch(batch, version));
        return batch;
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
        SiteNotARecycler(SiteFacts site) {
            super(
                    Kind.REJECTED,
                    "site-not-a-recycler",
                    "site " + site.code() + " is a " + site.kind() + ", not a RECYCLER");
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
