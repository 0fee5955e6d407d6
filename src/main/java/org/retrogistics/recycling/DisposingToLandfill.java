package org.retrogistics.recycling;

import java.time.Clock;
import java.time.Instant;
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
import org.retrogistics.disposition.StoredDecision;
import org.retrogistics.recycling.RecyclingManagement.NotDecidedDispose;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.UnitFateReached;
import org.retrogistics.shared.UnitFateReached.Fate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disposes of a unit whose disposition is DISPOSE (the last resort): it leaves custody to landfill and its fate is
 * LANDFILL with its weight. A data-bearing unit must be sanitised first: landfill destroys nothing with a certificate.
 */
@Service
@Transactional(readOnly = true)
public class DisposingToLandfill {

    /** A unit disposed of to landfill, with its weight. */
    public record Disposal(
            UUID id, UUID unitId, String licencePlate, UnitWeight weight, String note, Instant at, String by) {}

    private final RecyclingCandidates candidates;
    private final DispositionManagement dispositions;
    private final CustodyLedger custody;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    DisposingToLandfill(
            RecyclingCandidates candidates,
            DispositionManagement dispositions,
            CustodyLedger custody,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Optional<Clock> clock) {
        this.candidates = candidates;
        this.dispositions = dispositions;
        this.custody = custody;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public Disposal dispose(Actor actor, UUID unitId, String identity, Long scaleGrams, String note) {
        ClientId client = actor.clientId();
        UnitSnapshot unit = candidates.find(client, unitId, identity);
        UnitWeight weight = checked(client, unit, scaleGrams);
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
                .param("unit", unit.id())
                .param("grams", weight.grams())
                .param("source", weight.source().name())
                .param("note", text)
                .param("at", java.sql.Timestamp.from(now))
                .param("by", actor.name())
                .update();
        custody.record(
                client,
                unit.id(),
                new CustodyMove(
                        CustodyEventType.RELEASED,
                        "LANDFILL",
                        "waste contractor",
                        now,
                        actor.name(),
                        "disposal:" + id,
                        "disposed of to landfill" + (text == null ? "" : ": " + text)));
        events.publishEvent(
                new UnitFateReached(unit.id(), client, Fate.LANDFILL, weight.grams(), "disposal", id.toString(), now));
        return new Disposal(id, unit.id(), unit.licencePlate(), weight, text, now, actor.name());
    }

    /** Refuses a unit that may not go to landfill; its weight if it may. */
    private UnitWeight checked(ClientId client, UnitSnapshot unit, Long scaleGrams) {
        if (unit.state() != UnitState.IN_CUSTODY) {
            throw new UnitNotInCustody(unit, "disposed of");
        }
        Optional<DispositionOption> option = dispositions
                .current(client, unit.id())
                .map(StoredDecision::decision)
                .map(d -> d.option());
        if (option.isEmpty() || option.get() != DispositionOption.DISPOSE) {
            throw new NotDecidedDispose(unit.licencePlate(), option.orElse(null));
        }
        candidates.refuseTaken(unit, null);
        ProductFacts product = candidates.product(client, unit);
        String sanitised = candidates.sanitisationCertificate(client, unit).orElse(null);
        if (candidates.dataBearing(client, unit, product) && sanitised == null) {
            throw new RecyclingBatch.DataBearingNotSanitised("unit " + unit.licencePlate()
                    + " can hold personal data and has no passed sanitisation record: it cannot go to landfill"
                    + " until it is sanitised");
        }
        return candidates.weight(scaleGrams, product, unit);
    }
}
