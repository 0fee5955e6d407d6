package org.retrogistics.recycling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.recycling.internal.CertificateDocument;
import org.retrogistics.recycling.internal.RecyclingBatchRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a shipped batch on the recycler's report: records the method and day, issues the certificate (PDF), and
 * publishes each unit's fate and, where the batch has them, its share of the recycling cost and rebate.
 */
@Service
@Transactional(readOnly = true)
public class ClosingBatches {

    private final RecyclingBatchRepository batches;
    private final RecyclingManagement management;
    private final CatalogManagement catalog;
    private final BatchFates fates;
    private final JdbcClient jdbc;
    private final Clock clock;

    ClosingBatches(
            RecyclingBatchRepository batches,
            RecyclingManagement management,
            CatalogManagement catalog,
            BatchFates fates,
            JdbcClient jdbc,
            Optional<Clock> clock) {
        this.batches = batches;
        this.management = management;
        this.catalog = catalog;
        this.fates = fates;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public RecyclingBatch close(Actor actor, UUID batchId, Long version, RecyclingBatch.Closing closing) {
        ClientId client = actor.clientId();
        RecyclingBatch batch = management.load(client, batchId, version);
        Recycler recycler = management.recycler(client, batch.getRecyclerId());
        ClientFacts owner = catalog.findClient(client).orElseThrow(() -> new NotFound("client", client.value()));
        Instant now = clock.instant();
        String certificate = closing.certificateNumber() == null
                        || closing.certificateNumber().isBlank()
                ? (batch.getPurpose() == BatchPurpose.DESTROY ? "COD-" : "COR-")
                        + batch.getNumber().substring(3)
                : closing.certificateNumber().strip();
        batch.close(
                new RecyclingBatch.Closing(
                        closing.method(),
                        closing.processedOn() == null
                                ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                                : closing.processedOn(),
                        certificate,
                        closing.cost(),
                        closing.rebate()),
                owner.currency(),
                now);
        RecyclingBatch saved = batches.saveAndFlush(batch);
        byte[] pdf = CertificateDocument.render(saved, recycler, management.address(client, recycler), owner.name());
        jdbc.sql("update recycling_batch set certificate_pdf = :pdf where id = :id")
                .param("pdf", pdf)
                .param("id", saved.getId())
                .update();
        fates.publish(client, saved, recycler, actor.name(), now);
        return saved;
    }
}
